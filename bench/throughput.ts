/**
 * Part 1: how fast the whole core analyses new text — outline, entities and
 * repeated paragraphs — against raw nodejieba.tag on the same text in the
 * same process (the floor: no analysis beats it without caching). Each round
 * uses a fresh corpus, so nothing is cached from an earlier round; tag and
 * analysis are interleaved so both see the same machine. Also times the
 * per-keystroke path: one character inserted into the analysed text.
 *
 * Run by run.ts in a child process; prints one JSON line per size.
 */
import { Corpus } from '../server/src/core/corpus';
import { getJieba } from '../server/src/core/jieba';
import { median, now, since } from './stats';
import { bulletinOfSize } from './texts';

export interface ThroughputRow {
  bytes: number;
  chars: number;
  rounds: number;
  rawMs: number;
  /** nodejieba.tag on the same text in 32 kB pieces (as the analysis sends it): on 10 MB, one call is slower than the pieces. */
  rawPiecesMs: number;
  fullMs: number;
  /** CPU time (user + system) of the median analysis round over that of the median tag round. */
  cpuRatio: number;
  editMs: number;
  entities: number;
  findings: number;
}

function cpuMs(run: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = now();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: since(started), cpu: (used.user + used.system) / 1000 };
}

export function measureThroughput(bytes: number, rounds: number): ThroughputRow {
  const jieba = getJieba();
  const text = bulletinOfSize(bytes);
  const analyse = () => {
    const corpus = new Corpus(jieba);
    const model = corpus.set('doc', text);
    return { corpus, model, findings: corpus.findings('doc') };
  };
  // Warm-up: the first call of each pays for compilation, not for the work.
  jieba.tag(text);
  const first = analyse();
  const raw: { wall: number; cpu: number }[] = [];
  const pieces: number[] = [];
  const full: { wall: number; cpu: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    raw.push(cpuMs(() => jieba.tag(text)));
    pieces.push(cpuMs(() => tagInPieces(jieba, text)).wall);
    full.push(cpuMs(() => analyse()));
  }
  const byWall = (xs: { wall: number; cpu: number }[]) => [...xs].sort((a, b) => a.wall - b.wall)[Math.floor(xs.length / 2)];
  return {
    bytes: Buffer.byteLength(text),
    chars: text.length,
    rounds,
    rawMs: median(raw.map((x) => x.wall)),
    rawPiecesMs: median(pieces),
    fullMs: median(full.map((x) => x.wall)),
    cpuRatio: byWall(full).cpu / byWall(raw).cpu,
    editMs: editMilliseconds(first.corpus, text),
    entities: first.model.entities.length,
    findings: first.findings.length,
  };
}

/** Tags the text in pieces of about 32 kB, cut at line breaks. */
function tagInPieces(jieba: { tag(text: string): unknown }, text: string): void {
  for (let start = 0; start < text.length; ) {
    const cut = text.indexOf('\n', start + 32768);
    const end = cut < 0 ? text.length : cut + 1;
    jieba.tag(text.slice(start, end));
    start = end;
  }
}

/** Median time to analyse again after one character is typed into a body paragraph, and find the repeats. */
function editMilliseconds(corpus: Corpus, text: string): number {
  const times: number[] = [];
  let current = text;
  for (let i = 0; i < 9; i++) {
    const at = current.indexOf('。', Math.floor((current.length * (i + 1)) / 11));
    current = `${current.slice(0, at)}改${current.slice(at)}`;
    const started = now();
    corpus.set('doc', current);
    corpus.findings('doc');
    times.push(since(started));
  }
  return median(times);
}

if (require.main === module) {
  const [bytes, rounds] = process.argv.slice(2).map(Number);
  process.stdout.write(`${JSON.stringify(measureThroughput(bytes, rounds))}\n`);
}
