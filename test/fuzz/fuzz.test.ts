/**
 * The CI share of the fuzzing: a few thousand random documents through the
 * core and the features (scripts/fuzz.ts runs the long campaign).
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { documentArbitrary } from './arbitraries';
import { checkDocument } from './properties';
import { propertySeed } from '../support/propertySeed';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

test(`${RUNS} random documents: no exception, ranges inside the text on UTF-16 boundaries`, () => {
  fc.assert(
    fc.property(documentArbitrary(), fc.nat(), (text, probe) => {
      checkDocument(text, probe);
    }),
    { numRuns: RUNS, seed: propertySeed() },
  );
});

test('hand-picked hostile documents', () => {
  const cases = ['', '\uD800', '\uDC00\uD800', '𠮷'.repeat(5000), '\r'.repeat(100), 'a\u0000b', '# \n# \r\n●', '“'.repeat(50), '\uFEFF区委书记𠮷𠮷带队', '简讯\r\n● \r\n', '区委书记王某某带队检查安全生产工作。\n𐀀\udc00\n。\n'];
  for (const text of cases) checkDocument(text, 7);
});
