/** Small helpers shared by the benchmark parts: timing, order statistics, memory of a process, the machine. */
import * as fs from 'node:fs';
import * as os from 'node:os';

/** Milliseconds since `started` (from `now()`). */
export function since(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export const now = (): bigint => process.hrtime.bigint();

/** The value at quantile `q` (0.5: median, 0.95: p95), nearest rank. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (values: number[]): number => quantile(values, 0.5);

/** Resident and peak resident memory of a process, in MB (Linux /proc; undefined elsewhere). */
export function memoryOf(pid: number): { rssMb?: number; peakMb?: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return {};
  }
}

/** The machine, for the record. */
export function machine(): string {
  const cpus = os.cpus();
  const [l1, l5] = os.loadavg();
  return [
    `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}`,
    `${Math.round(os.totalmem() / 1024 ** 3)} GB RAM`,
    `${os.type()} ${os.release()}`,
    `Node ${process.version}`,
    `load average ${l1.toFixed(1)} / ${l5.toFixed(1)} at start`,
  ].join(', ');
}

/** A number with `digits` decimals, or '—' when it is not one. */
export function fmt(value: number | undefined, digits = 0): string {
  return value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
}

/** A Markdown table. */
export function table(header: string[], rows: string[][], align: ('l' | 'r')[] = []): string {
  const sep = header.map((_, i) => (align[i] === 'l' ? '---' : '---:'));
  return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** 'met' or the gap, for a figure that should stay at or below `target`. */
export function verdict(value: number | undefined, target: number, unit = ''): string {
  if (value === undefined || Number.isNaN(value)) return 'not measured';
  return value <= target ? 'met' : `gap: ${fmt(value, value < 10 ? 2 : 0)}${unit} > ${target}${unit}`;
}
