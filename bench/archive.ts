/**
 * Synthetic archives of bulletins, built by mutating sample bulletins, for
 * benchmarks. Deterministic for a given seed.
 *
 * Each bulletin follows the layout of one sample (headlines, bylines, blank
 * lines, page-break cuts and all). Most body paragraphs are rewritten into
 * new text: sentences reordered and about a third of the Han characters
 * replaced by others drawn from the samples, so paragraphs of different
 * bulletins are about as alike as different news in the same style. Some
 * paragraphs repeat an earlier bulletin's paragraph instead — exactly, with
 * a few characters or punctuation widths changed, or cut short by a page
 * break — and the archive lists where each repeat was planted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ArchiveOptions {
  /** How many bulletins. */
  files: number;
  /** The sample bulletins' texts (the layouts and the characters to draw from). */
  samples: string[];
  /** PRNG seed (default 1). */
  seed?: number;
  /** Share of body paragraphs that repeat an earlier bulletin's (default 0.08). */
  repeatRate?: number;
  /** Share of body paragraphs repeated later in the same bulletin (default 0.02). */
  inFileRepeatRate?: number;
}

export type PlantedKind = 'exact' | 'near' | 'partial';

/** A repeat put into the archive: the later copy's span, and the bulletin holding the earlier one. */
export interface PlantedRepeat {
  kind: PlantedKind;
  start: number;
  end: number;
  of: string;
}

export interface SyntheticBulletin {
  /** A relative path, `vol003/003141.txt`: sorted paths are in publication order. */
  name: string;
  text: string;
  planted: PlantedRepeat[];
}

/** Paragraphs at least this long, with sentence punctuation, are body text that may be rewritten or repeated. */
const BODY = 24;
/** How many earlier paragraphs a repeat may be drawn from. */
const MEMORY = 4000;

/** The bulletins of an archive, one at a time, in publication order. */
export function* generateArchive(options: ArchiveOptions): Generator<SyntheticBulletin> {
  const random = prng(options.seed ?? 1);
  const alphabet = [...options.samples.join('')].filter((c) => /\p{Script=Han}/u.test(c));
  const layouts = options.samples.map((s) => s.split(/\r?\n/));
  const memory: { text: string; file: string }[] = [];
  const repeatRate = options.repeatRate ?? 0.08;
  const inFileRate = options.inFileRepeatRate ?? 0.02;
  for (let i = 0; i < options.files; i++) {
    const name = `vol${String(Math.floor(i / 1000)).padStart(3, '0')}/${String(i).padStart(6, '0')}.txt`;
    const lines: string[] = [];
    const planted: (Omit<PlantedRepeat, 'start' | 'end'> & { line: number })[] = [];
    const ownBodies: string[] = [];
    for (const line of layouts[i % layouts.length]) {
      const text = line.trim();
      if (!isBody(text)) {
        lines.push(text.length && random() < 0.5 ? replaceChars(line, 0.3, alphabet, random) : line);
        continue;
      }
      const roll = random();
      if (roll < repeatRate && memory.length) {
        const source = memory[Math.floor(random() * memory.length)];
        const kind: PlantedKind = random() < 0.5 ? 'exact' : random() < 0.6 ? 'near' : 'partial';
        planted.push({ kind, of: source.file, line: lines.length });
        lines.push(repeatOf(source.text, kind, alphabet, random));
        continue;
      }
      const fresh = rewrite(text, alphabet, random);
      lines.push(fresh);
      ownBodies.push(fresh);
      if (random() < inFileRate && ownBodies.length > 1) {
        planted.push({ kind: 'exact', of: name, line: lines.length + 1 });
        lines.push('', ownBodies[Math.floor(random() * (ownBodies.length - 1))]);
      }
    }
    for (const b of ownBodies) remember(memory, { text: b, file: name }, random);
    const text = lines.join('\n');
    yield { name, text, planted: placed(lines, planted) };
  }
}

/** Writes an archive below `dir` with a manifest of planted repeats (planted.json). */
export function writeArchive(dir: string, options: ArchiveOptions): { files: number; bytes: number; planted: number } {
  let bytes = 0;
  const manifest: Record<string, PlantedRepeat[]> = {};
  for (const b of generateArchive(options)) {
    const file = path.join(dir, b.name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, b.text);
    bytes += Buffer.byteLength(b.text);
    if (b.planted.length) manifest[b.name] = b.planted;
  }
  fs.writeFileSync(path.join(dir, 'planted.json'), JSON.stringify(manifest));
  const planted = Object.values(manifest).reduce((n, list) => n + list.length, 0);
  return { files: options.files, bytes, planted };
}

/** The sample bulletins of a folder (its *.txt files, sorted). */
export function loadSamples(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\ufeff/, ''));
}

function isBody(text: string): boolean {
  return text.length >= BODY && /[。，,；]/.test(text) && !text.startsWith('#');
}

/** New text in the paragraph's shape: its sentences reordered, a third of its Han characters replaced. */
function rewrite(text: string, alphabet: string[], random: () => number): string {
  const sentences = text.match(/[^。！？；]+[。！？；]?/g) ?? [text];
  for (let i = sentences.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sentences[i], sentences[j]] = [sentences[j], sentences[i]];
  }
  return replaceChars(sentences.join(''), 0.35, alphabet, random);
}

function replaceChars(text: string, share: number, alphabet: string[], random: () => number): string {
  return [...text].map((c) => (/\p{Script=Han}/u.test(c) && random() < share ? alphabet[Math.floor(random() * alphabet.length)] : c)).join('');
}

/** A later copy of `text`: the same, a few characters or widths changed, or cut short by a page break. */
function repeatOf(text: string, kind: PlantedKind, alphabet: string[], random: () => number): string {
  const chars = [...text];
  if (kind === 'exact') return text;
  if (kind === 'partial') {
    const n = Math.max(16, Math.floor(chars.length * (0.3 + 0.5 * random())));
    return (random() < 0.6 ? chars.slice(0, n) : chars.slice(-n)).join('');
  }
  const edits = 1 + Math.floor(random() * Math.max(1, chars.length / 40));
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * chars.length);
    const how = random();
    if (how < 0.4) chars[at] = alphabet[Math.floor(random() * alphabet.length)];
    else if (how < 0.6) chars.splice(at, 0, alphabet[Math.floor(random() * alphabet.length)]);
    else if (how < 0.8 && chars.length > 30) chars.splice(at, 1);
    else for (let k = 0; k < chars.length; k++) if (chars[k] === '，') chars[k] = ',';
  }
  return chars.join('');
}

/** Keeps a bounded, random sample of earlier paragraphs (reservoir-like replacement). */
function remember(memory: { text: string; file: string }[], item: { text: string; file: string }, random: () => number): void {
  if (memory.length < MEMORY) memory.push(item);
  else memory[Math.floor(random() * MEMORY)] = item;
}

/** Planted repeats with their UTF-16 spans in the joined text. */
function placed(lines: string[], planted: (Omit<PlantedRepeat, 'start' | 'end'> & { line: number })[]): PlantedRepeat[] {
  const starts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    starts.push(offset);
    offset += l.length + 1;
  }
  return planted.map(({ line, ...p }) => ({ ...p, start: starts[line], end: starts[line] + lines[line].length }));
}

/** mulberry32: a small, fast, seedable PRNG (the same numbers from run to run). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
