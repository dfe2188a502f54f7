/**
 * A paragraph cut mid-sentence by a page break and continued in the next
 * block: 实施全城清洁行动,推行“城市微更 ⏎⏎ 新”和精细化管理. The fix joins the
 * two by deleting the line breaks between them.
 *
 * A headline, a caption or a byline also ends without a full stop, so a cut
 * is only reported where both sides say so: the first block reads as running
 * text that stops mid-sentence, and the next one reads as its continuation,
 * not as the start of something new.
 */
import type { BulletinLayout } from '../model';
import { lastAtOrBefore, type Paragraph, type Span } from '../text';
import { walk } from '../analysis';

export interface BrokenParagraph {
  /** The block that stops mid-sentence, and the one that continues it. */
  head: Paragraph;
  tail: Paragraph;
}

/** Ends a sentence, a quotation, a bracketed note or a lead-in: the block may end here. */
const MAY_END = /[。！？!?；;…：:”’"'』」》〉）)】\]]$/;
/** Ends in the middle of a sentence beyond doubt. */
const CUT_AFTER = /[，,、“‘《（(【]$/;
/** A sentence ends inside the block and more follows: running text, not a headline. */
const SENTENCE_INSIDE = /[。！？!?；;]/;
/** A comma: running text, or a two-part headline (two commas: running text). */
const COMMA = /[，,]/;
/** A block that begins like this starts something new. */
const STARTS_NEW = new RegExp(
  [
    '^[#●○•·◆◇■□▲△►★☆※\\-—*“"‘「『《【（(\\[]',
    '^(本报讯|本报记者|记者|通讯员|本报通讯员|新华社|据悉|据了解|近日|日前|编者按|来源|责任编辑|编辑|审核|签发|本期送|送：|发：|报：|抄送)',
    '^([一二三四五六七八九十]+|\\d{1,2})[是要、.．,，]',
    '^第[一二三四五六七八九十\\d]+[，,、是]',
    '^\\d{1,2}月\\d{1,2}日',
  ].join('|'),
);
/** Begins with the rest of a word: punctuation, or one character and then punctuation (作,二七区…). */
const CONTINUES_WORD = /^([，,、。；;”’）)]|[^\s，,、。；;][，,、。；;：:])/u;
const SHORT = 30;
/** Longer than any headline. */
const LONG = 48;

type Evidence = 'strong' | 'weak' | 'none';

/** Every place where a block is cut by a page break and continued in the next one. */
export function findBrokenParagraphs(layout: BulletinLayout): BrokenParagraph[] {
  const titles = titledParagraphs(layout);
  const out: BrokenParagraph[] = [];
  const ps = layout.paragraphs;
  for (let i = 0; i + 1 < ps.length; i++) {
    const [head, tail] = [ps[i], ps[i + 1]];
    if (titles.fixed.has(head.index) || titles.fixed.has(tail.index)) continue;
    const cut = stopsMidSentence(head.text);
    const next = continuesSentence(tail.text);
    if (cut === 'none' && next !== 'strong') continue;
    if (next === 'none' || (next === 'weak' && titles.leading.has(tail.index))) continue;
    // A headline with a comma reads like running text; take the outline's word for it unless either side is sure.
    if (cut === 'strong' || next === 'strong' || !titles.whole.has(head.index)) out.push({ head, tail });
  }
  return out;
}

/** The span a diagnostic marks: the last character before the break to the first after it. */
export function breakSpan(b: BrokenParagraph): Span {
  const { text } = b.head;
  // Two units only for a whole surrogate pair: a lone low surrogate after a pair (𐀀\udc00) is a character of its own.
  const last = isLow(text.charCodeAt(text.length - 1)) && isHigh(text.charCodeAt(text.length - 2)) ? 2 : 1;
  const first = b.tail.text.codePointAt(0)! > 0xffff ? 2 : 1;
  return { start: b.head.end - last, end: b.tail.start + first };
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

interface Titles {
  /** Markdown headlines and masthead lines: never part of a sentence. */
  fixed: Set<number>;
  /** Paragraphs the outline takes as a headline whole, or that begin with one. */
  whole: Set<number>;
  leading: Set<number>;
}

/** Paragraph indices holding titles, by how they hold them. */
function titledParagraphs(layout: BulletinLayout): Titles {
  const titles: Titles = { fixed: new Set(), whole: new Set(), leading: new Set() };
  const starts = layout.paragraphs.map((p) => p.start);
  for (const node of walk(layout.outline)) {
    const p = layout.paragraphs[lastAtOrBefore(starts, node.titleStart)];
    if (!p) continue;
    if (node.kind === 'masthead') for (const q of layout.paragraphs) if (q.start < node.end) titles.fixed.add(q.index);
    if (p.text.startsWith('#')) titles.fixed.add(p.index);
    if (node.titleEnd >= p.end) titles.whole.add(p.index);
    if (node.titleStart === p.start) titles.leading.add(p.index);
  }
  return titles;
}

function stopsMidSentence(text: string): Evidence {
  if (MAY_END.test(text)) return 'none';
  if (CUT_AFTER.test(text)) return text.length >= 6 ? 'strong' : 'none';
  if (SENTENCE_INSIDE.test(text) || opensQuotation(text) || (text.match(/[，,]/g)?.length ?? 0) >= 2) return 'strong';
  return (COMMA.test(text) && text.length > SHORT) || text.length > LONG ? 'weak' : 'none';
}

function continuesSentence(text: string): Evidence {
  if (STARTS_NEW.test(text)) return 'none';
  if (CONTINUES_WORD.test(text)) return 'strong';
  // A short line without sentence punctuation is a caption or a headline dropped in between.
  return text.length > SHORT || SENTENCE_INSIDE.test(text) || COMMA.test(text) ? 'weak' : 'none';
}

function opensQuotation(text: string): boolean {
  const opened = (text.match(/[“‘《（(]/g) ?? []).length;
  const closed = (text.match(/[”’》）)]/g) ?? []).length;
  return opened > closed;
}
