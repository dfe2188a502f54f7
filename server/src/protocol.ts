/**
 * Messages between the client and the server beyond LSP, declared once and
 * imported by both.
 */

/** Sent by the server once it has judged an opened document. */
export const BULLETIN_STATUS = 'bulletin/status';

export interface BulletinStatusParams {
  uri: string;
  isBulletin: boolean;
  /** Why not: empty, binary, mojibake, not-chinese. */
  reason?: string;
}

/** The language id the extension contributes. */
export const LANGUAGE_ID = 'bulletin';

/** Sent by the client when the user trusts the workspace (it starts untrusted or trusted per initializationOptions). */
export const WORKSPACE_TRUSTED = 'bulletin/workspaceTrusted';

/** What the client tells the server at start. */
export interface BulletinInitializationOptions {
  /** VS Code's workspace trust; absent means trusted (a client without the notion). */
  workspaceTrusted?: boolean;
}

/** A request (no params) for the server's memory and what it holds. */
export const BULLETIN_STATS = 'bulletin/stats';

export interface BulletinStats {
  /** process.memoryUsage(), in bytes, after a garbage collection when `collected`. */
  heapUsed: number;
  rss: number;
  collected: boolean;
  openDocuments: number;
  /** Documents the repeat search holds: open ones and workspace files. */
  corpusDocuments: number;
}
