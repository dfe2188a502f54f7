/**
 * The extension's settings (package.json `bulletin.*`), typed and defaulted,
 * pulled per document and cached by URI until the configuration changes.
 */
import type { Connection } from 'vscode-languageserver';

export interface BulletinSettings {
  duplicates: {
    enabled: boolean;
    nearThreshold: number;
    minLength: number;
    scanWorkspace: boolean;
  };
  /** The user dictionary's path, relative to the (first) workspace folder unless absolute. */
  userDictionary: string;
}

export const DEFAULT_DICTIONARY_PATH = '.vscode/bulletin-dictionary.txt';

export const DEFAULT_SETTINGS: BulletinSettings = {
  duplicates: { enabled: true, nearThreshold: 0.75, minLength: 16, scanWorkspace: true },
  userDictionary: DEFAULT_DICTIONARY_PATH,
};

export class SettingsCache {
  private readonly cache = new Map<string, Promise<BulletinSettings>>();

  constructor(private readonly connection: Connection, private readonly supported: () => boolean) {}

  get(uri: string): Promise<BulletinSettings> {
    if (!this.supported()) return Promise.resolve(DEFAULT_SETTINGS);
    let found = this.cache.get(uri);
    if (!found) {
      found = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'bulletin' })
        .then((raw) => withDefaults(raw), () => DEFAULT_SETTINGS);
      this.cache.set(uri, found);
    }
    return found;
  }

  clear(): void {
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

/** Merges what the client sent over the defaults, ignoring values of the wrong type. */
export function withDefaults(raw: unknown): BulletinSettings {
  const d: Partial<BulletinSettings["duplicates"]> = (raw as Partial<BulletinSettings> | null)?.duplicates ?? {};
  const pick = <T>(v: unknown, fallback: T): T => (typeof v === typeof fallback ? (v as T) : fallback);
  const base = DEFAULT_SETTINGS.duplicates;
  const dictionary = (raw as Partial<BulletinSettings> | null)?.userDictionary;
  return {
    duplicates: {
      enabled: pick(d.enabled, base.enabled),
      nearThreshold: Math.min(1, Math.max(0.5, pick(d.nearThreshold, base.nearThreshold))),
      minLength: Math.max(1, pick(d.minLength, base.minLength)),
      scanWorkspace: pick(d.scanWorkspace, base.scanWorkspace),
    },
    userDictionary: typeof dictionary === 'string' && dictionary.trim() ? dictionary.trim() : DEFAULT_DICTIONARY_PATH,
  };
}
