/**
 * The analysis without an editor:
 *   annotate [--json] [--lang zh|en] PATH...
 * prints the export of ../shared/spec/annotations.md (with --json) or a
 * readable report. Only the result goes to stdout; progress to stderr.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from './core/corpus';
import { decodeBulletin } from './core/decode';
import { parseDictionary, type UserDictionary } from './core/dictionary';
import { dictionaryProblemMessage } from './core/dictionaryMessages';
import { DEFAULT_DUPLICATE_OPTIONS } from './core/duplicates';
import { DEFAULT_MAX_FILE_SIZE_MB, FILE_TOO_LARGE_CODE, fileTooLargeMessage, maxFileBytes } from './core/fileSize';
import { getJieba, JIEBA_DIR_VARIABLE, locateJieba } from './core/jieba';
import type { RawTagger } from './core/segmenter';
import { type Lang } from './core/messages';
import { exportFile, type ExportedFile } from './export/annotations';
import { renderReport } from './export/report';

const USAGE = `用法 usage: cli annotate [--json] [--lang zh|en] [--dictionary FILE] [--max-file-size MB] PATH...
  PATH            a .txt file or a folder (every *.txt below it, in sorted path order)
  --json          print the annotation export (JSON) instead of the readable report
  --dictionary    a user dictionary (lines like "person 张三", "not 智慧") applied to the entities
  --max-file-size a larger file is skipped, not read (default ${DEFAULT_MAX_FILE_SIZE_MB} MB, as bulletin.maxFileSize)`;

interface Args {
  json: boolean;
  lang: Lang;
  paths: string[];
  dictionary?: string;
  /** In bytes. */
  maxFileBytes: number;
}

export function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== 'annotate') return `unknown command: ${command ?? '(none)'}`;
  const args: Args = { json: false, lang: 'zh', paths: [], maxFileBytes: maxFileBytes(DEFAULT_MAX_FILE_SIZE_MB) };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') args.json = true;
    else if (a === '--lang') {
      const v = rest[++i];
      if (v !== 'zh' && v !== 'en') return `--lang takes zh or en, not ${v ?? '(nothing)'}`;
      args.lang = v;
    } else if (a === '--dictionary') {
      const v = rest[++i];
      if (!v) return '--dictionary takes a file';
      args.dictionary = v;
    } else if (a === '--max-file-size') {
      const v = Number(rest[++i]);
      if (!(v > 0) || !Number.isFinite(v)) return `--max-file-size takes a size in MB, not ${rest[i] ?? '(nothing)'}`;
      args.maxFileBytes = maxFileBytes(v);
    } else if (a.startsWith('--')) return `unknown option: ${a}`;
    else args.paths.push(a);
  }
  return args.paths.length ? args : 'no PATH given';
}

/** Files named by the arguments: a folder expands to its *.txt files, sorted. */
export function expandPaths(paths: string[]): string[] {
  return paths.flatMap((p) => {
    try {
      if (!fs.statSync(p).isDirectory()) return [p];
    } catch {
      return [p];
    }
    return listTxt(p).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  });
}

function listTxt(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listTxt(full);
    return e.isFile() && e.name.toLowerCase().endsWith('.txt') ? [full] : [];
  });
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${USAGE}\n`);
    return 2;
  }
  const tagger = loadTagger();
  if (!tagger) return 2;
  const files = expandPaths(args.paths);
  const rank = new Map(files.map((f, i) => [f, i]));
  const corpus = new Corpus(tagger, {
    duplicates: { ...DEFAULT_DUPLICATE_OPTIONS, compareDocs: (a, b) => rank.get(a)! - rank.get(b)! },
    displayName: (doc) => path.basename(doc),
  });
  if (args.dictionary) {
    const dictionary = readDictionary(args.dictionary, args.lang);
    if (!dictionary) return 2;
    corpus.setDictionary(dictionary);
  }
  const errors = new Map<string, string>();
  const skipped = new Map<string, ExportedFile>();
  files.forEach((file, i) => {
    if (files.length > 20 && i % 20 === 0) process.stderr.write(`[${i}/${files.length}] ${file}\n`);
    try {
      const size = fs.statSync(file).size;
      if (size > args.maxFileBytes) return void skipped.set(file, skippedFile(file, size, args));
      corpus.set(file, decodeBulletin(fs.readFileSync(file)));
    } catch (e) {
      errors.set(file, (e as Error).message);
    }
  });
  const exported: ExportedFile[] = files.map((file) =>
    errors.has(file)
      ? { path: file, isBulletin: false, articles: [], entities: [], diagnostics: [], error: errors.get(file) }
      : (skipped.get(file) ?? exportFile(corpus, file, args.lang)),
  );
  for (const [file, message] of errors) process.stderr.write(`cannot read ${file}: ${message}\n`);
  if (args.json) process.stdout.write(JSON.stringify({ tool: TOOL, files: exported }, null, 1) + '\n');
  else process.stdout.write(renderReport(exported, corpus, args.lang));
  return errors.size ? 1 : 0;
}

/** nodejieba with its dictionaries, or undefined (said on stderr) when they cannot be loaded. */
function loadTagger(): RawTagger | undefined {
  try {
    return getJieba(locateJieba(undefined, process.env[JIEBA_DIR_VARIABLE]));
  } catch (e) {
    process.stderr.write(`cannot load the word segmenter (nodejieba): ${(e as Error).message}\nno file was analysed\n`);
    return undefined;
  }
}

/**
 * A file over the size limit, not read: in the export as a file that is not
 * a bulletin, with the notice as its one diagnostic; the reason on stderr.
 */
function skippedFile(file: string, size: number, args: Args): ExportedFile {
  const message = fileTooLargeMessage(args.lang, size, args.maxFileBytes, '--max-file-size');
  process.stderr.write(`skipped ${file}: ${message}\n`);
  const notice = { code: FILE_TOO_LARGE_CODE, severity: 'information' as const, start: 0, end: 0, message, related: [] };
  return { path: file, isBulletin: false, articles: [], entities: [], diagnostics: [notice] };
}

/** Reads and parses the user dictionary; its problems go to stderr as file:line: message. */
function readDictionary(file: string, lang: Lang): UserDictionary | undefined {
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read dictionary ${file}: ${(e as Error).message}\n`);
    return undefined;
  }
  const dictionary = parseDictionary(source);
  for (const p of dictionary.problems) process.stderr.write(`${file}:${p.line + 1}: ${dictionaryProblemMessage(lang, p)}\n`);
  return dictionary;
}

declare const __VERSION__: string;
const TOOL = { name: 'bulletin-lens', version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev' };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
