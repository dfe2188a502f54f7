/**
 * Bundles the extension-host mocha suite (with mocha inside, `vscode`
 * left to the host) into one file that either runner hands to VS Code as
 * its extensionTestsPath.
 */
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { OUTPUT, ROOT } from './paths';

export async function bundleSuite(): Promise<string> {
  const outfile = path.join(OUTPUT, 'suite', 'index.js');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test/editor/suite/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    // mocha's parallel mode resolves worker files at run time; the suite runs serially and never loads them.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return outfile;
}
