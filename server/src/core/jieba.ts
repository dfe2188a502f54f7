/**
 * Loads nodejieba's native binding and dictionaries. In the packaged
 * extension they sit next to the bundle (dist/jieba/); from source they come
 * from node_modules. The keyword-extraction dictionaries are not used, so a
 * one-line stand-in is loaded for them (the IDF file alone is ~6 MB).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RawTagger } from './segmenter';

interface NativeJieba extends RawTagger {
  load(dict: string, hmm: string, user: string, idf: string, stopWords: string): boolean;
  insertWord(word: string, tag?: string): boolean;
}

export interface JiebaFiles {
  binding: string;
  dict: string;
  hmm: string;
  user: string;
  idf: string;
  stopWords: string;
}

let loaded: NativeJieba | undefined;

/**
 * An environment variable naming another folder for the dictionaries
 * (jieba.dict.utf8, hmm_model.utf8, user.dict.utf8); tests point it at a
 * broken one to check that the server runs on without tagging.
 */
export const JIEBA_DIR_VARIABLE = 'BULLETIN_JIEBA_DIR';

/** A file nodejieba needs that is missing or could not be loaded. */
export class JiebaLoadError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`nodejieba: ${reason}: ${file}`);
  }
}

/** Where the binding and dictionaries are, packaged layout first; `dictDir`, when given, holds the dictionaries instead. */
export function locateJieba(baseDir: string = __dirname, dictDir?: string): JiebaFiles {
  const found = locateDefault(baseDir);
  if (!dictDir) return found;
  return { ...found, dict: path.join(dictDir, 'jieba.dict.utf8'), hmm: path.join(dictDir, 'hmm_model.utf8'), user: path.join(dictDir, 'user.dict.utf8') };
}

function locateDefault(baseDir: string): JiebaFiles {
  const packaged = path.join(baseDir, 'jieba');
  if (fs.existsSync(path.join(packaged, 'nodejieba.node'))) {
    const dict = path.join(packaged, 'dict');
    return files(path.join(packaged, 'nodejieba.node'), dict, dict);
  }
  const root = path.dirname(require.resolve('nodejieba/package.json'));
  return files(
    path.join(root, 'build', 'Release', 'nodejieba.node'),
    path.join(root, 'submodules', 'cppjieba', 'dict'),
    path.join(findProjectRoot(baseDir), 'server', 'resources', 'jieba'),
  );
}

function files(binding: string, dictDir: string, stubDir: string): JiebaFiles {
  return {
    binding,
    dict: path.join(dictDir, 'jieba.dict.utf8'),
    hmm: path.join(dictDir, 'hmm_model.utf8'),
    user: path.join(dictDir, 'user.dict.utf8'),
    idf: path.join(stubDir, 'idf.stub.utf8'),
    stopWords: path.join(stubDir, 'stop_words.stub.utf8'),
  };
}

function findProjectRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/**
 * The loaded tagger, loading it on first use. Every file is checked first:
 * cppjieba aborts the whole process on a missing dictionary.
 */
export function getJieba(found: JiebaFiles = locateJieba()): NativeJieba {
  if (loaded) return loaded;
  for (const file of Object.values(found)) {
    if (!fs.existsSync(file)) throw new JiebaLoadError(file, 'file missing');
  }
  checkDictionaryStart(found.dict);
  let native: NativeJieba;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    native = require(found.binding) as NativeJieba;
  } catch (e) {
    throw new JiebaLoadError(found.binding, `cannot load the binding (${(e as Error).message.split('\n')[0]})`);
  }
  if (native.load(found.dict, found.hmm, found.user, found.idf, found.stopWords) === false) throw new JiebaLoadError(found.dict, 'cannot load the dictionary');
  loaded = native;
  return native;
}

/** Lines of the main dictionary checked before loading it. */
const CHECKED_LINES = 1000;

/**
 * cppjieba also aborts on a dictionary line that is not `word freq tag`;
 * the start of the file is checked (a wrong or garbled file fails there;
 * checking all 350 000 lines would cost a third of a second).
 */
function checkDictionaryStart(file: string): void {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(64 * 1024);
  const read = fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const lines = head.subarray(0, read).toString('utf8').split('\n');
  const complete = read < head.length ? lines : lines.slice(0, -1);
  const bad = complete.slice(0, CHECKED_LINES).find((line, i) => (line !== '' || i < complete.length - 1) && line.split(' ').length !== 3);
  if (bad !== undefined || read === 0) throw new JiebaLoadError(file, 'not a jieba dictionary (lines of "word freq tag")');
}

/**
 * A tagger that loads nodejieba on first use. If that fails it calls
 * `failed` once and stays unavailable: `tag` gives no words and the corpus
 * finds no entities, while layout and repeats work as before.
 */
export function lazyJieba(failed: (error: Error) => void, find: () => JiebaFiles = () => locateJieba(undefined, process.env[JIEBA_DIR_VARIABLE])): RawTagger {
  let native: NativeJieba | undefined;
  let broken = false;
  const load = (): NativeJieba | undefined => {
    if (native || broken) return native;
    try {
      native = getJieba(find());
    } catch (e) {
      broken = true;
      failed(e as Error);
    }
    return native;
  };
  return { tag: (text) => load()?.tag(text) ?? [], available: () => !!load() };
}
