import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../server/src/core/entities';
import { tagWithOffsets } from '../../server/src/core/segmenter';
import type { Entity } from '../../server/src/core/model';
import { tagger } from '../support/tagger';

function entities(text: string, type?: Entity['type']): Entity[] {
  const found = findEntities(text, tagWithOffsets(tagger, text));
  for (const e of found) assert.equal(text.slice(e.start, e.end), e.text, 'offsets must slice the text');
  return type ? found.filter((e) => e.type === type) : found;
}

test('a name after a title is a person with that title; later mentions too', () => {
  const text = '3月4日，县委书记欧阳明远带队检查防汛工作。欧阳明远指出，要压实责任。';
  const persons = entities(text, 'person');
  assert.deepEqual(persons.map((p) => [p.text, p.title]), [['欧阳明远', '县委书记'], ['欧阳明远', undefined]]);
});

test('names in a list after a title', () => {
  const text = '县领导孔庆丰、冉小军、柏杨参加活动。';
  assert.deepEqual(entities(text, 'person').map((p) => p.text), ['孔庆丰', '冉小军', '柏杨']);
});

test('reporters in a byline, padded two-character names included', () => {
  const text = '(记者 邝文波 甘霖)\n责任编辑：鲍  青   骆  敏\n';
  assert.deepEqual(entities(text, 'person').map((p) => p.text), ['邝文波', '甘霖', '鲍  青', '骆  敏']);
});

test('a department with an administrative prefix is a unit, with its full name', () => {
  const text = '县人社局开展就业援助月活动。';
  const [unit] = entities(text, 'unit');
  assert.equal(unit.text, '县人社局');
  assert.equal(unit.fullName, '县人力资源和社会保障局');
});

test('a formula in quotes is a slogan without its quotes; direct speech is not', () => {
  const text = '严格落实“四查四改”要求。他说：“我们一定把这件事办好。”';
  assert.deepEqual(entities(text, 'slogan').map((s) => s.text), ['四查四改']);
});

test('a well-known slogan has its gloss', () => {
  const [s] = entities('深入开展“我为群众办实事”实践活动。', 'slogan');
  assert.equal(s.text, '我为群众办实事');
  assert.ok(s.gloss);
});
