/**
 * Texts for the benchmarks: bulletins of a given size, made by joining
 * synthetic bulletins (archive.ts: the samples' layouts, their sentences
 * reordered and a third of their characters replaced), so that a megabyte is
 * a megabyte of different text — the samples merely repeated would let any
 * per-paragraph cache answer most of it.
 */
import * as path from 'node:path';
import { generateArchive, loadSamples } from './archive';

export const ROOT = path.resolve(__dirname, '..');

let samples: string[] | undefined;

/** The sample bulletins (seeds/). */
export function sampleTexts(): string[] {
  samples ??= loadSamples(path.join(ROOT, 'seeds'));
  return samples;
}

/** One bulletin of about `bytes` bytes of UTF-8: synthetic issues one after another, a blank line between. */
export function bulletinOfSize(bytes: number, seed = 11): string {
  const parts: string[] = [];
  let size = 0;
  for (const b of generateArchive({ files: Number.MAX_SAFE_INTEGER, samples: sampleTexts(), seed })) {
    parts.push(b.text);
    size += Buffer.byteLength(b.text) + 2;
    if (size >= bytes) break;
  }
  return cutAtLine(parts.join('\n\n'), bytes);
}

/** The text up to the last line break before `bytes` of UTF-8. */
function cutAtLine(text: string, bytes: number): string {
  const buffer = Buffer.from(text);
  if (buffer.length <= bytes) return text;
  const head = buffer.subarray(0, bytes).toString('utf8');
  return head.slice(0, head.lastIndexOf('\n') + 1);
}

/** A size for people: 50 kB, 1 MB. */
export function sizeLabel(bytes: number): string {
  return bytes >= 0.95 * 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`;
}
