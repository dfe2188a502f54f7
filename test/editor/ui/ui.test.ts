/**
 * The packaged extension as a person meets it: bulletin-lens.vsix installed
 * into code-server (in Chinese), a temp copy of seeds/ opened in Debian's
 * Chromium, and what shows on screen — the status bar, the Outline view, a
 * hover, the Problems panel, the quick fix. Screenshots of each step go to
 * test-output/editor/ui/; a failed step saves FAILED-<step>.png and keeps
 * code-server's and VS Code's logs there.
 */
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TestBrowser } from '../support/browser';
import { CodeServer } from '../support/codeServer';
import { OUTPUT, VSIX } from '../support/paths';
import { countOf, removedOnly } from '../support/text';
import { makeWorkspace, type TestWorkspace } from '../support/workspace';
import { TIMEOUT, until, Workbench } from './workbench';

const SHOTS = path.join(OUTPUT, 'ui');
const FIRST = '000_9ea3192d4f02f8ea.txt';
const SECOND = '001_5ae22829d223a388.txt';
const THIRD = '002_741f35d39f5652b9.txt';
const BULLETIN_ALIAS = '公报 Bulletin';
const PLAIN_TEXT = ['Plain Text', '纯文本'];

let workspace: TestWorkspace;
let server: CodeServer;
let browser: TestBrowser;
let wb: Workbench;

before(async () => {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  workspace = makeWorkspace('ui');
  server = await CodeServer.start({ name: 'ui', vsix: [VSIX], locale: 'zh-cn' });
  browser = await TestBrowser.launch('zh-CN');
  const consoleLog = path.join(SHOTS, 'browser-console.log');
  writeFileSync(consoleLog, '');
  browser.page.on('console', (m) => appendFileSync(consoleLog, `[${m.type()}] ${m.text()}\n`));
  wb = new Workbench(browser.page);
  await browser.page.goto(server.folderUrl(workspace.dir), { timeout: 60_000 });
  await wb.ready();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  workspace?.remove();
});

/** A step of the walk-through: on failure, a screenshot and the logs are kept. */
function step(name: string, body: () => Promise<void>): void {
  test(name, async () => {
    try {
      await body();
    } catch (error) {
      const slug = name.replace(/[^\w]+/g, '-').slice(0, 60);
      await browser?.page.screenshot({ path: path.join(SHOTS, `FAILED-${slug}.png`) }).catch(() => undefined);
      if (server) console.error(`logs: ${server.logFile}, ${server.keepLogs('ui')}`);
      throw error;
    }
  });
}

async function shot(name: string): Promise<void> {
  await browser.page.screenshot({ path: path.join(SHOTS, name) });
}

step('a seed opened from Quick Open shows the bulletin language in the status bar', async () => {
  await wb.open(FIRST);
  assert.equal(await wb.waitForLanguage([BULLETIN_ALIAS]), BULLETIN_ALIAS);
  await shot('01-seed-bulletin-language.png');
});

step('the Outline view lists the articles of the seed', async () => {
  const rows = await wb.outlineRows();
  await rows.filter({ hasText: '宋洁带队夜查全区大气污染防治工作' }).first().waitFor({ timeout: TIMEOUT });
  const titles = await until(async () => {
    const t = (await rows.allInnerTexts()).map((s) => s.trim());
    return t.length >= 5 ? t : undefined;
  }, 'five articles in the Outline');
  assert.equal(titles[0], '宋洁带队夜查全区大气污染防治工作');
  assert.ok(titles.some((t) => t.startsWith('区城管局“五字诀”')), `the Outline lists 区城管局“五字诀”… (got ${titles.join(' | ')})`);
  await shot('02-outline-articles.png');
});

step('hovering a person shows its hover (人物, with the title)', async () => {
  const hover = wb.hover('人物');
  // Hover again until the answer shows: the first may come before the server has the file.
  await until(async () => {
    await browser.page.mouse.move(5, 5);
    await wb.token('宋洁').hover({ timeout: 5000 });
    await hover.waitFor({ state: 'visible', timeout: 3000 });
    return true;
  }, 'the hover on 宋洁');
  const text = await hover.innerText();
  assert.match(text, /人物\s*宋洁/);
  assert.match(text, /职务：区委书记/);
  await shot('03-hover-person.png');
  await browser.page.keyboard.press('Escape');
});

step('the Problems panel lists duplicate-paragraph warnings for the seed that repeats another', async () => {
  await wb.open(SECOND);
  await wb.waitForLanguage([BULLETIN_ALIAS]);
  const panel = await wb.problems();
  const warnings = panel.locator('.monaco-list-row', { hasText: 'duplicate-paragraph' });
  await warnings.first().waitFor({ timeout: TIMEOUT });
  const rows = await until(async () => {
    const t = await warnings.allInnerTexts();
    return t.length >= 2 ? t : undefined;
  }, 'at least two duplicate-paragraph warnings');
  assert.ok(rows.every((r) => /重复/.test(r)), 'the messages are in Chinese');
  assert.ok(rows.some((r) => r.includes(FIRST)), 'a warning names the seed it repeats');
  await shot('04-problems-duplicate-paragraph.png');
});

step('Ctrl+. on a warning offers 删除此重复段落, and applying it removes the repeat', async () => {
  const file = workspace.file(SECOND);
  const before = readFileSync(file, 'utf8');
  const panel = await wb.problems();
  const warning = panel.locator('.monaco-list-row', { hasText: 'duplicate-paragraph' }).first();
  const line = Number(/\[Ln (\d+), Col \d+\]/.exec(await warning.innerText())?.[1]);
  assert.ok(line > 0, 'the warning names its line');
  const paragraph = before.split(/\r?\n/)[line - 1];
  assert.ok(paragraph.length > 16 && countOf(before, paragraph) >= 1);
  const warningsBefore = await panel.locator('.monaco-list-row', { hasText: 'duplicate-paragraph' }).count();

  await warning.click();
  await browser.page.keyboard.press('Enter'); // opens the warning's range in the editor, focused
  const fix = browser.page.locator('.action-widget .monaco-list-row.action', { hasText: '删除此重复段落' }).first();
  await until(async () => {
    await browser.page.keyboard.press('Control+.');
    await fix.waitFor({ state: 'visible', timeout: 3000 });
    return true;
  }, 'Ctrl+. to offer 删除此重复段落');
  await shot('05-quick-fix-menu.png');
  await fix.click();
  await until(async () => (await panel.locator('.monaco-list-row', { hasText: 'duplicate-paragraph' }).count()) === warningsBefore - 1, 'one warning fewer in Problems');

  await wb.editor().click();
  await browser.page.keyboard.press('Control+S');
  const after = await until(async () => {
    const text = readFileSync(file, 'utf8');
    return text !== before ? text : undefined;
  }, 'the fixed text saved to the temp copy');
  assert.equal(countOf(after, paragraph), countOf(before, paragraph) - 1, 'one copy of the paragraph fewer');
  assert.ok(removedOnly(before, after, paragraph), 'only the paragraph and its line breaks went');
  await shot('06-after-quick-fix.png');
});

step('an English README.txt stays Plain Text and gets no diagnostics', async () => {
  await wb.open('README.txt');
  assert.ok(PLAIN_TEXT.includes(await wb.waitForLanguage(PLAIN_TEXT)));
  // The server judges files in the order they open: once a bulletin opened after the README has switched, the README's verdict is in.
  await wb.open(THIRD);
  await wb.waitForLanguage([BULLETIN_ALIAS]);
  await wb.switchTo('README.txt');
  assert.ok(PLAIN_TEXT.includes(await wb.waitForLanguage(PLAIN_TEXT)), 'README.txt is still plain text');
  const panel = await wb.problems();
  await panel.locator('.monaco-list-row').first().waitFor({ timeout: TIMEOUT });
  assert.equal(await panel.locator('.monaco-list-row', { hasText: 'README.txt' }).count(), 0, 'no problems for README.txt');
  await shot('07-readme-plain-text.png');
});

step('every screenshot was written', async () => {
  const shots = readdirSync(SHOTS).filter((f) => f.endsWith('.png'));
  assert.deepEqual(shots.filter((s) => !s.startsWith('FAILED')).length, 7, `screenshots: ${shots.join(', ')}`);
});
