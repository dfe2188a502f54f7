/**
 * Runs the extension-host mocha suite (test/editor/suite) inside
 * code-server: the packaged .vsix is installed, and the browser opens a
 * window whose workbench arguments name it as the extension under
 * development and the bundled suite as its tests — what VS Code's own web
 * test runner does. The workbench reports the suite's exit code through
 * window.codeAutomationExit, which the page exposes here.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { TestBrowser } from './support/browser';
import { CodeServer } from './support/codeServer';
import { OUTPUT, VSIX } from './support/paths';
import { bundleSuite } from './support/suiteBundle';
import { makeWorkspace } from './support/workspace';

const SUITE_TIMEOUT_MS = 5 * 60_000;

async function main(): Promise<number> {
  const started = Date.now();
  const suite = await bundleSuite();
  const out = path.join(OUTPUT, 'suite');
  mkdirSync(out, { recursive: true });
  const report = path.join(out, 'code-server-report.txt');
  const windowLog = path.join(out, 'code-server-window.log');
  writeFileSync(windowLog, '');
  const workspace = makeWorkspace('suite');
  const server = await CodeServer.start({ name: 'suite', vsix: [VSIX], locale: 'en', extensionTests: true, env: { BULLETIN_SUITE_REPORT: report } });
  const browser = await TestBrowser.launch('en-US');
  try {
    const page = browser.page;
    let finish: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationExit', ((code: number) => finish(code)) as (...args: never[]) => unknown);
    await page.exposeFunction('codeAutomationLog', ((type: string, args: unknown[]) =>
      appendFileSync(windowLog, `[${type}] ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}\n`)) as (...args: never[]) => unknown);
    const extension = server.installedExtension();
    await page.goto(
      server.folderUrl(workspace.dir, [
        ['extensionDevelopmentPath', server.remoteUri(extension)],
        ['extensionTestsPath', server.remoteUri(suite)],
      ]),
    );
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS).unref());
    const code = await Promise.race([exited, timeout]);
    if (code === 'timeout') {
      await page.screenshot({ path: path.join(out, 'FAILED-code-server-suite.png') });
      console.error(`the suite did not finish in ${SUITE_TIMEOUT_MS / 1000} s`);
    }
    console.log(existsSync(report) ? readFileSync(report, 'utf8') : '(the suite wrote no report)');
    console.log(`editor suite in code-server's extension host (the installed .vsix): exit ${code}, ${Math.round((Date.now() - started) / 1000)} s`);
    if (code !== 0) console.error(`logs: ${server.logFile}, ${windowLog}, ${server.keepLogs('suite')}`);
    return code === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.stop();
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
