/**
 * Runs code-server in Chinese, as our users do. VS Code accepts a display
 * language only from an installed language pack, and the real Chinese pack
 * comes from the marketplace, which cannot be reached here. So a stub pack
 * (test/editor/fixtures/zh-cn-locale: declares zh-cn, translates nothing) is
 * packaged and installed, and its entry written to languagepacks.json as
 * VS Code does when a pack is installed from its UI (a command-line install
 * does not). VS Code's own menus stay English; vscode.env.language becomes
 * zh-cn, so the extension and its server speak Chinese.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './paths';

const FIXTURE = path.join(ROOT, 'test', 'editor', 'fixtures', 'zh-cn-locale');
const PACK_ID = 'bulletin-lens-test.zh-cn-display-language';

export function installChineseLocale(userDataDir: string, extensionsDir: string, install: (vsix: string) => void): void {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bulletin-zh-pack-'));
  try {
    const vsix = path.join(scratch, 'zh-cn-display-language.vsix');
    const vsce = require.resolve('@vscode/vsce/vsce');
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix], { cwd: FIXTURE, stdio: 'pipe' });
    install(vsix);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const folder = readdirSync(extensionsDir).find((d) => d.startsWith(`${PACK_ID}-`));
  if (!folder) throw new Error(`the zh-cn stub language pack did not install into ${extensionsDir}`);
  const packs = {
    'zh-cn': {
      hash: 'bulletin-lens-test-zh-cn-0.0.1',
      extensions: [{ extensionIdentifier: { id: PACK_ID }, version: '0.0.1' }],
      translations: { vscode: path.join(extensionsDir, folder, 'translations', 'main.i18n.json') },
      label: '中文(简体)',
    },
  };
  writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}
