/**
 * Which headline-shaped lines are headlines, judged as a reader judges: by
 * what follows (a lead: 本报讯, a dateline, a subtitle, a byline, 编者按 —
 * or a page-break fragment), by what precedes (the end of an article: a
 * byline, an author unit, a rule, a big gap — or a sentence cut short), and
 * by the layout the rest of the issue shows.
 */
import { countHan } from '../text';
import type { LineInfo } from './lines';
import { continuesSentence, endsSentence, isNumberedPart, isParallel, readsAsEvent } from './shape';

/** A headline with the lines printed with it: kicker (引题) above, subtitle (副题) below. */
export interface HeadGroup {
  kicker?: number;
  main: number;
  subtitle?: number;
  /** Index of the group's last line. */
  last: number;
}

/** How strongly the lines around a group say "a new article starts here". */
export const STRONG = 3;
const WEAK = 1;
export const MIN_BODY_AFTER = 40;
/** Articles opening with a lead that make an issue one whose articles all do. */
const LEAD_DRIVEN = 3;
/** Inline headlines that make printing them so the habit. */
const INLINE_HABIT = 2;

/** What the issue as a whole shows, computed once before the outline is built. */
export interface Layout {
  /** Blank lines that mean a break (a page or an article ending), not just a paragraph. */
  bigGap: number;
  /**
   * Blank lines that end an article in this issue: the paragraph gap plus
   * one when the issue leaves extra space only before headlines, sections
   * and markers (its gaps mean "something new starts"); `bigGap` otherwise.
   */
  breakGap: number;
  /**
   * Articles here open with a lead (本报讯, a dateline): a short line with
   * none after it is a subhead or a line cut by a page break, not a headline.
   */
  leadDriven: boolean;
  /** The `#` level of article headlines, when the issue marks them. */
  markdownLevel?: number;
  /** The issue prints headlines on the line of their body (set off by a wide gap, or before a lead) more than once. */
  inlineHeadlines: boolean;
  /**
   * It sets them off by a single ideographic space: most lines split so
   * open their body with a lead, so the space is the gap, not padding.
   */
  narrowInline: boolean;
}

/** Reads the layout of the lines between the masthead and the closing block. */
export function readLayout(lines: LineInfo[], from: number, to: number): Layout {
  const gaps = lines.slice(from + 1, to).map((l) => l.gap).sort((a, b) => a - b);
  const typical = gaps.length ? gaps[gaps.length >> 1] : 1;
  const bigGap = 2 * typical + 1;
  let strong = 0;
  let inline = 0;
  let narrow = 0;
  let narrowLed = 0;
  let markdownLevel: number | undefined;
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.role === 'markdown') markdownLevel = Math.min(markdownLevel ?? 6, l.level!);
    if (l.role === 'inline' && (l.bodyLead || !l.narrowGap)) inline++;
    if (l.role === 'inline' && l.narrowGap) {
      narrow++;
      if (l.bodyLead) narrowLed++;
    }
    if (l.role !== 'short' || lines[i - 1]?.role === 'short') continue;
    if (afterEvidence(lines[groupAt(lines, i, to).last + 1]) >= STRONG) strong++;
  }
  const breakGap = gapsMeanBreaks(lines, from, to, typical) ? typical + 1 : bigGap;
  return {
    bigGap,
    breakGap,
    leadDriven: strong >= LEAD_DRIVEN,
    markdownLevel,
    inlineHeadlines: inline >= INLINE_HABIT,
    narrowInline: narrowLed >= INLINE_HABIT && 2 * narrowLed >= narrow,
  };
}

/** Extra gaps that most issues leave only before a new article (a few body paragraphs after one may be missed headlines). */
const MIN_WIDE_GAPS = 2;
const MAX_BODY_SHARE = 0.25;

/**
 * Whether the issue leaves more than its paragraph gap only where something
 * new starts: a headline, a section, a marker — rarely before body text.
 * With no blank line between paragraphs any blank line is a break already.
 */
function gapsMeanBreaks(lines: LineInfo[], from: number, to: number, typical: number): boolean {
  if (typical < 1) return false;
  let wide = 0;
  let body = 0;
  for (let i = from + 1; i < to; i++) {
    const l = lines[i];
    if (l.gap <= typical || l.role === 'bullet') continue;
    wide++;
    if (l.role === 'body') body++;
  }
  return wide >= MIN_WIDE_GAPS && body <= wide * MAX_BODY_SHARE;
}

/**
 * The headline group starting at line `i`: up to three headline-shaped lines
 * in a row (or `#` lines of one level), with a —— subtitle. Of two lines, the
 * first is a kicker when it reads as a slogan (parallel phrases, or much
 * shorter than an event line below it); two event lines are two headlines.
 */
export function groupAt(lines: LineInfo[], i: number, to: number): HeadGroup {
  const a = lines[i];
  const b = i + 1 < to ? lines[i + 1] : undefined;
  if (!b || b.gap > 1) return { main: i, last: i };
  if (b.role === 'subtitle') return { main: i, subtitle: i + 1, last: i + 1 };
  if (!sameKind(a, b)) return { main: i, last: i };
  const top = a.head!.text;
  const below = b.head!.text;
  // A numbered line opens the article's first part: it is neither kicker nor subtitle.
  if (isNumberedPart(below)) return { main: i, last: i };
  const c = i + 2 < to ? lines[i + 2] : undefined;
  const subtitleBelow = c && c.gap <= 1 && c.role === 'subtitle' ? i + 2 : undefined;
  if (!readsAsEvent(top) && (isParallel(top) || countHan(top) * 10 < countHan(below) * 7)) {
    return { kicker: i, main: i + 1, subtitle: subtitleBelow, last: subtitleBelow ?? i + 1 };
  }
  if (readsAsEvent(top) && readsAsEvent(below)) return { main: i, last: i };
  return { main: i, subtitle: i + 1, last: i + 1 };
}

function sameKind(a: LineInfo, b: LineInfo): boolean {
  if (a.role === 'markdown') return b.role === 'markdown' && b.level === a.level;
  return a.role === 'short' && b.role === 'short' && !a.bullet && !b.bullet;
}

/** What the line after a headline group says: a lead is strong, a long paragraph weak, a cut sentence against. */
export function afterEvidence(next: LineInfo | undefined): number {
  if (!next) return 0;
  if (next.role === 'subtitle' || next.role === 'note' || next.role === 'byline') return STRONG;
  if (next.lead === 'news' || next.lead === 'date') return STRONG;
  if (next.lead) return 2;
  if (next.role !== 'body') return 0;
  if (continuesSentence(next.p.text)) return -STRONG;
  return next.p.text.length >= MIN_BODY_AFTER ? WEAK : 0;
}

/** What the reader is in when a headline-shaped line comes: nothing open, an article's head (headline, byline, 编者按), or its body. */
export type Reading = 'none' | 'head' | 'body';

/**
 * What the line before a headline group says: nothing open, or the end of an
 * article (a byline, an author unit, a rule, a 下转 marker), or a big gap
 * counts for a headline; a paragraph cut mid-sentence counts against (a page
 * break). A byline or 编者按 under a headline is the article's head, not its end.
 */
function beforeEvidence(lines: LineInfo[], first: number, from: number, layout: Layout, reading: Reading = 'body'): number {
  const prev = first > from ? lines[first - 1] : undefined;
  if (!prev || reading === 'none') return 2;
  // Under a headline (its byline, 编者按) the break gap may set off a feature's first subhead.
  if (reading === 'head') return lines[first].gap >= layout.bigGap ? 2 : 0;
  const gap = lines[first].gap >= layout.breakGap ? 2 : 0;
  if (endsArticle(prev)) return 2;
  if (prev.role === 'body' && !endsSentence(prev.p.text)) return gap - 2;
  return gap;
}

/** A line after which an article is over. */
function endsArticle(l: LineInfo): boolean {
  if (l.role === 'rule' || l.role === 'section' || l.role === 'byline' || l.signoff) return true;
  const marker = l.marker ?? l.trailingMarker;
  return marker?.kind === 'to' || marker?.kind === 'see';
}

/**
 * Whether an inline headline (headline and body on one line) starts an
 * article: where nothing is being read, where a lead opens the body or an
 * author closes it (the whole article on one line), after an article's end
 * or a break, or — set off by a wide gap, or by the one ideographic space
 * the headlines before a lead show — where the issue prints its
 * headlines so. Elsewhere in a body it is a line that happens to hold a
 * gap: a padded name (韩  梅) in a sentence.
 */
export function isInlineHeadline(lines: LineInfo[], i: number, from: number, layout: Layout, reading: Reading): boolean {
  const l = lines[i];
  if (reading !== 'body' || l.bodyLead || l.signoff) return true;
  return (layout.inlineHeadlines && (!l.narrowGap || layout.narrowInline)) || beforeEvidence(lines, i, from, layout) >= 2;
}

/** The evidence for a headline group, before and after. */
export function headlineEvidence(lines: LineInfo[], group: HeadGroup, from: number, to: number, layout: Layout, reading: Reading = 'body'): number {
  const first = group.kicker ?? group.main;
  const next = group.last + 1 < to ? lines[group.last + 1] : undefined;
  return beforeEvidence(lines, first, from, layout, reading) + afterEvidence(next) + stackedEvidence(lines, group);
}

/**
 * A headline printed on two lines (支部建在科室上 / 党员冲在一线前, or a
 * kicker over it) is a headline's shape: a subhead or a cut line takes one.
 */
function stackedEvidence(lines: LineInfo[], group: HeadGroup): number {
  const other = group.kicker ?? group.subtitle;
  return other !== undefined && lines[other].role === 'short' ? WEAK : 0;
}

/**
 * The line is set off by no more than a paragraph gap in an issue that sets
 * its articles off with more: it runs on inside the article being read.
 */
export function inArticleFlow(layout: Layout, line: LineInfo): boolean {
  return layout.breakGap < layout.bigGap && line.gap < layout.breakGap;
}

/** Enough evidence for an article here, given the layout and whether we are inside a feature (or the article's flow). */
export function isHeadline(evidence: number, layout: Layout, inFeature: boolean): boolean {
  if (evidence >= STRONG) return true;
  return evidence >= WEAK && !layout.leadDriven && !inFeature;
}
