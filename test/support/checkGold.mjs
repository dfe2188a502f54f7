// Checks an evaluation set's gold (test/heldout, test/train, test/blind,
// test/blind2); each set's check-gold.mjs calls it with its own folder.
//
//   node test/SET/check-gold.mjs [--lengths] [--untagged]
//
// Every entity's span must slice to its text; every headline (and its alt)
// must occur in its file; every repeated paragraph must start with its text
// and have an earlier copy of the kind claimed; every paragraph that repeats
// an earlier one must be listed. Also checks the length of each bulletin and
// warns when an entity also occurs in the seed bulletins or is annotated in
// the gold of another set (the sets are meant to share no local names; only
// their gold files are read, for the names). `--untagged` lists the other
// occurrences of each tagged text.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Checks SET/gold.json against SET/texts/; prints notes and errors and
 * returns the exit status (1 on errors). `minLength`/`maxLength`: the length
 * each bulletin should have, in characters without white space.
 */
export function checkGold(here, { minLength, maxLength }) {
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8')).files;
const textDir = join(here, 'texts');
const seedDir = join(here, '..', '..', 'seeds');
const seeds = existsSync(seedDir)
  ? readdirSync(seedDir).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(seedDir, n), 'utf8')).join('\n')
  : '';
// Names annotated in the other sets (their gold files only, for the names).
const otherSets = ['heldout', 'train', 'blind', 'blind2'].filter((set) => set !== basename(here));
const others = new Map();
for (const set of otherSets) {
  const p = join(here, '..', set, 'gold.json');
  if (!existsSync(p)) continue;
  for (const f of Object.values(JSON.parse(readFileSync(p, 'utf8')).files)) {
    for (const e of f.entities) if (!others.has(e.text)) others.set(e.text, set);
  }
}
// Well-known national names and formulas the brief asks for; they may occur anywhere.
const national = new Set(['习近平', '我为群众办实事', '中国共产党', '新华社', '中共', '两个维护', '两个确立', '放管服', '六稳六保', '最多跑一次', '不忘初心、牢记使命', '四个意识', '四个自信',
  '双减', '千万工程', '枫桥经验', '接诉即办', '三个务必', '四下基层', '五个必由之路', '四不两直', '三管三必须', '一岗双责', '最后一公里', '一站式', '河长制', '林长制', '六稳', '六保', '国务院', '省委', '市委', '县委', '县政府', '市政府', '中共中央', '四个不摘', '两不愁三保障', '人大常委会',
  '管行业必须管安全、管业务必须管安全、管生产经营必须管安全', '一件事一次办', '人民至上、生命至上', '党政同责、一岗双责、齐抓共管、失职追责', '零容忍', '大病不出县']);

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
  if (len < minLength || len > maxLength) errors.push(`${name}: ${len} characters (want ${minLength}–${maxLength})`);
  if (/[⟦⟧]/.test(text)) errors.push(`${name}: annotation marker left in the text`);

  for (const e of g.entities) {
    if (!['person', 'unit', 'slogan'].includes(e.type)) errors.push(`${name}: bad type ${e.type}`);
    if (text.slice(e.start, e.end) !== e.text) errors.push(`${name}: ${e.type} ${e.text} at ${e.start} slices to ${text.slice(e.start, e.end)}`);
    if (e.text !== e.text.trim()) errors.push(`${name}: ${e.type} "${e.text}" has spaces at an end`);
    if (e.optional) counts.optionalEntities++;
    else counts[e.type]++;
    // generic unit names (市委组织部, 县人社局, 镇党委) are shared by every bulletin
    const generic = e.type === 'unit' && /^(中共)?(省|市|县|区|镇|乡|街道|村|自治区|团|共青团)/.test(e.text);
    if (!national.has(e.text) && !generic && seeds.includes(e.text) && e.text.length > 2) warnings.push(`${name}: ${e.type} ${e.text} also occurs in the seeds`);
    if (!national.has(e.text) && !generic && others.has(e.text) && (e.type === 'person' || e.text.length > 2)) warnings.push(`${name}: ${e.type} ${e.text} is also annotated in test/${others.get(e.text)}`);
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
    // in the same file, the paragraph holding the span itself is not its copy
    const cands = paragraphs(other).filter((p) => d.of_file !== name || p.start + p.text.length <= d.start || p.start >= d.end);
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
return errors.length ? 1 : 0;
}
