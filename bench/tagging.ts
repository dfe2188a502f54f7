/**
 * Tagging throughput, as a ratio to raw nodejieba.tag on the same text in
 * the same run: the seeds, repeated to about 1 MB, go through jieba alone
 * and through full entity extraction (jieba, offsets, every rule, overlaps),
 * interleaved, several rounds; the medians are compared. Timing is noisy, so
 * this reports and never fails.
 *
 *     npm run bench:tagging [-- --rounds 9 --mb 1]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { findEntities } from '../server/src/core/entities';
import { getJieba } from '../server/src/core/jieba';
import { tagWithOffsets } from '../server/src/core/segmenter';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '7' }, mb: { type: 'string', default: '1' } } });
const rounds = Math.max(1, Number(values.rounds));
const bytes = Math.max(0.01, Number(values.mb)) * 1024 * 1024;

const seedsDir = path.resolve(__dirname, '..', 'seeds');
const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8')).join('\n');
let text = seeds;
while (Buffer.byteLength(text) < bytes) text += `\n${seeds}`;

const jieba = getJieba();
const time = (run: () => unknown): number => {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// One warm-up of each, so neither pays for loading or first compilation.
jieba.tag(text);
const entities = findEntities(text, tagWithOffsets(jieba, text));

const raw: number[] = [];
const full: number[] = [];
const rules: number[] = [];
for (let r = 0; r < rounds; r++) {
  raw.push(time(() => jieba.tag(text)));
  let words: ReturnType<typeof tagWithOffsets> = [];
  const tagged = time(() => (words = tagWithOffsets(jieba, text)));
  const ruled = time(() => findEntities(text, words));
  full.push(tagged + ruled);
  rules.push(ruled);
}

const mb = Buffer.byteLength(text) / 1024 / 1024;
const throughput = (ms: number) => (mb / (ms / 1000)).toFixed(2);
console.log(`text: ${mb.toFixed(2)} MB (${text.length} UTF-16 units), ${entities.length} entities, ${rounds} rounds`);
console.log(`nodejieba.tag           median ${median(raw).toFixed(0)} ms  ${throughput(median(raw))} MB/s`);
console.log(`entity extraction       median ${median(full).toFixed(0)} ms  ${throughput(median(full))} MB/s  (rules alone ${median(rules).toFixed(0)} ms)`);
console.log(`throughput ratio (extraction / raw tag): ${(median(raw) / median(full)).toFixed(2)}`);
