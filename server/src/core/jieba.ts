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

/** Where the binding and dictionaries are, packaged layout first. */
export function locateJieba(baseDir: string = __dirname): JiebaFiles {
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
    if (!fs.existsSync(file)) throw new Error(`nodejieba file missing: ${file}`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const native = require(found.binding) as NativeJieba;
  native.load(found.dict, found.hmm, found.user, found.idf, found.stopWords);
  loaded = native;
  return native;
}
