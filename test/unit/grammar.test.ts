/**
 * The TextMate grammar, run by VS Code's own tokenizer (vscode-textmate with
 * the Oniguruma engine): each construct of a bulletin gets its scope.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, type IGrammar, parseRawGrammar, Registry } from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../..');
let grammar: IGrammar;

before(async () => {
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => parseRawGrammar(fs.readFileSync(path.join(ROOT, 'syntaxes/bulletin.tmLanguage.json'), 'utf8'), 'bulletin.tmLanguage.json'),
  });
  grammar = (await registry.loadGrammar('text.bulletin'))!;
});

/** The scopes of the token that covers `piece` in `line` (its first character). */
function scopesOf(line: string, piece: string): string[] {
  const at = line.indexOf(piece);
  assert.ok(at >= 0, `${piece} is in the line`);
  const { tokens } = grammar.tokenizeLine(line, INITIAL);
  const token = tokens.find((t) => t.startIndex <= at && at < t.endIndex)!;
  return token.scopes;
}

const has = (scopes: string[], prefix: string) => scopes.some((s) => s.startsWith(prefix));

test('a # headline and a short headline line are headings', () => {
  assert.ok(has(scopesOf('# 某县召开防汛工作会议', '某县'), 'markup.heading'));
  assert.ok(has(scopesOf('某县召开防汛工作会议', '防汛'), 'markup.heading'));
});

test('a headline followed by two spaces and the body on the same line', () => {
  const line = '\u3000\u3000某街道开展环境整治行动  3月2日，某街道组织干部群众开展环境卫生整治。';
  assert.ok(has(scopesOf(line, '环境整治行动'), 'markup.heading'));
  assert.ok(!has(scopesOf(line, '组织干部'), 'markup.heading'));
});

test('datelines, bylines, quotes, book titles, section markers and page jumps', () => {
  const lead = '本报讯(记者 王某 通讯员 李某)11月29日夜，严格落实“三管三必须”要求，印发《责令改正通知书》，详见二版';
  assert.ok(has(scopesOf(lead, '本报讯'), 'entity.name.tag.byline'));
  assert.ok(has(scopesOf(lead, '11月29日夜'), 'constant.numeric.date'));
  assert.ok(has(scopesOf(lead, '三管三必须'), 'string.quoted.double'));
  assert.ok(has(scopesOf(lead, '责令改正'), 'markup.italic.book-title'));
  assert.ok(has(scopesOf(lead, '详见二版'), 'keyword.control.page-jump'));
  assert.ok(has(scopesOf('（上接第一版①）', '上接'), 'keyword.control.page-jump'));
  assert.ok(has(scopesOf('■ 短讯', '短讯'), 'markup.heading.section'));
  assert.ok(has(scopesOf('简讯', '简讯'), 'markup.heading.section'));
  assert.ok(has(scopesOf('（记者 王某 李某）', '记者'), 'entity.name.tag.byline'));
  assert.ok(has(scopesOf('——某某督导组工作纪实', '督导组'), 'markup.quote.subtitle'));
});

test('plain running text gets no heading', () => {
  const body = '会议要求，各单位要进一步提高政治站位，压实工作责任，确保各项措施落实到位。';
  assert.ok(!has(scopesOf(body, '各单位'), 'markup.heading'));
});
