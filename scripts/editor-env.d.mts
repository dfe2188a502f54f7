// Types for scripts/editor-env.mjs, so the TypeScript test runners can import it.
export declare const VERSIONS: { node: string; codeServer: string; playwrightCore: string };
export interface EditorEnv {
  cacheDir: string;
  nodeDir: string;
  nodeHome: string;
  nodeBin: string;
  codeServerDir: string;
  /** code-server's entry script, run with Node 24. */
  codeServer: string;
  playwrightCore: string;
  chromium: string;
}
export declare function editorEnv(): EditorEnv;
export declare function missingParts(env?: EditorEnv): string[];
export declare function ensureEditorEnv(log?: (line: string) => void): EditorEnv;
export declare function node24Env(env?: EditorEnv, base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
