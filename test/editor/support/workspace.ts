/** A temp copy of seeds/ with an English README.txt beside the bulletins: tests edit the copy, never the repository. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SEEDS } from './paths';

export const README_TEXT = [
  'Scanned issues of the district bulletin live in this folder.',
  'Run the importer first, then open a file to review it.',
  '',
].join('\n');

export interface TestWorkspace {
  dir: string;
  file(name: string): string;
  remove(): void;
}

export function makeWorkspace(name: string): TestWorkspace {
  const root = mkdtempSync(path.join(os.tmpdir(), `bulletin-ws-${name}-`));
  const dir = path.join(root, 'seeds');
  cpSync(SEEDS, dir, { recursive: true });
  writeFileSync(path.join(dir, 'README.txt'), README_TEXT);
  return { dir, file: (n) => path.join(dir, n), remove: () => rmSync(root, { recursive: true, force: true }) };
}
