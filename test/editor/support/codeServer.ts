/**
 * A private code-server for one test run: its own user data, extensions and
 * settings in a temp folder, the packaged .vsix installed from the command
 * line as a user would, listening on a free loopback port. Its log goes to
 * test-output/editor/.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type EditorEnv, editorEnv, missingParts, node24Env } from '../../../scripts/editor-env.mjs';
import { EXTENSION_ID, OUTPUT } from './paths';
import { installChineseLocale } from './locale';

export interface CodeServerOptions {
  /** Name for the log and temp folders (suite, ui). */
  name: string;
  /** .vsix files to install before starting. */
  vsix: string[];
  /** Display language: 'en' (VS Code's default) or 'zh-cn' (see locale.ts). */
  locale: 'en' | 'zh-cn';
  /** Lets the page's URL carry extension-test arguments (VS Code's smoke-test switch); only the suite needs it. */
  extensionTests?: boolean;
  /** Extra environment for the server and its extension host. */
  env?: Record<string, string>;
}

const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'files.autoSave': 'off',
  'editor.hover.delay': 300,
  'git.enabled': false,
  // Screenshots show widgets as they settle, not half faded in.
  'workbench.reduceMotion': 'on',
};

export class CodeServer {
  private constructor(
    readonly env: EditorEnv,
    readonly home: string,
    readonly logFile: string,
    readonly userDataDir: string,
    readonly extensionsDir: string,
    private readonly child: ChildProcess,
    readonly origin: string,
  ) {}

  static async start(options: CodeServerOptions): Promise<CodeServer> {
    const env = editorEnv();
    const missing = missingParts(env);
    if (missing.length) throw new Error(`the editor environment is not installed (run: node scripts/editor-env.mjs):\n  ${missing.join('\n  ')}`);
    for (const vsix of options.vsix) if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package first`);
    const home = mkdtempSync(path.join(os.tmpdir(), `bulletin-editor-${options.name}-`));
    const userDataDir = path.join(home, 'user-data');
    const extensionsDir = path.join(home, 'extensions');
    const config = writeConfig(home, userDataDir, extensionsDir);
    const base = [env.codeServer, '--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
    const serverEnv = { ...node24Env(env), ...serverOnlyEnv(home), ...options.env };
    // Installed from the command line, as a user installs a .vsix.
    const install = (vsix: string) => execFileSync(path.join(env.nodeBin, 'node'), [...base, '--install-extension', vsix], { env: serverEnv, stdio: 'pipe' });
    options.vsix.forEach(install);
    if (options.locale === 'zh-cn') installChineseLocale(userDataDir, extensionsDir, install);
    const args = [...base, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--locale', options.locale];
    if (options.extensionTests) args.push('--vscode-option', 'enable-smoke-test-driver');
    mkdirSync(OUTPUT, { recursive: true });
    const logFile = path.join(OUTPUT, `code-server-${options.name}.log`);
    // Its own process group, so stop() ends code-server and the processes it started (extension hosts, language servers).
    const child = spawn(path.join(env.nodeBin, 'node'), args, { env: serverEnv, cwd: home, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const origin = await listening(child, logFile);
    return new CodeServer(env, home, logFile, userDataDir, extensionsDir, child, origin);
  }

  /** The folder of an installed extension (what the .vsix unpacked to). */
  installedExtension(id = EXTENSION_ID): string {
    const found = readdirSync(this.extensionsDir).find((d) => d.toLowerCase().startsWith(`${id.toLowerCase()}-`));
    if (!found) throw new Error(`${id} is not installed in ${this.extensionsDir}`);
    return path.join(this.extensionsDir, found);
  }

  /** A URI the browser's workbench resolves on this server (the suite's paths). */
  remoteUri(file: string): string {
    return `vscode-remote://${new URL(this.origin).host}${file}`;
  }

  /** The page that opens `folder`, with extra workbench arguments (the suite's development and tests paths). */
  folderUrl(folder: string, payload: [string, string][] = []): string {
    const query = `folder=${encodeURIComponent(folder)}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
    return `${this.origin}/?${query}`;
  }

  /** Copies VS Code's own logs (window, extension host, the language server's output) beside the server log. */
  keepLogs(name: string): string {
    const target = path.join(OUTPUT, `${name}-vscode-logs`);
    rmSync(target, { recursive: true, force: true });
    const logs = path.join(this.userDataDir, 'logs');
    if (existsSync(logs)) cpSync(logs, target, { recursive: true });
    return target;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.pid) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      try {
        process.kill(-this.child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
      if (this.child.exitCode === null) process.kill(-this.child.pid, 'SIGKILL');
    }
    rmSync(this.home, { recursive: true, force: true });
  }
}

/** Settings of a fresh profile without distractions, and a config listening on a free loopback port. */
function writeConfig(home: string, userDataDir: string, extensionsDir: string): string {
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  const config = path.join(home, 'config.yaml');
  writeFileSync(config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  return config;
}

/** Copies the server's output to its log and resolves with the address once it listens. */
function listening(child: ChildProcess, logFile: string): Promise<string> {
  const log = createWriteStream(logFile);
  return new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not start in 60 s; log: ${logFile}`)), 60_000);
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      seen += chunk.toString();
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited (${code}) before listening; log: ${logFile}`)));
  });
}

/**
 * No extension marketplace is reachable here: an empty gallery setting keeps
 * code-server from trying one. Its own logs and heartbeat go to the run's
 * temp folder rather than the user's home.
 */
function serverOnlyEnv(home: string): Record<string, string> {
  return { EXTENSIONS_GALLERY: '{}', XDG_DATA_HOME: path.join(home, 'xdg-data'), XDG_CONFIG_HOME: path.join(home, 'xdg-config') };
}
