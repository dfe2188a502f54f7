/**
 * The first pass of the outline: what each paragraph is, judged from the
 * line alone — a `#` headline, a headline with its body on the same line, a
 * section marker (简讯), a table of contents (本期导读), a bullet item, a subtitle (——), an editor's note,
 * a byline, a marker (上接第一版), a rule, a headline-shaped short line, or
 * body text — and how it opens (本报讯, a dateline).
 */
import type { Marker, TextSpan } from '../model';
import { ownCopy, type ParagraphMemo } from '../paragraphMemo';
import { drain, STEP_ITEMS, type Steps } from '../steps';
import { type Paragraph, trimSpan } from '../text';
import { compact, continuesSentence, isHeadlineShaped } from './shape';

export type LineRole = 'markdown' | 'inline' | 'section' | 'contents' | 'bullet' | 'subtitle' | 'note' | 'byline' | 'marker' | 'rule' | 'short' | 'body';

/** How a paragraph opens when it opens like a news lead, strongest first. */
export type LeadKind = 'news' | 'date' | 'relative' | 'purpose';

export interface LineInfo {
  p: Paragraph;
  role: LineRole;
  /** Blank lines before this one. */
  gap: number;
  /** The headline (markdown, inline, short), section word or item text, without marks. */
  head?: TextSpan;
  /** `#` count of a markdown headline. */
  level?: number;
  /** The line opened with a bullet (●, ■ …). */
  bullet?: boolean;
  marker?: Marker;
  lead?: LeadKind;
  /** A byline or author unit closing a body paragraph: …。记者 景静, …。（区城管局）. */
  signoff?: TextSpan;
  /** A marker closing a paragraph: …（下转第二版）, …（详见二版）. */
  trailingMarker?: Marker;
  /** Of an inline headline: how the body after it opens. */
  bodyLead?: LeadKind;
  /** Of an inline headline: a single ideographic space sets it off, which may as well be padding inside a line. */
  narrowGap?: boolean;
}

const MARKDOWN = /^(#{1,6})[ \t\u3000]*(?=\S)/;
/** A headline, two or more spaces (or one ideographic space), then the body: the headline is the part before the gap. */
const INLINE_GAPS = /[ \t\u3000\u00a0]{2,}|\u3000/g;
const HAS_INLINE_GAP = new RegExp(INLINE_GAPS.source);
const MIN_INLINE_TITLE = 4;
const MAX_INLINE_TITLE = 60;
const BULLET = /^[●○•◆◇■□▲△▶►★☆◎※][ \t\u3000]*/;

const SECTION_WORDS =
  '简讯|短讯|快讯|要闻|要闻简报|要闻速览|一句话新闻|图片新闻|图片报道|信息快递|新闻速递|新闻快讯|' +
  '工作动态|基层动态|部门动态|乡镇动态|镇街动态|街道动态|县区动态|区县动态|各地动态|党建动态|动态信息|' +
  '工作简讯|工作要闻|政务信息|综合信息|综合新闻|时政要闻|本地新闻|媒体聚焦|媒体关注|热点关注|' +
  '经验交流|工作交流|经验做法|典型经验|他山之石|领导讲话|领导活动|通知公告|专题报道|特别报道|' +
  '基层传真|基层风采|学习园地|廉政园地|党建园地';
/** Endings that make a short label a section whatever its first words (统战短讯, 院务动态, 社区快讯). */
const SECTION_ENDINGS = '简讯|短讯|快讯|速递|速览|动态|要闻';
const SECTION = new RegExp(
  `^(?:[■□◆◇●○★☆▲△▶►◎※]|[一二三四五六七八九十]+、)?[【〖\\[「『]?(${SECTION_WORDS}|[\\u4e00-\\u9fff]{1,4}(?:${SECTION_ENDINGS}))[】〗\\]」』]?[■□◆◇●○★☆▲△◀◄]?$`,
);
/** The heading of a table of contents: 本期导读, 【本期要目】. */
const CONTENTS = /^[■□◆◇●★☆【〖[]?(本期导读|本期要目|本期目录|本期提要|内容提要|目录|导读|要目)[】〗\]]?$/;
/** Any short word in black brackets on its own line: 【工作动态】. */
const BRACKETED_SECTION = /^【([\u4e00-\u9fff]{2,8})】$/;

const SUBTITLE = /^(?:——|──|－－|--|—|―)(?![—―─-])/;
const NOTE = /^[【[]?(?:编者按|编者的话|编后语?|编者注|按语)/;
const RULE = /^[-—―_=＝＊*·•.…~～━─═┅┄※☆★◆◇\s\u3000]{3,}$/;

const PERSON_ROLE = '(?:本报|本刊|本台|本网|本站)?(?:特约|见习|首席)?(?:记者|通讯员|评论员)';
const FIELD = '(?:来源|作者|撰稿|撰文|供稿|稿源|编辑|责编|审核|整理|执笔|文|图|文\\/图|文／图|摄影|摄)';
const BYLINE_LINE = new RegExp(`^[（(【[]?\\s*(?:${PERSON_ROLE}|${FIELD}[：:/／ \\u3000])`);
const BRACKETED_UNIT = /^[（(][^（()）。，！？,]{2,20}[)）]$/;
/** Two to four characters of a name; a rare character outside the BMP (𠮷) is a surrogate pair. */
const NAME = '(?:[\\u4e00-\\u9fff·]|[\\ud840-\\ud87f][\\udc00-\\udfff]){2,4}';
/** □ 宝音: the author of a commentary. */
const AUTHOR_MARK = new RegExp(`^[□■][ \\u3000]*${NAME}$`);
/** …。记者 景静 通讯员 郭佳星 — names after a sentence's end; a photo caption's credit ends 摄. */
const TRAILING_BYLINE = new RegExp(
  `(?<=[。！？!?”"…])[ \\u3000]*((?:${PERSON_ROLE}[ \\u3000]*${NAME}(?:[ \\u3000、]+(?!记者|通讯员)${NAME})*[ \\u3000]*)+(?:摄影?)?)$`,
);
/** …。（区城管局） / …。(记者 王浩) / …。（完） */
const TRAILING_BRACKET = /(?<=[。！？!?”"…])[ \u3000]*([（(][^（()）。！？]{1,30}[)）])$/;

const MARKERS: [Marker['kind'], RegExp][] = [
  ['from', /^[（(]?\s*(?:上接|接上|接第|紧接)[^（()）]{0,12}[)）]?$/],
  ['to', /^[（(]?\s*(?:下转|转第|转下|转[一二三四五六七八九十\d]{1,2}版|下接|未完待续|待续)[^（()）]{0,12}[)）]?$/],
  ['see', /^[（(]?\s*(?:详见|详情见|更多.{0,8}?见|见第?)[^（()）。，]{0,10}?[版页][)）]?$/],
  // A page header: 第二版 综合新闻, or the date, weekday and page printed atop each page.
  ['page', /^(?=.{0,40}$)[^。，！？]*(?:第[一二三四五六七八九十\d]{1,3}版|^[A-Z]?\d{1,2}\s*版)|^\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]*星期[一二三四五六日天][^。，！？]{0,20}$/],
];
const TRAILING_MARKER = /[（(]\s*(?:上接|下转|转第|转下|详见|接第|见第)[^（()）]{0,12}[)）]$/;

const LEADS: [LeadKind, RegExp][] = [
  ['news', /^(?:本报|本刊|本台|本网|本站|本市)讯|^[^，。！？\s]{0,12}(?:社|报|台|网|刊|站)[^，。！？\s]{0,14}?(?:讯|电|消息)(?:[\s\u3000（(【：:]|$)|^[（(](?:本报|本刊)?(?:记者|通讯员)/],
  ['date', /^(?:\d{4}年)?\d{1,2}月\d{1,2}日|^(?:[二〇零○一二三四五六七八九]{4}年)?[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|^\d{4}[-./]\d{1,2}[-./]\d{1,2}/],
  ['relative', /^(?:近日|日前|近期|近来|昨日|昨天|今天|今日|当天|当日|前不久|不久前|连日来|近年来|今年以来|年初以来|[\u4e00-\u9fff]{1,6}以来|[\u4e00-\u9fff]{1,6}期间|[\u4e00-\u9fff]{1,4}前夕)[，,]/],
  ['purpose', /^为(?:进一步|切实|全面|深入|更好|加快|推动|扎实|做好|确保|持续|有效|认真|积极|全力|深化|巩固|营造|提升|提高|加强|落实|贯彻|助力|推进)/],
];

/** Classifies every paragraph; linear in the text. With `memo`, a paragraph seen in the last version is not read again. */
export function classifyLines(paragraphs: Paragraph[], memo?: ParagraphMemo<LineInfo>): LineInfo[] {
  return drain(classifySteps(paragraphs, memo));
}

/** `classifyLines` in steps, yielding every few thousand paragraphs. */
export function* classifySteps(paragraphs: Paragraph[], memo?: ParagraphMemo<LineInfo>): Steps<LineInfo[]> {
  const out: LineInfo[] = [];
  for (const [i, p] of paragraphs.entries()) {
    const gap = i === 0 ? p.line : p.line - paragraphs[i - 1].line - 1;
    out.push(memo ? remembered(p, gap, memo) : classify(p, gap));
    if ((i + 1) % STEP_ITEMS === 0) yield;
  }
  return out;
}

/** Read once at offset 0, on a copy of the text (see ownCopy), then moved to where the paragraph is now. */
function remembered(p: Paragraph, gap: number, memo: ParagraphMemo<LineInfo>): LineInfo {
  const template = memo.get(`${gap}|${p.text}`, () => {
    const own = ownCopy(p.text);
    return classify({ ...p, text: own, start: 0, end: own.length }, gap);
  });
  return moved(template, p);
}

/** A line read at offset 0, moved onto paragraph `p`. */
function moved(t: LineInfo, p: Paragraph): LineInfo {
  const out: LineInfo = { ...t, p };
  const shift = <S extends TextSpan>(s: S): S => ({ ...s, start: s.start + p.start, end: s.end + p.start });
  if (t.head) out.head = shift(t.head);
  if (t.marker) out.marker = shift(t.marker);
  if (t.signoff) out.signoff = shift(t.signoff);
  if (t.trailingMarker) out.trailingMarker = shift(t.trailingMarker);
  return out;
}

function classify(p: Paragraph, gap: number): LineInfo {
  const line: LineInfo = { p, role: 'body', gap, lead: leadOf(p.text) };
  const md = MARKDOWN.exec(p.text);
  if (md) return { ...line, role: 'markdown', level: md[1].length, head: sub(p, md[0].length, p.text.length) };
  const marker = markerOf(p, 0, p.text.length);
  if (marker) return { ...line, role: 'marker', marker };
  const dense = compact(p.text);
  if (RULE.test(p.text)) return { ...line, role: 'rule' };
  if (NOTE.test(p.text)) return { ...line, role: 'note' };
  const contents = CONTENTS.exec(dense);
  if (contents) return { ...line, role: 'contents', head: sectionWord(p, contents[1]) };
  const section = SECTION.exec(dense) ?? BRACKETED_SECTION.exec(dense);
  if (section) return { ...line, role: 'section', head: sectionWord(p, section[1]) };
  if (isByline(p.text)) return { ...line, role: 'byline' };
  if (SUBTITLE.test(p.text)) return { ...line, role: 'subtitle' };
  return classifyText(line);
}

/** A line that is neither mark nor marker: headline-shaped, inline headline, bullet item or body. */
function classifyText(line: LineInfo): LineInfo {
  const { p } = line;
  const skip = BULLET.exec(p.text)?.[0].length ?? 0;
  const bullet = skip > 0;
  const text = p.text.slice(skip);
  const trailingMarker = trailingMarkerOf(p);
  const headEnd = trailingMarker ? trailingMarker.start - p.start : p.text.length;
  if (isHeadlineShaped(p.text.slice(skip, headEnd))) return { ...line, role: 'short', bullet, head: sub(p, skip, headEnd), trailingMarker };
  const signoff = trailingMarker ? undefined : signoffOf(p);
  const inline = inlineHeadline(text);
  // Spelled out rather than spread (the same keys in the same order): most lines end here, and the spread was slow.
  if (!inline) return { p, role: bullet ? 'bullet' : 'body', gap: line.gap, lead: line.lead, bullet, trailingMarker, signoff };
  const head = sub(p, skip, skip + inline.length);
  return { ...line, role: 'inline', bullet, head, trailingMarker, signoff, bodyLead: inline.bodyLead, narrowGap: inline.narrow };
}

interface InlineSplit {
  length: number;
  bodyLead?: LeadKind;
  narrow: boolean;
}

/**
 * The headline that opens `text` followed by a gap and the body, if one
 * does. Two or more spaces make the gap. One ideographic space is also
 * ordinary padding inside a headline (大堂经理及时劝阻　老人存款保住了): of
 * several, the one before a lead is the gap, else the first that leaves a
 * headline and a body; whether it is one is left to the line's context.
 */
function inlineHeadline(text: string): InlineSplit | undefined {
  const start = text.slice(0, MAX_INLINE_TITLE + 3);
  // matchAll copies its pattern each call: most lines have no gap at all and are ruled out first.
  if (!HAS_INLINE_GAP.test(start)) return undefined;
  let narrow: InlineSplit | undefined;
  for (const gap of start.matchAll(INLINE_GAPS)) {
    if (gap.index > MAX_INLINE_TITLE) break;
    const split = gap.index >= MIN_INLINE_TITLE ? splitAt(text, gap.index, gap[0].length) : undefined;
    if (gap[0] !== '\u3000') return split ?? narrow;
    if (split?.bodyLead) return split;
    narrow ??= split;
  }
  return narrow;
}

function splitAt(text: string, at: number, width: number): InlineSplit | undefined {
  const title = text.slice(0, at);
  const body = text.slice(at + width);
  if (!isHeadlineShaped(title) || body.length < 20 || !/[。！？；]/.test(body) || continuesSentence(body)) return undefined;
  return { length: at, bodyLead: leadOf(body), narrow: width === 1 && text[at] === '\u3000' };
}

function isByline(text: string): boolean {
  if (AUTHOR_MARK.test(text) || (BRACKETED_UNIT.test(text) && !TRAILING_MARKER.test(text))) return true;
  return text.length <= 40 && !/[。！？；，,]/.test(text) && (BYLINE_LINE.test(text) || /[^\s]\s*摄$/.test(text));
}

function leadOf(text: string): LeadKind | undefined {
  return LEADS.find(([, re]) => re.test(text))?.[0];
}

function markerOf(p: Paragraph, start: number, end: number): Marker | undefined {
  const text = p.text.slice(start, end);
  // A page header spaces its parts (date, page, column, editor) across the line: its length is without the padding.
  const found = MARKERS.find(([kind, re]) => re.test(kind === 'page' ? compact(text) : text));
  return found && { kind: found[0], ...sub(p, start, end) };
}

function trailingMarkerOf(p: Paragraph): Marker | undefined {
  // The pattern ends on a closing bracket: most lines are ruled out without scanning them.
  if (!endsOnBracket(p.text)) return undefined;
  const m = TRAILING_MARKER.exec(p.text);
  return m ? markerOf(p, m.index, p.text.length) : undefined;
}

function signoffOf(p: Paragraph): TextSpan | undefined {
  // Both patterns search back from the end at every position: ruled out first by what they need (a role word, a closing bracket).
  const m = (mayHaveTrailingByline(p.text) ? TRAILING_BYLINE.exec(p.text) : null) ?? (endsOnBracket(p.text) ? TRAILING_BRACKET.exec(p.text) : null);
  if (!m) return undefined;
  const start = p.text.length - m[1].length;
  return sub(p, start, p.text.trimEnd().length);
}

/** Whether `text` ends on a closing bracket, as TRAILING_MARKER and TRAILING_BRACKET need. */
function endsOnBracket(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x29 || last === 0xff09; // ) ）
}

/** Whether `text` holds a role word, as TRAILING_BYLINE needs (PERSON_ROLE). */
function mayHaveTrailingByline(text: string): boolean {
  return text.includes('记者') || text.includes('通讯员') || text.includes('评论员');
}

function sectionWord(p: Paragraph, word: string): TextSpan {
  const at = p.text.indexOf(word);
  return at >= 0 ? sub(p, at, at + word.length) : sub(p, 0, p.text.length);
}

/** How far into a line the gap after an inline headline can be (a bullet and padding before it included). */
const INLINE_REACH = MAX_INLINE_TITLE + 8;
const ANY_GAP = /[ \t\u3000\u00a0]{2,}|\u3000/;

/**
 * The headline of a line that prints a headline and its body together,
 * judged from the line alone. Whether it starts an article depends on its
 * context (see the outline); what is compared for repeats must not, or a
 * copy would read differently once its neighbour is removed.
 */
export function inlineHeadOf(p: Paragraph): TextSpan | undefined {
  if (!ANY_GAP.test(p.text.slice(0, INLINE_REACH))) return undefined;
  const line = classify(p, 0);
  return line.role === 'inline' ? line.head : undefined;
}

/** Length of the bullet (and the space after it) opening a bulleted line. */
export function bulletLength(l: LineInfo): number {
  return l.bullet ? BULLET.exec(l.p.text)![0].length : 0;
}

/** The part of a paragraph from `start` to `end` (indices into its text), trimmed. */
export function sub(p: Paragraph, start: number, end: number): TextSpan {
  const span = trimSpan(p.text, start, end);
  return { start: p.start + span.start, end: p.start + span.end, text: p.text.slice(span.start, span.end) };
}
