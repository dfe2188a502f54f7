// Bundles the client, the server and the CLI with esbuild, and puts
// nodejieba's native binding and dictionaries beside them (dist/jieba/), so
// the packaged extension needs no node_modules. Type-checking is separate
// (`tsc --noEmit`): esbuild does not check types.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  external: ['nodejieba'],
};

rmSync('dist', { recursive: true, force: true });
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
]);

const jieba = dirname(require.resolve('nodejieba/package.json'));
mkdirSync('dist/jieba/dict', { recursive: true });
cpSync(join(jieba, 'build/Release/nodejieba.node'), 'dist/jieba/nodejieba.node');
for (const f of ['jieba.dict.utf8', 'hmm_model.utf8', 'user.dict.utf8']) {
  cpSync(join(jieba, 'submodules/cppjieba/dict', f), join('dist/jieba/dict', f));
}
for (const f of ['idf.stub.utf8', 'stop_words.stub.utf8']) cpSync(join('server/resources/jieba', f), join('dist/jieba/dict', f));
cpSync(join(jieba, 'LICENSE'), 'dist/jieba/LICENSE');
