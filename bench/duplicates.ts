/**
 * How repeated-paragraph search scales: synthetic archives of 1 000, 5 000
 * and 10 000 bulletins (bench/archive.ts, mutated from seeds/) are indexed
 * the way the language server indexes a workspace — read, decode, split into
 * paragraphs, file them — and then every bulletin's repeats are found, as
 * the export does. Each size runs in a fresh process, so its peak RSS is
 * its own.
 *
 *   npm run bench:duplicates [-- --sizes 1000,5000,10000] [--seed 1]
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ALL_CHECKS } from '../server/src/core/checks';
import { Corpus, duplicateOfFinding } from '../server/src/core/corpus';
import { decodeBulletin } from '../server/src/core/decode';
import { loadSamples, type PlantedRepeat, writeArchive } from './archive';

const ROOT = path.resolve(__dirname, '..');
const ONLY_REPEATS = { ...ALL_CHECKS, brokenParagraph: false, doubledPhrase: false };

interface Measurement {
  files: number;
  paragraphs: number;
  indexSeconds: number;
  findSeconds: number;
  /** CPU time of both (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  repeatsFound: number;
  plantedFound: number;
  planted: number;
  editMs: number;
  peakRssMb: number;
  /** JS heap and typed arrays still in use after a full garbage collection, the index alive. */
  retainedMb: number;
}

function main(argv: string[]): void {
  const child = argv.indexOf('--child');
  if (child >= 0) {
    process.stdout.write(JSON.stringify(measure(argv[child + 1])) + '\n');
    return;
  }
  const sizes = (option(argv, '--sizes') ?? '1000,5000,10000').split(',').map(Number);
  const seed = Number(option(argv, '--seed') ?? 1);
  const samples = loadSamples(path.join(ROOT, 'seeds'));
  const rows: Measurement[] = [];
  for (const files of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bulletin-archive-${files}-`));
    try {
      writeArchive(dir, { files, samples, seed });
      const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename, '--child', dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
      if (run.status !== 0) throw new Error(`benchmark of ${files} files failed:\n${run.stderr}`);
      rows.push(JSON.parse(run.stdout.trim().split('\n').pop()!));
      process.stderr.write(`${files} files done\n`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  process.stdout.write(table(rows));
}

/** Indexes the archive in `dir`, finds every repeat, and times an edit; runs in its own process. */
function measure(dir: string): Measurement {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'planted.json'), 'utf8')) as Record<string, PlantedRepeat[]>;
  const files = listTxt(dir).sort();
  const corpus = new Corpus({ tag: () => [] });
  const cpu = process.cpuUsage();
  let started = process.hrtime.bigint();
  for (const file of files) corpus.add(path.relative(dir, file), decodeBulletin(fs.readFileSync(file)));
  const indexSeconds = seconds(started);

  started = process.hrtime.bigint();
  let repeatsFound = 0;
  let plantedFound = 0;
  for (const file of files) {
    const doc = path.relative(dir, file);
    const repeats = corpus.findings(doc, 'zh', ONLY_REPEATS).filter((f) => duplicateOfFinding(f));
    repeatsFound += repeats.length;
    for (const p of manifest[doc] ?? []) if (repeats.some((r) => overlap(r, p) >= (p.end - p.start) / 2)) plantedFound++;
  }
  const findSeconds = seconds(started);
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const planted = Object.values(manifest).reduce((n, list) => n + list.length, 0);
  const editMs = editMilliseconds(corpus, path.relative(dir, files[Math.floor(files.length / 2)]));
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  return {
    files: files.length,
    paragraphs: corpus.size().paragraphs,
    indexSeconds,
    findSeconds,
    cpuSeconds,
    repeatsFound,
    plantedFound,
    planted,
    editMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    retainedMb: (memory.heapUsed + memory.arrayBuffers) / 1048576,
  };
}

/** Median time to re-index one bulletin after a one-character edit and find its repeats (the per-keystroke path). */
function editMilliseconds(corpus: Corpus, doc: string): number {
  const text = corpus.text(doc)!;
  const times: number[] = [];
  for (let i = 0; i < 41; i++) {
    const at = Math.floor((text.length * (i + 1)) / 43);
    const started = process.hrtime.bigint();
    corpus.add(doc, text.slice(0, at) + '改' + text.slice(at));
    corpus.findings(doc, 'zh', ONLY_REPEATS);
    times.push(seconds(started) * 1000);
  }
  return times.sort((a, b) => a - b)[20];
}

function table(rows: Measurement[]): string {
  const header =
    '| files | paragraphs indexed | index (s) | find all repeats (s) | total (s) | CPU (s) | CPU µs per paragraph | peak RSS (MB) | retained (MB) | edit + re-check (ms) | planted repeats found |';
  const lines = [header, '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    const total = r.indexSeconds + r.findSeconds;
    lines.push(
      `| ${r.files} | ${r.paragraphs} | ${r.indexSeconds.toFixed(2)} | ${r.findSeconds.toFixed(2)} | ${total.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${((r.cpuSeconds * 1e6) / r.paragraphs).toFixed(1)} | ${Math.round(r.peakRssMb)} | ${Math.round(r.retainedMb)} | ${r.editMs.toFixed(2)} | ${r.plantedFound}/${r.planted} (${((100 * r.plantedFound) / r.planted).toFixed(1)} %) |`,
    );
  }
  const at = (n: number) => rows.find((r) => r.files === n);
  const [mid, big] = [at(5000), at(10000)];
  if (mid && big) {
    const t = (r: Measurement) => r.indexSeconds + r.findSeconds;
    lines.push(
      '',
      `Growth 5 000 → 10 000 files (2× the files): CPU time ×${(big.cpuSeconds / mid.cpuSeconds).toFixed(2)}, wall time ×${(t(big) / t(mid)).toFixed(2)} (index ×${(big.indexSeconds / mid.indexSeconds).toFixed(2)}, ` +
        `find ×${(big.findSeconds / mid.findSeconds).toFixed(2)}), peak RSS ×${(big.peakRssMb / mid.peakRssMb).toFixed(2)}, retained ×${(big.retainedMb / mid.retainedMb).toFixed(2)} (linear: ×2, quadratic: ×4).`,
    );
  }
  return lines.join('\n') + '\n';
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function seconds(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function listTxt(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listTxt(full);
    return e.name.endsWith('.txt') ? [full] : [];
  });
}

main(process.argv.slice(2));
