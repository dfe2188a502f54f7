/**
 * The extension's settings (package.json `bulletin.*`), typed and defaulted,
 * pulled per document and cached by URI until the configuration changes.
 */
import type { Connection } from 'vscode-languageserver';
import type { Checks } from './core/checks';
import { DEFAULT_MAX_FILE_SIZE_MB } from './core/fileSize';

export interface BulletinSettings {
  duplicates: {
    enabled: boolean;
    nearThreshold: number;
    minLength: number;
    scanWorkspace: boolean;
  };
  /** The user dictionary's path, relative to the (first) workspace folder unless absolute. */
  userDictionary: string;
  lint: {
    brokenParagraph: { enabled: boolean };
    doubledPhrase: { enabled: boolean };
  };
  /** In MB: a larger document or workspace file is not analysed (core/fileSize.ts). */
  maxFileSize: number;
}

export const DEFAULT_DICTIONARY_PATH = '.vscode/bulletin-dictionary.txt';

export const DEFAULT_SETTINGS: BulletinSettings = {
  duplicates: { enabled: true, nearThreshold: 0.75, minLength: 16, scanWorkspace: true },
  userDictionary: DEFAULT_DICTIONARY_PATH,
  lint: { brokenParagraph: { enabled: true }, doubledPhrase: { enabled: true } },
  maxFileSize: DEFAULT_MAX_FILE_SIZE_MB,
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

/** The checks a document's settings turn on. */
export function checksOf(settings: BulletinSettings): Checks {
  return {
    duplicates: settings.duplicates.enabled,
    brokenParagraph: settings.lint.brokenParagraph.enabled,
    doubledPhrase: settings.lint.doubledPhrase.enabled,
  };
}

/** Merges what the client sent over the defaults, ignoring values of the wrong type. */
export function withDefaults(raw: unknown): BulletinSettings {
  const given = (raw ?? {}) as { duplicates?: Partial<BulletinSettings['duplicates']>; lint?: { brokenParagraph?: { enabled?: unknown }; doubledPhrase?: { enabled?: unknown } } };
  const d = given.duplicates ?? {};
  const pick = <T>(v: unknown, fallback: T): T => (typeof v === typeof fallback ? (v as T) : fallback);
  const base = DEFAULT_SETTINGS.duplicates;
  const dictionary = (raw as Partial<BulletinSettings> | null)?.userDictionary;
  const lint = DEFAULT_SETTINGS.lint;
  const maxFileSize = (raw as Partial<BulletinSettings> | null)?.maxFileSize;
  return {
    duplicates: {
      enabled: pick(d.enabled, base.enabled),
      nearThreshold: Math.min(1, Math.max(0.5, pick(d.nearThreshold, base.nearThreshold))),
      minLength: Math.max(1, pick(d.minLength, base.minLength)),
      scanWorkspace: pick(d.scanWorkspace, base.scanWorkspace),
    },
    userDictionary: typeof dictionary === 'string' && dictionary.trim() ? dictionary.trim() : DEFAULT_DICTIONARY_PATH,
    lint: {
      brokenParagraph: { enabled: pick(given.lint?.brokenParagraph?.enabled, lint.brokenParagraph.enabled) },
      doubledPhrase: { enabled: pick(given.lint?.doubledPhrase?.enabled, lint.doubledPhrase.enabled) },
    },
    maxFileSize: typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) && maxFileSize > 0 ? maxFileSize : DEFAULT_MAX_FILE_SIZE_MB,
  };
}
