import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyDictionary, dictionaryLine, parseDictionary } from '../../server/src/core/dictionary';
import { entities } from '../support/entities';

const TEXT = '县委书记欧阳明远到青禾种植专业合作社调研，要求推广“三查三改”，建设智慧果园。';

test('parse: kinds in English or Chinese, comments and blank lines, with their lines', () => {
  const dict = parseDictionary('\uFEFF# 用户词典\n\nperson 张三\n单位\t青禾种植专业合作社  # 合作社\n提法 三查三改\nnot 智慧\r\n不是 欧阳明远\n');
  assert.deepEqual(dict.entries.map((e) => [e.kind, e.text, e.line]), [
    ['person', '张三', 2], ['unit', '青禾种植专业合作社', 3], ['slogan', '三查三改', 4], ['not', '智慧', 5], ['not', '欧阳明远', 6],
  ]);
  assert.deepEqual(dict.problems, []);
});

test('parse: bad lines are reported with line and columns, never thrown', () => {
  const dict = parseDictionary('persn 张三\nunit\nperson 王五\nnot 王五\n');
  assert.deepEqual(dict.problems.map((p) => [p.code, p.line, p.start, p.end]), [
    ['unknown-kind', 0, 0, 5], ['missing-text', 1, 0, 4], ['overridden', 2, 0, 0],
  ]);
  assert.equal(dict.problems[2].otherLine, 3);
  assert.deepEqual(dict.entries.map((e) => e.text), ['王五', '王五']);
});

test('apply: added entries are tagged at every occurrence and win over what they overlap', () => {
  // 智慧果园 is no unit to the rules (they do find 青禾种植专业合作社 themselves).
  const dict = parseDictionary('unit 智慧果园\nslogan 三查三改\nperson 欧阳明远\n');
  const found = entities(TEXT, undefined, dict);
  const unit = found.find((e) => e.type === 'unit' && e.text === '智慧果园');
  assert.equal(unit?.rule, 'dictionary');
  const person = found.find((e) => e.text === '欧阳明远')!;
  assert.equal(person.title, '县委书记', 'a person added by the dictionary still gets the title written before it');
});

test('apply: not suppresses an entity; removing the line brings it back', () => {
  const withNot = entities(TEXT, 'person', parseDictionary('not 欧阳明远'));
  assert.deepEqual(withNot, []);
  assert.deepEqual(entities(TEXT, 'person', parseDictionary('')).map((e) => e.text), ['欧阳明远']);
});

test('apply: a later line about the same text wins', () => {
  assert.deepEqual(entities(TEXT, 'person', parseDictionary('not 欧阳明远\nperson 欧阳明远')).map((e) => e.text), ['欧阳明远']);
  assert.deepEqual(entities(TEXT, 'person', parseDictionary('person 欧阳明远\nnot 欧阳明远')), []);
});

test('apply is pure: the entities given are not changed', () => {
  const base = entities(TEXT);
  const copy = JSON.parse(JSON.stringify(base));
  applyDictionary(TEXT, base, parseDictionary('not 欧阳明远\nunit 智慧果园'));
  assert.deepEqual(base, copy);
});

test('dictionaryLine writes what parse reads', () => {
  const line = dictionaryLine('unit', '青禾种植专业合作社\n');
  assert.equal(line, 'unit 青禾种植专业合作社');
  assert.deepEqual(parseDictionary(line).entries.map((e) => [e.kind, e.text]), [['unit', '青禾种植专业合作社']]);
});
