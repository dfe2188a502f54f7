/**
 * The readable report of `annotate` without --json: per file, the outline
 * with each article's people, units and slogans, then the warnings.
 */
import type { Corpus } from '../core/corpus';
import type { Lang } from '../core/messages';
import { lastAtOrBefore, splitLines } from '../core/text';
import type { ExportedArticle, ExportedEntity, ExportedFile } from './annotations';

const LABELS = {
  zh: { notBulletin: '（不是公报，未分析）', person: '人物', unit: '单位', slogan: '提法', warnings: '提示', none: '无', line: '行', error: '读取失败' },
  en: { notBulletin: '(not a bulletin; not analysed)', person: 'persons', unit: 'units', slogan: 'slogans', warnings: 'warnings', none: 'none', line: 'line', error: 'could not read' },
};

/** Renders every file of the export as indented text. */
export function renderReport(files: ExportedFile[], corpus: Corpus, lang: Lang): string {
  return files.map((f) => renderFile(f, corpus.model(f.path)?.text ?? '', lang)).join('\n');
}

function renderFile(file: ExportedFile, text: string, lang: Lang): string {
  const L = LABELS[lang];
  const out = [`== ${file.path}`];
  if (file.error) return [...out, `  ${L.error}: ${file.error}`, ''].join('\n');
  if (!file.isBulletin) return [...out, `  ${L.notBulletin}`, ...file.diagnostics.map((d) => `    ${d.message}`), ''].join('\n');
  const lineOf = lineIndex(text);
  const render = (a: ExportedArticle, depth: number) => {
    const pad = '  '.repeat(depth);
    out.push(`${pad}- [${a.kind}] ${a.title}  (${L.line} ${lineOf(a.titleStart)})`);
    const own = file.entities.filter((e) => e.start >= a.start && e.end <= a.end && !a.children.some((c) => e.start >= c.start && e.end <= c.end));
    for (const type of ['person', 'unit', 'slogan'] as const) {
      const names = distinct(own.filter((e) => e.type === type));
      if (names.length) out.push(`${pad}    ${L[type]}: ${names.join('、')}`);
    }
    for (const c of a.children) render(c, depth + 1);
  };
  for (const a of file.articles) render(a, 1);
  out.push(`  ${L.warnings}: ${file.diagnostics.length ? '' : L.none}`);
  for (const d of file.diagnostics) out.push(`    ${L.line} ${lineOf(d.start)}: ${d.message}`);
  return out.join('\n') + '\n';
}

/** Each name once, with the first title written next to it anywhere in the article. */
function distinct(entities: ExportedEntity[]): string[] {
  const titles = new Map<string, string | undefined>();
  for (const e of entities) if (!titles.get(e.text)) titles.set(e.text, e.title);
  return [...titles].map(([text, title]) => (title ? `${text}（${title}）` : text));
}

/** 1-based line number of an offset. */
function lineIndex(text: string): (offset: number) => number {
  const starts = splitLines(text).map((l) => l.start);
  return (offset) => lastAtOrBefore(starts, offset) + 1;
}
