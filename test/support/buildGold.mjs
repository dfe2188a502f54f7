// Builds an evaluation set (test/heldout, test/train, test/blind,
// test/blind2) from its annotated sources; each set's build-gold.mjs calls
// it with its own folder.
//
// Reads SET/src/*.txt (bulletin text with inline annotation markers),
// writes the plain bulletins to SET/texts/ and the gold annotation to
// SET/gold.json. Offsets are computed here, in JavaScript, so they are
// UTF-16 code units like the export's; nobody counts them by hand.
//
// Markers (the brackets ⟦ ⟧ never occur in the bulletins):
//
//   ⟦p:王芳⟧ ⟦u:县委组织部⟧ ⟦s:三查三改⟧     person / unit / slogan, the text as written
//   ⟦p?:…⟧ ⟦u?:…⟧ ⟦s?:…⟧                     the same, optional (debatable)
//   ⟦A⟧…⟦/A⟧  ⟦S⟧…⟦/S⟧  ⟦H⟧…⟦/H⟧             article headline / section title / subhead
//   ⟦A?⟧…⟦/A⟧ (likewise S?, H?)               optional headline (teasers, captions)
//   ⟦alt⟧…⟦/alt⟧                              the other line of a headline printed over
//                                             two lines (or its kicker); belongs to the
//                                             nearest headline marker
//   ⟦D:KIND:FILE⟧…⟦/D⟧  ⟦D?:KIND:FILE⟧…⟦/D⟧   repeated paragraph (KIND exact|near|partial),
//                                             FILE holds the other copy, "=" for this file
//   ⟦#…⟧                                      a note for the annotator; dropped
//
// Markers nest (entities inside headlines and repeated paragraphs). Lines
// starting with "%%" before the text are directives: "%% crlf" writes the
// file with CRLF line ends, "%% bom" prefixes a byte-order mark.
import { readFileSync, writeFileSync, readdirSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const KINDS = { A: 'article', S: 'section', H: 'subhead' };
const TYPES = { p: 'person', u: 'unit', s: 'slogan' };

/** Parses one annotated source into { text, entities, articles, duplicates, directives }. */
export function parseSource(name, source) {
  const directives = new Set();
  let body = source.replace(/\r\n/g, '\n');
  while (body.startsWith('%%')) {
    const nl = body.indexOf('\n');
    directives.add(body.slice(2, nl).trim());
    body = body.slice(nl + 1);
  }
  // Offsets are those of the file as written, so a CRLF file is converted
  // before the markers are read.
  if (directives.has('crlf')) body = body.replace(/\n/g, '\r\n');
  const fail = (msg, at) => {
    const line = body.slice(0, at).split('\n').length;
    throw new Error(`${name}:${line}: ${msg}`);
  };

  let out = '';
  const entities = [];
  const heads = []; // { kind, optional, start, end }
  const alts = []; // { start, end }
  const dups = [];
  const stack = []; // open span markers
  const re = /⟦([^⟦⟧]*)⟧/g;
  let last = 0;
  let m;
  while ((m = re.exec(body))) {
    out += body.slice(last, m.index);
    last = re.lastIndex;
    const tag = m[1];
    let t;
    if ((t = /^([pus])(\??):(.+)$/s.exec(tag))) {
      const start = out.length;
      out += t[3];
      entities.push({ type: TYPES[t[1]], text: t[3], start, end: out.length, optional: t[2] === '?' });
    } else if ((t = /^([ASH])(\??)$/.exec(tag))) {
      stack.push({ tag: t[1], optional: t[2] === '?', start: out.length, at: m.index });
    } else if (tag === 'alt') {
      stack.push({ tag: 'alt', start: out.length, at: m.index });
    } else if ((t = /^D(\??):(exact|near|partial):(.+)$/.exec(tag))) {
      stack.push({ tag: 'D', optional: t[1] === '?', kind: t[2], of: t[3] === '=' ? name : t[3], start: out.length, at: m.index });
    } else if ((t = /^\/(A|S|H|alt|D)$/.exec(tag))) {
      const open = stack.pop();
      const want = open && (open.tag === 'alt' || open.tag === 'D' ? open.tag : 'ASH'.includes(open.tag) ? open.tag : '');
      if (!open || want !== t[1]) fail(`⟦${tag}⟧ closes ${open ? open.tag : 'nothing'}`, m.index);
      const span = { start: open.start, end: out.length };
      if (t[1] === 'alt') alts.push(span);
      else if (t[1] === 'D') dups.push({ ...span, kind: open.kind, of_file: open.of, optional: open.optional });
      else heads.push({ ...span, kind: KINDS[open.tag], optional: open.optional });
    } else if (tag.startsWith('#')) {
      // annotator's note
    } else {
      fail(`unknown marker ⟦${tag}⟧`, m.index);
    }
  }
  out += body.slice(last);
  if (stack.length) fail(`unclosed ⟦${stack.at(-1).tag}⟧`, stack.at(-1).at);
  if (/[⟦⟧]/.test(out)) throw new Error(`${name}: stray bracket`);

  heads.sort((a, b) => a.start - b.start);
  const articles = heads.map((h) => ({ title: out.slice(h.start, h.end), kind: h.kind, optional: h.optional }));
  for (const a of alts) {
    let best = -1;
    let dist = Infinity;
    heads.forEach((h, i) => {
      // a headline inside the alt span (【⟦S⟧工作动态⟦/S⟧】) wins; else the nearest one
      const inside = h.start >= a.start && h.end <= a.end;
      const d = inside ? -1 : h.start >= a.end ? h.start - a.end : a.start - h.end;
      if (d >= -1 && d < dist) { dist = d; best = i; }
    });
    if (best < 0) throw new Error(`${name}: ⟦alt⟧ without a headline`);
    articles[best].alt = out.slice(a.start, a.end);
  }
  entities.sort((a, b) => a.start - b.start);
  dups.sort((a, b) => a.start - b.start);
  const duplicates = dups.map((d) => ({ ...d, text: out.slice(d.start, Math.min(d.end, d.start + 20)) }));
  return { text: out, entities, articles, duplicates, directives };
}

/** Writes `setDir`/texts/ and `setDir`/gold.json from `setDir`/src/. */
export function buildGold(setDir) {
  const srcDir = join(setDir, 'src');
  const textDir = join(setDir, 'texts');
  mkdirSync(textDir, { recursive: true });
  const names = readdirSync(srcDir).filter((n) => n.endsWith('.txt')).sort();
  // a text whose source is gone must not linger
  for (const n of readdirSync(textDir)) if (n.endsWith('.txt') && !names.includes(n)) rmSync(join(textDir, n));
  const files = {};
  for (const name of names) {
    const { text, entities, articles, duplicates, directives } = parseSource(name, readFileSync(join(srcDir, name), 'utf8'));
    writeFileSync(join(textDir, name), (directives.has('bom') ? '\uFEFF' : '') + text);
    files[name] = { entities, articles, duplicates };
  }
  writeFileSync(join(setDir, 'gold.json'), JSON.stringify({ files }, null, 1) + '\n');
  console.error(`wrote ${names.length} files and gold.json`);
}

