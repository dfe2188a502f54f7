// Packages the extension as a .vsix for the platform it runs on: the
// nodejieba binding inside is native code built here (linux-x64 on CI), so
// the package is marked with that target and says so in its name.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const target = `${process.platform === 'win32' ? 'win32' : process.platform}-${process.arch}`;
const out = 'bulletin-lens.vsix';
const vsce = require.resolve('@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--target', target, '--out', out], {
  stdio: 'inherit',
});
console.error(`${out}: ${(statSync(out).size / 1024 / 1024).toFixed(1)} MB, built for ${target}`);
