/**
 * What a person does in the workbench, as playwright steps on VS Code's
 * DOM: open a file with Quick Open, read the status bar, open views. Every
 * wait is a poll for an element or a condition, never a fixed sleep.
 */
import type { Locator, Page } from '../support/browser';

export const TIMEOUT = 30_000;

/** Polls `probe` until it returns something other than undefined/false. */
export async function until<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export class Workbench {
  constructor(readonly page: Page) {}

  async ready(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  }

  /** Quick Open (Ctrl+P), type the name, Enter; waits for its tab to be the active one. */
  async open(name: string): Promise<void> {
    await this.editorArea().click({ timeout: TIMEOUT }).catch(() => undefined);
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await this.page.keyboard.type(name);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: TIMEOUT });
    await this.page.keyboard.press('Enter');
    await this.activeTab(name).waitFor({ timeout: TIMEOUT });
    await this.editor().locator('.view-lines .view-line').first().waitFor({ timeout: TIMEOUT });
  }

  /** Clicks an open editor's tab. */
  async switchTo(name: string): Promise<void> {
    await this.page.locator('.tabs-container .tab', { hasText: name }).first().click({ timeout: TIMEOUT });
    await this.activeTab(name).waitFor({ timeout: TIMEOUT });
  }

  activeTab(name: string): Locator {
    return this.page.locator('.tabs-container .tab.active', { hasText: name });
  }

  editorArea(): Locator {
    return this.page.locator('#workbench\\.parts\\.editor');
  }

  /** The editor of the active tab. */
  editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** The status bar's language indicator (what the file is opened as). */
  languageStatus(): Locator {
    return this.page.locator('[id="status.editor.mode"]');
  }

  async waitForLanguage(names: string[]): Promise<string> {
    return until(async () => {
      const text = (await this.languageStatus().innerText({ timeout: 1000 })).trim();
      return names.includes(text) ? text : undefined;
    }, `the status bar to show ${names.join(' or ')}`);
  }

  /** Opens the Problems panel (Ctrl+Shift+M). */
  async problems(): Promise<Locator> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout: TIMEOUT });
    return panel;
  }

  /** Expands the Outline view in the Explorer side bar; returns its rows. */
  async outlineRows(): Promise<Locator> {
    const header = this.page.locator('.pane-header', { hasText: /^(Outline|大纲)/ }).first();
    await header.waitFor({ timeout: TIMEOUT });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    // The headline alone: the row also shows the symbol's detail (date, byline) beside it.
    const rows = this.page.locator('.pane-body.outline-pane .monaco-list-row .label-name');
    await rows.first().waitFor({ timeout: TIMEOUT });
    return rows;
  }

  /** The first place in the active editor where `text` is rendered as a token of its own. */
  token(text: string): Locator {
    return this.editor().locator('.view-lines .view-line span span', { hasText: new RegExp(`^${text}$`) }).first();
  }

  /** The hover widget showing `text`. */
  hover(text: string | RegExp): Locator {
    return this.page.locator('.monaco-hover', { hasText: text }).first();
  }
}
