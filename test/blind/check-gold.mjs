#!/usr/bin/env node
// Checks test/blind/gold.json against test/blind/texts/.
//
//   node test/blind/check-gold.mjs
//
// Every entity's span must slice to its text; every headline (and its alt)
// must occur in its file; every repeated paragraph must start with its text
// and have an earlier copy of the kind claimed. Also checks the length of
// each bulletin (2 000–6 000 characters, spaces not counted) and warns when
// an entity also occurs in the seed bulletins or in the held-out set's texts
// (the set is meant to share no names with either). Exit status 1 on errors.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8')).files;
const textDir = join(here, 'texts');
const seedDir = join(here, '..', '..', 'seeds');
const seeds = existsSync(seedDir)
  ? readdirSync(seedDir).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(seedDir, n), 'utf8')).join('\n')
  : '';
const heldoutDir = join(here, '..', 'heldout', 'texts');
const heldout = existsSync(heldoutDir)
  ? readdirSync(heldoutDir).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(heldoutDir, n), 'utf8')).join('\n')
  : '';
const heldoutGold = existsSync(join(here, '..', 'heldout', 'gold.json'))
  ? new Set(Object.values(JSON.parse(readFileSync(join(here, '..', 'heldout', 'gold.json'), 'utf8')).files).flatMap((f) => f.entities.map((e) => e.text)))
  : new Set();
// Well-known national names and formulas the brief asks for; they may occur anywhere.
const national = new Set(['习近平', '我为群众办实事', '中国共产党', '新华社', '中共', '两个维护', '两个确立', '放管服', '六稳六保', '最多跑一次', '不忘初心、牢记使命', '四个意识', '四个自信', '人民至上、生命至上', '宁可十防九空，不可失防万一',
  '三个务必', '千万工程', '枫桥经验', '双减', '接诉即办', '六稳', '六保', '四下基层', '三会一课', '一网通办',
  '双随机、一公开', '两个毫不动摇', '有事好商量', '民族团结一家亲', '三个离不开', '访惠聚', '马上就办']);

const errors = [];
const warnings = [];
const read = (n) => readFileSync(join(textDir, n), 'utf8').replace(/^\uFEFF/, '');
const paragraphs = (t) => {
  const out = [];
  const re = /[^\r\n]+/g;
  let m;
  while ((m = re.exec(t))) {
    const s = m[0].replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (s) out.push({ text: s, start: m.index + m[0].indexOf(s) });
  }
  return out;
};
const bigrams = (s) => {
  const m = new Map();
  for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
  return m;
};
const dice = (a, b) => {
  const A = bigrams(a);
  const B = bigrams(b);
  let both = 0;
  for (const [k, v] of A) both += Math.min(v, B.get(k) ?? 0);
  return (2 * both) / Math.max(1, a.length - 1 + b.length - 1);
};

const names = Object.keys(gold).sort();
const counts = { files: 0, person: 0, unit: 0, slogan: 0, optionalEntities: 0, articles: 0, sections: 0, subheads: 0, duplicates: 0 };
for (const name of names) {
  const g = gold[name];
  const path = join(textDir, name);
  if (!existsSync(path)) { errors.push(`${name}: no such text`); continue; }
  const text = read(name);
  counts.files++;
  const len = [...text.replace(/\s/g, '')].length;
  if (process.argv.includes('--lengths')) console.log(`${name}: ${len} characters`);
  if (len < 2000 || len > 6000) errors.push(`${name}: ${len} characters (want 2000–6000)`);
  if (/[⟦⟧]/.test(text)) errors.push(`${name}: annotation marker left in the text`);

  for (const e of g.entities) {
    if (!['person', 'unit', 'slogan'].includes(e.type)) errors.push(`${name}: bad type ${e.type}`);
    if (text.slice(e.start, e.end) !== e.text) errors.push(`${name}: ${e.type} ${e.text} at ${e.start} slices to ${text.slice(e.start, e.end)}`);
    if (e.text !== e.text.trim()) errors.push(`${name}: ${e.type} "${e.text}" has spaces at an end`);
    if (e.optional) counts.optionalEntities++;
    else counts[e.type]++;
    if (!national.has(e.text) && seeds.includes(e.text) && e.text.length > 2) warnings.push(`${name}: ${e.type} ${e.text} also occurs in the seeds`);
    // generic office names (县水利局, 市政协) are bound to recur; names with a place or a person are not
    const generic = e.type === 'unit' && /^[省市县区镇乡]/.test(e.text);
    if (!national.has(e.text) && !generic && heldoutGold.has(e.text)) warnings.push(`${name}: ${e.type} ${e.text} is annotated in test/heldout`);
    else if (!national.has(e.text) && !generic && heldout.includes(e.text) && e.text.length > 2) warnings.push(`${name}: ${e.type} ${e.text} also occurs in test/heldout`);
  }
  if (process.argv.includes('--untagged')) {
    // every other occurrence of a tagged text, for the annotator to look at
    for (const t of new Set(g.entities.map((e) => e.text))) {
      for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
        if (!g.entities.some((e) => e.start < i + t.length && i < e.end)) {
          warnings.push(`${name}: untagged ${t}: …${text.slice(Math.max(0, i - 8), i + t.length + 8).replace(/\s+/g, ' ')}…`);
        }
      }
    }
  }
  const sorted = [...g.entities].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start < sorted[i - 1].end) errors.push(`${name}: ${sorted[i - 1].text} overlaps ${sorted[i].text}`);
  }

  for (const a of g.articles) {
    if (!['article', 'section', 'subhead'].includes(a.kind)) errors.push(`${name}: bad kind ${a.kind}`);
    for (const t of [a.title, a.alt].filter(Boolean)) {
      if (!text.includes(t)) errors.push(`${name}: headline not in text: ${t}`);
      if (/^[#\s\u3000]|[\s\u3000]$/.test(t)) errors.push(`${name}: headline has padding: "${t}"`);
    }
    if (a.kind === 'subhead') counts.subheads++;
    else if (a.kind === 'section') counts.sections++;
    else counts.articles++;
  }

  for (const d of g.duplicates) {
    const span = text.slice(d.start, d.end);
    if (!span.startsWith(d.text)) errors.push(`${name}: duplicate at ${d.start} does not start with ${d.text}`);
    if (!(d.of_file in gold) || d.of_file > name) errors.push(`${name}: duplicate of ${d.of_file}, which is not an earlier gold file`);
    const other = d.of_file === name ? text : read(d.of_file);
    const cands = paragraphs(other).filter((p) => d.of_file !== name || p.start !== d.start);
    const norm = (s) => s.replace(/[\s\u3000]/g, '');
    let best = 0;
    let how = '';
    for (const p of cands) {
      if (d.kind === 'exact' && p.text === span && (d.of_file !== name || p.start < d.start)) how = 'exact';
      // partial: one copy is the other cut short (the span is usually the fragment)
      const [x, y] = [norm(p.text), norm(span)];
      if (d.kind === 'partial' && x !== y && (x.startsWith(y) || y.startsWith(x))) how = 'partial';
      best = Math.max(best, dice(norm(p.text), norm(span)));
    }
    if (d.kind === 'near' && best >= 0.75 && best < 1) how = 'near';
    if (how !== d.kind) errors.push(`${name}: ${d.kind} duplicate at ${d.start} (${d.text}…) has no such copy in ${d.of_file} (best similarity ${best.toFixed(3)})`);
    else if (d.kind === 'near') warnings.push(`${name}: near duplicate ${d.text}… similarity ${best.toFixed(3)}`);
    counts.duplicates++;
  }
}

// Repeats the gold does not list: every paragraph of 16+ characters that is
// close to an earlier one (same file or an earlier file) should be covered by
// a duplicate entry, or the gold is incomplete.
{
  const seen = [];
  for (const name of names) {
    if (!existsSync(join(textDir, name))) continue;
    const text = read(name);
    const dups = gold[name].duplicates;
    for (const p of paragraphs(text)) {
      const norm = p.text.replace(/[\s\u3000]/g, '');
      if (norm.length >= 16) {
        const hit = seen.find((q) => dice(q.norm, norm) >= 0.75 || (q.norm.startsWith(norm) && norm.length >= 16) || (norm.startsWith(q.norm) && q.norm.length >= 16));
        const listed = dups.some((d) => d.start < p.start + p.text.length && p.start < d.end);
        if (hit && !listed) errors.push(`${name}: paragraph at ${p.start} (${p.text.slice(0, 20)}…) repeats ${hit.name} but is not in the gold`);
        if (!hit && listed && !dups.find((d) => d.start < p.start + p.text.length && p.start < d.end).kind.startsWith('partial')) {
          // a listed repeat whose earlier copy is found only by the span check above
        }
      }
      seen.push({ name, norm, start: p.start });
    }
  }
}

for (const w of warnings) console.log(`note: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
console.log(Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', '));
process.exit(errors.length ? 1 : 0);
