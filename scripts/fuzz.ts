// The long fuzzing campaign: N random documents (default 100 000) through the
// core and every feature, with the same properties as test/fuzz. Prints how
// many documents exercised each part and stops at the first failure with
// fast-check's shrunk counterexample.
//   node --import tsx scripts/fuzz.ts [N] [seed]
import fc from 'fast-check';
import { documentArbitrary } from '../test/fuzz/arbitraries';
import { checkDocument } from '../test/fuzz/properties';
import { Corpus } from '../server/src/core/corpus';
import { tagger } from '../test/support/tagger';

const runs = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const seen = { documents: 0, bulletins: 0, withEntities: 0, withOutline: 0, withFindings: 0, surrogates: 0, crlf: 0 };
const started = Date.now();

fc.assert(
  fc.property(documentArbitrary(), fc.nat(), (text, probe) => {
    seen.documents++;
    const corpus = new Corpus(tagger);
    const model = corpus.set('file:///d.txt', text);
    if (model.isBulletin) seen.bulletins++;
    if (model.entities.length) seen.withEntities++;
    if (model.outline.length) seen.withOutline++;
    if (corpus.findings('file:///d.txt').length) seen.withFindings++;
    if (/[\uD800-\uDFFF]/.test(text)) seen.surrogates++;
    if (text.includes('\r')) seen.crlf++;
    checkDocument(text, probe);
  }),
  { numRuns: runs, seed },
);
console.log(JSON.stringify({ seed, seconds: (Date.now() - started) / 1000, ...seen }, null, 1));
