/**
 * The mocha suite's entry inside an extension host, the same bundle for
 * @vscode/test-electron (desktop VS Code) and for code-server's extension
 * host. Its report goes to the console (which either host forwards) and, when
 * BULLETIN_SUITE_REPORT names a file, to that file too, so the runner can
 * print it whatever the host does with the console.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { format } from 'node:util';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const reportFile = process.env.BULLETIN_SUITE_REPORT;
  if (reportFile) writeFileSync(reportFile, '');
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    console.log(...args);
    if (reportFile) appendFileSync(reportFile, `${format(...args)}\n`);
  };
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  // The spec files use mocha's globals: set them, then load the specs (bundled, so no file paths).
  mocha.suite.emit('pre-require', globalThis, 'bulletin.test', mocha);
  await import('./bulletin.test');
  const counts = await new Promise<{ passes: number; failures: number; pending: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0, pending: runner.stats?.pending ?? 0 }));
  });
  Mocha.reporters.Base.consoleLog(`suite: ${counts.passes} passed, ${counts.failures} failed, ${counts.pending} skipped`);
  if (counts.failures > 0 || counts.passes === 0) throw new Error(`${counts.failures} of ${counts.passes + counts.failures} editor tests failed`);
}
