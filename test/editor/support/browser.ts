/**
 * Debian's Chromium driven by playwright-core from the editor cache (not a
 * project dependency, so its types are not here either: the few calls the
 * tests make are typed below).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { editorEnv } from '../../../scripts/editor-env.mjs';

export interface Locator {
  first(): Locator;
  filter(options: { hasText?: string | RegExp }): Locator;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  click(options?: { timeout?: number; button?: 'left' | 'right' }): Promise<void>;
  hover(options?: { timeout?: number; position?: { x: number; y: number } }): Promise<void>;
  count(): Promise<number>;
  innerText(options?: { timeout?: number }): Promise<string>;
  allInnerTexts(): Promise<string[]>;
  getAttribute(name: string): Promise<string | null>;
  isVisible(): Promise<boolean>;
}

export interface Page {
  goto(url: string, options?: { timeout?: number }): Promise<unknown>;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  keyboard: { press(key: string): Promise<void>; type(text: string, options?: { delay?: number }): Promise<void> };
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void> };
  screenshot(options: { path: string; fullPage?: boolean }): Promise<Buffer>;
  exposeFunction(name: string, fn: (...args: never[]) => unknown): Promise<void>;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
}

interface Browser {
  newPage(options: { viewport: { width: number; height: number }; locale?: string; deviceScaleFactor?: number }): Promise<Page>;
  close(): Promise<void>;
}

interface Chromium {
  launch(options: { executablePath: string; args: string[]; env?: NodeJS.ProcessEnv; headless?: boolean; timeout?: number }): Promise<Browser>;
}

export class TestBrowser {
  private constructor(private readonly browser: Browser, private readonly home: string, readonly page: Page) {}

  /**
   * Chromium without the background traffic a closed network turns into
   * noise; playwright gives each launch a fresh temporary profile, and the
   * crash reporter's folder goes to a temp home instead of the user's.
   */
  static async launch(locale: string): Promise<TestBrowser> {
    const env = editorEnv();
    const { chromium } = createRequire(path.join(env.codeServerDir, 'package.json'))('playwright-core') as { chromium: Chromium };
    const home = mkdtempSync(path.join(os.tmpdir(), 'bulletin-chromium-'));
    const browser = await chromium.launch({
      executablePath: env.chromium,
      env: { ...process.env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_CACHE_HOME: path.join(home, 'cache') },
      timeout: 60_000,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-gpu',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale });
    return new TestBrowser(browser, home, page);
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    rmSync(this.home, { recursive: true, force: true });
  }
}
