/**
 * Entities found line by line, after any sequence of edits, are exactly
 * those `findEntities` finds on the whole text (and the outline and the
 * findings, read with what the last version worked out, those read afresh): the same spans, types,
 * titles, full names, glosses and rules. The edits are what typing does to
 * a bulletin and what stresses the line-by-line reading: names with and
 * without titles typed in, list marks, quotes and the words before them,
 * line breaks added and removed (a line joined to the next, CRLF), lines
 * copied elsewhere, characters deleted, a name dropped from every line it
 * was vouched on; sometimes under a user dictionary.
 *
 * BULLETIN_PROPERTY_RUNS raises the number of edit sequences (default 60).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { carryOver } from '../../server/src/core/carryOver';
import { Corpus } from '../../server/src/core/corpus';
import { parseDictionary } from '../../server/src/core/dictionary';
import { findEntities } from '../../server/src/core/entities';
import { groupLines } from '../../server/src/core/entities/byLine';
import { splitAtLineFeeds } from '../../server/src/core/lineWords';
import type { Entity } from '../../server/src/core/model';
import { tagWithOffsets } from '../../server/src/core/segmenter';
import { ROOT } from '../support/lspClient';
import { tagger } from '../support/tagger';
import { propertySeed } from '../support/propertySeed';

const RUNS = Number(process.env.BULLETIN_PROPERTY_RUNS ?? 60);

const SAMPLES = [
  ...fs.readdirSync(path.join(ROOT, 'seeds')).map((f) => path.join(ROOT, 'seeds', f)),
  ...fs.readdirSync(path.join(ROOT, 'test/heldout/texts')).map((f) => path.join(ROOT, 'test/heldout/texts', f)),
].map((f) => fs.readFileSync(f, 'utf8').replace(/^\ufeff/, ''));

/** Pieces typed in: names after titles and in lists, quotes after speech, marks that join or end a name, line breaks. */
const PIECES = [
  '区委书记张明远', '县长李', '、王小红', '和赵', '记者 孙', '（县农业局　王某某）', '任命刘', '同志', '指出，',
  '说：', '“', '”', '“三查三改”', '表示：“', '《', '》', '区城管局', '和县', '街道', '某某公司', '，', '。', '　', ' ',
  '\n', '\r\n', '\n\n', '𠮷', '改', '强调：\n', '\n“两企三策”',
];

type Edit = { at: number; remove: number; insert: { piece: number } | { copyFrom: number; length: number } | { lineBreak: 'drop' } };

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 12 }) }),
  insert: fc.oneof(
    { weight: 6, arbitrary: fc.record({ piece: fc.nat(PIECES.length - 1) }) },
    { weight: 2, arbitrary: fc.record({ copyFrom: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 200 }) }) },
    { weight: 2, arbitrary: fc.constant({ lineBreak: 'drop' as const }) },
  ),
});

function apply(text: string, e: Edit): string {
  if ('lineBreak' in e.insert) {
    // Join a line to the next: the line break nearest the position goes.
    const at = text.indexOf('\n', Math.floor(e.at * text.length));
    return at < 0 ? text : text.slice(0, at > 0 && text[at - 1] === '\r' ? at - 1 : at) + text.slice(at + 1);
  }
  const at = Math.floor(e.at * text.length);
  const inserted = 'piece' in e.insert ? PIECES[e.insert.piece] : text.substr(Math.floor(e.insert.copyFrom * text.length), e.insert.length);
  return text.slice(0, at) + inserted + text.slice(Math.min(text.length, at + e.remove));
}

const show = (e: Entity) => `${e.type}:${e.start}-${e.end}:${e.text}:${e.title ?? ''}:${e.fullName ?? ''}:${e.gloss ?? ''}:${e.rule ?? ''}:${e.known ?? ''}`;

test('entities found line by line after edits are those found on the whole text', () => {
  fc.assert(
    fc.property(
      fc.nat(SAMPLES.length - 1),
      fc.boolean(),
      fc.boolean(),
      fc.array(edit, { minLength: 1, maxLength: 6 }),
      (pick, crlf, withDictionary, edits) => {
        let text = crlf ? SAMPLES[pick].replace(/\r?\n/g, '\r\n') : SAMPLES[pick];
        const dictionary = parseDictionary(withDictionary ? 'person 王小红\nunit 柳湾乡\nnot 区城管局\nslogan 三查三改\n' : '');
        const corpus = new Corpus(tagger);
        corpus.setDictionary(dictionary);
        corpus.set('doc', text);
        for (const e of edits) {
          text = apply(text, e);
          const model = corpus.set('doc', text);
          // The layout read with what the last version worked out is the layout read afresh; so are the findings
          // (a document only added is read without any).
          const fresh = new Corpus(tagger);
          assert.deepEqual(model.outline, fresh.add('doc', text).outline);
          assert.deepEqual(corpus.findings('doc'), fresh.findings('doc'));
          if (!model.isBulletin) continue;
          const whole = findEntities(text, tagWithOffsets(tagger, text), dictionary);
          assert.deepEqual(model.entities.map(show), whole.map(show));
        }
      },
    ),
    { numRuns: RUNS, seed: propertySeed() },
  );
});

test('a line is read with the end of the line before: a quote opening it after 强调： is speech, not a slogan', () => {
  const corpus = new Corpus(tagger);
  const slogans = (text: string) => corpus.set('doc', text).entities.filter((e) => e.type === 'slogan').map((e) => e.text);
  assert.deepEqual(slogans('某县召开会议\n\n会议要求\n“抓早抓小”要落实到位。\n'), ['抓早抓小']);
  assert.deepEqual(slogans('某县召开会议\n\n会议强调：\n“抓早抓小”要落实到位。\n'), [], 'only the line before changed');
  assert.deepEqual(slogans('某县召开会议\n\n会议强调：\r\n\r\n“抓早抓小”要落实到位。\r\n'), []);
  assert.deepEqual(slogans('某县召开会议\n\n会议要求\n“抓早抓小”要落实到位。\n'), ['抓早抓小'], 'and back');
});

test('lines are read in units whose bounds depend on the lines alone: an edit moves only the bounds around it', () => {
  const text = SAMPLES.join('\n');
  const unitsOf = (t: string) => groupLines(t, splitAtLineFeeds(t)).map((u) => t.slice(u.start, u.end));
  const before = unitsOf(text);
  assert.ok(before.length > 20 && before.length < splitAtLineFeeds(text).length / 3, 'a few lines to a unit');
  const at = text.indexOf('。', Math.floor(text.length / 2));
  const after = unitsOf(`${text.slice(0, at)}改${text.slice(at)}`);
  const kept = after.filter((u) => before.includes(u)).length;
  assert.ok(kept >= before.length - 3, `${before.length - kept} units changed`);
});

test('a new user dictionary is applied to the entities found line by line as to those of the whole text', () => {
  const text = SAMPLES[0];
  const corpus = new Corpus(tagger);
  corpus.set('doc', text);
  const dictionary = parseDictionary('not 宋洁\nunit 带队夜查\n');
  corpus.setDictionary(dictionary);
  assert.deepEqual(corpus.model('doc')!.entities.map(show), findEntities(text, tagWithOffsets(tagger, text), dictionary).map(show));
});

test('entities carried over to an edited text keep their place before and after the edit, and drop what it touched', () => {
  const text = SAMPLES[0];
  const corpus = new Corpus(tagger);
  const model = corpus.set('doc', text);
  const at = text.indexOf('宋洁', 100);
  const edited = `${text.slice(0, at + 1)}改${text.slice(at + 1)}`;
  const carried = carryOver(model, edited);
  for (const e of carried.entities) assert.equal(edited.slice(e.start, e.end), e.text);
  assert.equal(carried.entities.length, model.entities.length - 1, 'only the name typed into goes');
  assert.ok(!carried.entities.some((e) => e.start <= at && e.end > at));
  // On a long text (compared a chunk at a time), at the very start and end too.
  const long = SAMPLES.join('\n');
  const longModel = corpus.set('long', long);
  for (const edited of [`改${long}`, `${long}改`, `${long.slice(0, 40000)}改${long.slice(40000)}`, long.slice(0, 8192) + long.slice(8193)]) {
    const moved = carryOver(longModel, edited);
    for (const e of moved.entities) assert.equal(edited.slice(e.start, e.end), e.text);
    assert.ok(moved.entities.length >= longModel.entities.length - 1);
  }
});
