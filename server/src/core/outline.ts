/**
 * The outline of a bulletin: masthead, sections, articles and subheads,
 * found from the evidence a reader uses — a short line without sentence
 * punctuation followed by a lead, a dateline, 本报讯 or a subtitle.
 */
import type { OutlineNode } from './model';
import { countHan, type Paragraph } from './text';

const SENTENCE_END = /[。！？；：，、,.;:!?…]$/;
const SECTION_MARKER = /^[■□◆◇●★☆▲△]?[\s\u3000]*(简讯|短讯|快讯|简报|要闻简报|图片新闻|一句话新闻|信息快递|工作动态|基层动态)[\s\u3000]*$/;
const MARKDOWN_HEADLINE = /^#{1,6}[\s\u3000]+/;
const INLINE_HEADLINE = /^([^。！？；：，,;:!?]{6,48}?)(?: {2,}|\u3000+|[ \u3000]{2,})(?=\S)/;
const BYLINE = /^[（(]?\s*(本报记者|记者|通讯员|本报通讯员|来源|作者|撰稿|供稿)/;
const DATELINE = /^(\d{4}年)?\d{1,2}月\d{1,2}日/;
const LEAD_START = /^(本报讯|本报[^\s]{0,6}电|新华社|据悉|近日|日前|\d{1,2}月\d{1,2}日|编者按|——)/;
const PAGE_MARKER = /^[（(]?(上接|下转|接上|转下|详见|见第)[^)）]*[)）]?$|^详见.{1,4}版$/;
const MASTHEAD_LINE = /编印|主办|星期[一二三四五六日天]|第\s*\d+\s*期|总第|内部资料|免费交流|监督电话|^\d{4}年\d{1,2}月(\d{1,2}日)?$|^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|^\d{1,2}$|内资|【.*】/;
const CLOSING_LINE = /^(本期送|送：|发：|报：|抄送|责任编辑|编辑：|审核|签发|校对)/;
const BULLET = /^[●○•·◆■□▲►]/;

const MAX_HEADLINE_HAN = 48;
const MIN_HEADLINE_HAN = 4;

/** Builds the outline from a text's paragraphs. */
export function buildOutline(paragraphs: Paragraph[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const masthead = findMasthead(paragraphs);
  if (masthead) roots.push(masthead);
  let section: OutlineNode | undefined;
  let article: OutlineNode | undefined;
  const first = masthead ? paragraphs.findIndex((p) => p.start >= masthead.end) : 0;
  for (let i = Math.max(0, first); i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (CLOSING_LINE.test(p.text)) {
      article = undefined;
      section = undefined;
      continue;
    }
    if (SECTION_MARKER.test(p.text)) {
      const title = p.text.replace(/^[■□◆◇●★☆▲△][\s\u3000]*/, '');
      section = node('section', title, p, p.end - title.length);
      roots.push(section);
      article = undefined;
      continue;
    }
    const headline = headlineOf(paragraphs, i);
    if (headline) {
      section = section && !isSectionItem(paragraphs, i) ? undefined : section;
      article = node('article', headline.title, p, headline.start);
      (section ? section.children : roots).push(article);
      continue;
    }
    const owner = article ?? section;
    if (owner) extend(owner, p.end, section);
  }
  return roots;
}

/** A node covering paragraph `p` whose title starts at `titleStart`. */
function node(kind: OutlineNode['kind'], title: string, p: Paragraph, titleStart: number): OutlineNode {
  return { kind, title, start: p.start, end: p.end, titleStart, titleEnd: titleStart + title.length, children: [] };
}

function extend(owner: OutlineNode, end: number, section: OutlineNode | undefined): void {
  owner.end = Math.max(owner.end, end);
  if (section && section !== owner) section.end = Math.max(section.end, end);
}

/** A short article in a 简讯 section follows a bullet item or sits between them. */
function isSectionItem(paragraphs: Paragraph[], i: number): boolean {
  return BULLET.test(paragraphs[i].text);
}

interface Headline {
  title: string;
  start: number;
}

/** The headline paragraph `i` carries, if it is one. */
export function headlineOf(paragraphs: Paragraph[], i: number): Headline | undefined {
  const p = paragraphs[i];
  const md = MARKDOWN_HEADLINE.exec(p.text);
  if (md) {
    const title = p.text.slice(md[0].length).trim();
    return title ? { title, start: p.start + md[0].length } : undefined;
  }
  const inline = INLINE_HEADLINE.exec(p.text);
  if (inline && p.text.length > inline[0].length + 20 && looksLikeTitle(inline[1].trim())) {
    return { title: inline[1].trim(), start: p.start };
  }
  if (!looksLikeTitle(p.text) || BULLET.test(p.text)) return undefined;
  const next = paragraphs[i + 1];
  if (!next) return undefined;
  if (LEAD_START.test(next.text) || next.text.length >= 60 || BYLINE.test(next.text)) return { title: p.text, start: p.start };
  return undefined;
}

function looksLikeTitle(line: string): boolean {
  const han = countHan(line);
  if (han < MIN_HEADLINE_HAN || han > MAX_HEADLINE_HAN) return false;
  if (SENTENCE_END.test(line) || /[。！？]/.test(line)) return false;
  if (BYLINE.test(line) || DATELINE.test(line) || PAGE_MARKER.test(line) || CLOSING_LINE.test(line)) return false;
  return !/^[（(].*[)）]$/.test(line);
}

/** The masthead: publisher, date and issue lines before the first article. */
function findMasthead(paragraphs: Paragraph[]): OutlineNode | undefined {
  let last = -1;
  let hits = 0;
  for (let i = 0; i < Math.min(paragraphs.length, 20); i++) {
    const p = paragraphs[i];
    if (p.text.length > 40) break;
    if (MASTHEAD_LINE.test(p.text)) {
      hits++;
      last = i;
    }
  }
  if (hits < 2) return undefined;
  const first = paragraphs[0];
  const title = first.text;
  return {
    kind: 'masthead',
    title,
    start: first.start,
    end: paragraphs[last].end,
    titleStart: first.start,
    titleEnd: first.end,
    children: [],
  };
}
