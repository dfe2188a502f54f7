/**
 * Runs the extension-host mocha suite (test/editor/suite) in desktop VS Code
 * through @vscode/test-electron, when a desktop VS Code can be had: the one
 * named by $VSCODE_EXECUTABLE, or one test-electron downloads (or has cached
 * in .vscode-test/). It also needs a display. Where either is missing it
 * prints "SKIPPED: <reason>" and exits 0; the same suite runs in
 * code-server's extension host either way (runCodeServer.ts).
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { OUTPUT, ROOT } from './support/paths';
import { bundleSuite } from './support/suiteBundle';
import { makeWorkspace } from './support/workspace';

const DOWNLOAD_IDLE_TIMEOUT_MS = 15_000;

async function desktopVSCode(): Promise<{ executable: string } | { skip: string }> {
  let executable = process.env.VSCODE_EXECUTABLE;
  if (!executable) {
    try {
      executable = await downloadAndUnzipVSCode({ cachePath: path.join(ROOT, '.vscode-test'), timeout: DOWNLOAD_IDLE_TIMEOUT_MS });
    } catch (error) {
      return { skip: `no desktop VS Code here: it could not be downloaded (${firstLine(error)}) and VSCODE_EXECUTABLE is not set` };
    }
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { skip: `found ${executable} but no display to run it on (DISPLAY is unset: run under xvfb-run)` };
  }
  return { executable };
}

/** The error's first line, without the host it tried (the name resolution failure is the point). */
function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0].replace(/(ENOTFOUND|EAI_AGAIN|ECONNREFUSED)\s+\S+/, '$1').slice(0, 200);
}

async function main(): Promise<number> {
  const found = await desktopVSCode();
  if ('skip' in found) {
    console.log(`SKIPPED: editor suite in desktop VS Code (@vscode/test-electron): ${found.skip}.`);
    console.log('         The same suite runs in code-server\'s extension host: npm run test:editor:code-server.');
    return 0;
  }
  const suite = await bundleSuite();
  const workspace = makeWorkspace('electron');
  mkdirSync(path.join(OUTPUT, 'suite'), { recursive: true });
  try {
    return await runTests({
      vscodeExecutablePath: found.executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suite,
      extensionTestsEnv: { BULLETIN_SUITE_REPORT: path.join(OUTPUT, 'suite', 'electron-report.txt') },
      launchArgs: [workspace.dir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    workspace.remove();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
