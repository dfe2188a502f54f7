/**
 * The performance benchmark (issue 7): one run measures, side by side,
 *   1. analysis throughput of the whole core against raw nodejieba.tag,
 *   2. request latency through the real server on 50 kB, 1 MB and 10 MB,
 *   3. a workspace of 1 000, 5 000 and 10 000 bulletins,
 *   4. start-up,
 * and prints each figure with its target. It reports; it never fails on
 * timing. Each measurement runs in a process of its own.
 *
 *     npm run bench [-- --quick] [--parts throughput,latency,scale,startup]
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LatencyRow } from './latency';
import type { ScaleRow } from './scale';
import type { StartupRow } from './startup';
import { fmt, machine, table, verdict } from './stats';
import { ROOT, sizeLabel } from './texts';
import type { ThroughputRow } from './throughput';

const MB = 1024 * 1024;
const quick = process.argv.includes('--quick');
const partsArg = process.argv[process.argv.indexOf('--parts') + 1];
const parts = new Set(process.argv.includes('--parts') ? partsArg.split(',') : ['throughput', 'latency', 'scale', 'startup']);

const PLAN = quick
  ? { throughput: [[MB, 3], [10 * MB, 1]], latency: [[50 * 1024, 30], [MB, 10], [10 * MB, 4]], scale: [500, 1000, 2000], startup: 3 }
  : { throughput: [[MB, 5], [10 * MB, 2]], latency: [[50 * 1024, 100], [MB, 40], [10 * MB, 12]], scale: [1000, 5000, 10000], startup: 5 };

/** Runs one measurement in its own process and returns its JSON line. */
function child<T>(script: string, args: (string | number)[]): T {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(__dirname, script), ...args.map(String)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as T;
}

function log(what: string): void {
  process.stderr.write(`[bench] ${what}\n`);
}

function throughputPart(): string {
  const rows = PLAN.throughput.map(([bytes, rounds]) => {
    log(`throughput on ${sizeLabel(bytes)}`);
    return child<ThroughputRow>('throughput.ts', [bytes, rounds]);
  });
  const body = rows.map((r) => {
    const ratio = r.fullMs / r.rawMs;
    return [
      sizeLabel(r.bytes), String(r.rounds), fmt(r.rawMs), fmt(r.rawPiecesMs), fmt(r.fullMs), fmt(ratio, 2), fmt(r.fullMs / r.rawPiecesMs, 2), fmt(r.cpuRatio, 2),
      fmt(r.editMs, 1), String(r.entities), '≤ 1.5×', verdict(ratio, 1.5, '×'),
    ];
  });
  return [
    '### 1. Analysis throughput (outline + entities + repeats, fresh corpus each round)',
    '',
    table(['text', 'rounds', 'nodejieba.tag, one call (ms)', 'tag in 32 kB pieces (ms)', 'full analysis (ms)', 'ratio to one call', 'ratio to pieces', 'ratio (CPU, to one call)', 'one-character edit, re-analysed (ms)', 'entities', 'target', 'where we stand'], body),
    '',
    'The text is synthetic bulletins (the samples rewritten, bench/archive.ts) joined to the size, so that no paragraph cache can answer it. The analysis tags in pieces of about 32 kB; on 10 MB one call of nodejieba.tag is itself slower than the pieces, so the ratio to the pieces is the fairer one there.',
  ].join('\n');
}

function latencyPart(): string {
  const rows = PLAN.latency.map(([bytes, samples]) => {
    log(`request latency on ${sizeLabel(bytes)}`);
    return child<LatencyRow>('latency.ts', [bytes, samples]);
  });
  // The targets; on 10 MB "usable" is read as a hover answered within 100 ms even right after an edit.
  const target = (kind: string, bytes: number): number | undefined => {
    if (bytes <= 100 * 1024) return kind === 'edit → diagnostics' ? 50 : ['hover', 'documentSymbol', 'semanticTokens'].includes(kind) ? 10 : undefined;
    if (bytes <= 2 * MB) return kind === 'edit → diagnostics' ? 300 : undefined;
    return kind === 'hover after an edit' ? 100 : undefined;
  };
  const body: string[][] = [];
  for (const r of rows) {
    for (const [kind, t] of Object.entries(r.requests)) {
      const goal = target(kind, r.bytes);
      body.push([sizeLabel(r.bytes), kind, String(t.n), fmt(t.median, 1), fmt(t.p95, 1), goal === undefined ? '—' : `p95 < ${goal} ms`, goal === undefined ? '' : verdict(t.p95, goal, ' ms')]);
    }
  }
  const opening = rows.map((r) => `${sizeLabel(r.bytes)}: diagnostics ${fmt(r.openToDiagnosticsMs)} ms, semantic tokens ${fmt(r.openToTokensMs)} ms after didOpen; server RSS ${fmt(r.rssMb)} MB`);
  return [
    '### 2. Request latency through the server (stdio)',
    '',
    table(['bulletin', 'request', 'n', 'median (ms)', 'p95 (ms)', 'target', 'where we stand'], body),
    '',
    'On opening: ' + opening.join('; ') + '.',
    '"hover after an edit" is sent right after a didChange, before its diagnostics: it shows whether a request waits behind the analysis (10 MB: the issue asks only that it does not; 100 ms is our reading of "usable").',
  ].join('\n');
}

function scalePart(): string {
  const rows = PLAN.scale.map((files) => {
    log(`archive of ${files} files`);
    return child<ScaleRow>('scale.ts', [files]);
  });
  const body = rows.map((r) => [
    String(r.files), fmt(r.megabytes, 0), fmt(r.duplicatesSeconds, 1), fmt(r.entitiesSeconds, 1) + (r.entityProgress ? '' : ' (blocking)'),
    `${fmt(r.duringIndexing.median, 1)} / ${fmt(r.duringIndexing.max)}`, fmt(r.workspaceSymbolMs), fmt(r.hoverMs, 1), fmt(r.referencesMs), fmt(r.peakMb), fmt(r.rssMb), String(r.crossFileRepeats),
  ]);
  const [, mid, big] = rows;
  const growth = (f: (r: ScaleRow) => number) => (mid && big ? f(big) / f(mid) : NaN);
  const biggest = rows.at(-1)!;
  const lines = [
    '### 3. Archive scale (workspace of synthetic bulletins, one of them open)',
    '',
    table(['files', 'MB', 'repeats indexed (s)', 'entities indexed (s)', 'documentSymbol while indexing, median / max (ms)', 'workspace symbols (ms)', 'hover (ms)', 'references (ms)', 'peak RSS (MB)', 'RSS after (MB)', 'cross-file repeats on the open file'], body),
    '',
  ];
  if (mid && big) {
    lines.push(
      `Growth ${mid.files} → ${big.files} files: repeats ×${fmt(growth((r) => r.duplicatesSeconds), 2)}, entities ×${fmt(growth((r) => r.entitiesSeconds), 2)}, peak memory ×${fmt(growth((r) => r.peakMb), 2)}.`,
      '',
      table(['target', 'figure', 'where we stand'], [
        [`repeats of ${biggest.files} files indexed < 20 s`, `${fmt(biggest.duplicatesSeconds, 1)} s`, verdict(biggest.duplicatesSeconds, 20, ' s')],
        ['entities in the background, with progress', biggest.entityProgress ? `progress reported; done after ${fmt(biggest.entitiesSeconds, 1)} s` : 'no', biggest.entityProgress ? 'met' : 'gap'],
        ['memory < 1.5 GB', `${fmt(biggest.peakMb)} MB peak`, verdict(biggest.peakMb, 1536, ' MB')],
        ['doubling the archive ≤ 2.2× time (repeats)', `×${fmt(growth((r) => r.duplicatesSeconds), 2)}`, verdict(growth((r) => r.duplicatesSeconds), 2.2, '×')],
        ['doubling the archive ≤ 2.2× time (entities)', `×${fmt(growth((r) => r.entitiesSeconds), 2)}`, verdict(growth((r) => r.entitiesSeconds), 2.2, '×')],
      ]),
    );
  }
  return lines.join('\n');
}

function startupPart(): string {
  log('start-up');
  const r = child<StartupRow>('startup.ts', [PLAN.startup]);
  return [
    `### 4. Start-up (median of ${r.runs} runs, a 50 kB bulletin opened at once)`,
    '',
    table(['from process start to', 'ms', 'target', 'where we stand'], [
      ['initialize answered (the first request)', fmt(r.initializeMs), '< 1500', verdict(r.initializeMs, 1500, ' ms')],
      ['first documentSymbol answered', fmt(r.firstSymbolsMs), '< 1500', verdict(r.firstSymbolsMs, 1500, ' ms')],
      ['first semantic tokens answered (needs jieba)', fmt(r.firstTokensMs), '—', ''],
    ]),
    '',
    `Resident memory: ${fmt(r.rssAfterInitializeMb)} MB after initialize, ${fmt(r.rssAfterFirstAnswersMb)} MB once the first bulletin is analysed.`,
  ].join('\n');
}

function main(): void {
  const started = Date.now();
  const out: string[] = [`## Bulletin Lens performance${quick ? ' (--quick)' : ''}`, '', `Machine: ${machine()}.`, `Commit: ${commit()}.`, ''];
  const sections: [string, () => string][] = [['throughput', throughputPart], ['latency', latencyPart], ['scale', scalePart], ['startup', startupPart]];
  for (const [name, run] of sections) {
    if (!parts.has(name)) continue;
    const section = run();
    out.push(section, '');
    process.stdout.write(`${section}\n\n`);
  }
  out.push(`Total benchmark time: ${fmt((Date.now() - started) / 60000, 1)} min.`);
  const dir = path.join(ROOT, 'test-output', 'bench');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `latest${quick ? '-quick' : ''}.md`), `${out.join('\n')}\n`);
  process.stdout.write(`${out.at(-1)}\n(also written to test-output/bench/latest${quick ? '-quick' : ''}.md)\n`);
}

function commit(): string {
  const run = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : 'unknown';
}

main();
