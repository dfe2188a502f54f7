/**
 * The second pass of the outline: walks the classified lines once, in
 * order, and puts each into the node a reader would put it in — a new
 * article, a section, a bullet item, a subhead, or the body of the node
 * being read.
 */
import type { OutlineNode, TextSpan } from '../model';
import type { RawTagger } from '../segmenter';
import { drain, STEP_ITEMS, type Steps } from '../steps';
import { type HeadGroup, groupAt, headlineEvidence, inArticleFlow, isHeadline, isInlineHeadline, type Layout, type Reading, STRONG } from './headlines';
import { bulletLength, type LineInfo } from './lines';
import { addBody, extend, firstWords, makeNode, markerTitle } from './nodes';
import { compact, readsAsEvent } from './shape';
import { isSubhead } from './subheads';
import { contents, teaserRunEnd, teasers } from './teasers';
/** A 编者按 line this short (【编者按】, 编者按：) is a label; the note is the paragraph after it. */
const BARE_NOTE_LABEL = 7;

interface Section {
  node: OutlineNode;
  /** What the section holds, set by its first entry: bullet items, or short headlined articles. */
  holds?: 'bullets' | 'articles';
  /** How its first headlined entry is printed (its bullet, or a 乡镇： label): later entries printed so are its siblings. */
  form?: string;
}

export class OutlineBuilder {
  private readonly roots: OutlineNode[] = [];
  private section?: Section;
  /** The node whose body is being read: an article, fragment or item. */
  private current?: OutlineNode;
  private subhead?: OutlineNode;
  /** The current node is a feature (编者按, a byline under the headline, a —— subtitle) or a continuation: short lines in it are subheads. */
  private feature = false;
  /** The current node has ended with a byline or a 下转 marker: body text after it belongs to something else. */
  private signedOff = false;

  constructor(
    private readonly lines: LineInfo[],
    private readonly from: number,
    private readonly to: number,
    private readonly layout: Layout,
    /** Segments the words around a paragraph break; without it no word is seen across one. */
    private readonly tagger?: RawTagger,
  ) {}

  /** The nodes between the masthead and the closing block. */
  build(): OutlineNode[] {
    return drain(this.buildSteps());
  }

  /** `build` in steps, yielding every few thousand lines. */
  *buildSteps(): Steps<OutlineNode[]> {
    let next = this.from + STEP_ITEMS;
    for (let i = this.from; i < this.to; ) {
      i = this.step(i);
      if (i < next) continue;
      next = i + STEP_ITEMS;
      yield;
    }
    return this.roots;
  }

  private step(i: number): number {
    const l = this.lines[i];
    if (l.gap >= this.layout.bigGap || (l.gap >= this.layout.breakGap && !this.continuesSection(l))) this.section = undefined;
    switch (l.role) {
      case 'rule':
        this.close(true);
        return i + 1;
      case 'section':
        this.openSection(l);
        return i + 1;
      case 'contents':
        return this.openContents(i);
      case 'marker':
        this.onMarker(l);
        return i + 1;
      case 'byline':
        this.onByline(l);
        return i + 1;
      case 'note':
      case 'subtitle':
        return this.onHeadPart(i);
      case 'markdown':
        return this.onMarkdown(i);
      case 'inline':
        if (isInlineHeadline(this.lines, i, this.from, this.layout, this.reading())) return this.openArticle({ main: i, last: i });
        this.onBody(l);
        return i + 1;
      case 'bullet':
        this.onBullet(l);
        return i + 1;
      case 'short':
        return this.onShort(i);
      default:
        this.onBody(l);
        return i + 1;
    }
  }

  /** Ends the node being read, and the section too when `section`. */
  private close(section: boolean): void {
    this.current = undefined;
    this.subhead = undefined;
    this.feature = false;
    this.signedOff = false;
    if (section) this.section = undefined;
  }

  private openSection(l: LineInfo): void {
    this.close(true);
    const node = makeNode('section', l.head!, l.p);
    this.roots.push(node);
    this.section = { node };
  }

  private openContents(i: number): number {
    this.close(true);
    const { node, next } = contents(this.lines, i, this.to);
    this.roots.push(node);
    return next;
  }

  private onMarker(l: LineInfo): void {
    const marker = l.marker!;
    if (marker.kind === 'from') {
      this.close(true);
      this.openCurrent(makeNode('fragment', markerTitle(marker), l.p), this.roots);
      this.current!.markers.push(marker);
      this.feature = true;
    } else if (marker.kind === 'page') {
      this.close(true);
    } else if (this.current) {
      this.current.markers.push(marker);
      extend(this.current, l.p.end);
      this.signedOff = true;
    }
  }

  /** A byline under the headline makes the article a feature; one after the body ends it. */
  private onByline(l: LineInfo): void {
    const node = this.current;
    if (!node) return;
    node.byline ??= { start: l.p.start, end: l.p.end, text: l.p.text };
    extend(node, l.p.end);
    if (node.body.length === 0) this.feature = node.kind === 'article';
    else this.signedOff = true;
  }

  /**
   * 编者按 or a —— subtitle: part of the article's head while its body has
   * not started. An 编者按 with no article open introduces the whole issue.
   * The index of the next line.
   */
  private onHeadPart(i: number): number {
    const l = this.lines[i];
    const node = this.current;
    const note = l.role === 'note' ? this.noteAt(i) : undefined;
    if (note && (!node || this.signedOff)) return this.openIssueNote(i, note);
    if (!node || node.kind !== 'article' || node.body.length > 0 || this.signedOff) {
      this.onBody(l);
      return i + 1;
    }
    if (note) node.editorNote ??= note;
    else node.subtitle ??= { start: l.p.start, end: l.p.end, text: l.p.text };
    extend(node, note?.end ?? l.p.end);
    this.feature = true;
    return note && note.start !== l.p.start ? i + 2 : i + 1;
  }

  /** The editor's note a 编者按 line gives: the line itself, or the paragraph after a bare 【编者按】 label. */
  private noteAt(i: number): TextSpan {
    const { p } = this.lines[i];
    const next = this.lines[i + 1];
    const bare = compact(p.text).length <= BARE_NOTE_LABEL;
    const q = bare && i + 1 < this.to && next.role === 'body' ? next.p : p;
    return { start: q.start, end: q.end, text: q.text };
  }

  private openIssueNote(i: number, note: TextSpan): number {
    const l = this.lines[i];
    this.close(true);
    this.openCurrent(makeNode('fragment', firstWords(l.p), { start: l.p.start, end: note.end }), this.roots);
    this.current!.editorNote = note;
    this.signedOff = true;
    return note.start !== l.p.start ? i + 2 : i + 1;
  }

  private onMarkdown(i: number): number {
    const l = this.lines[i];
    const node = this.current;
    if (l.level! > (this.layout.markdownLevel ?? 1) && node && node.kind !== 'item') {
      this.openSubhead(l);
      return i + 1;
    }
    return this.openArticle(groupAt(this.lines, i, this.to));
  }

  private onShort(i: number): number {
    const teaserEnd = teaserRunEnd(this.lines, i, this.to);
    if (teaserEnd !== undefined) {
      this.close(true);
      this.roots.push(...teasers(this.lines, i, teaserEnd));
      return teaserEnd + 1;
    }
    if (labelsBullets(this.lines, i, this.to)) {
      this.openSection(this.lines[i]);
      return i + 1;
    }
    const group = groupAt(this.lines, i, this.to);
    const evidence = headlineEvidence(this.lines, group, this.from, this.to, this.layout, this.reading());
    if (evidence >= STRONG || this.headlineAboveHeadline(i, group, evidence) || this.nextEntry(group) || this.signedTwice(group)) {
      return this.openArticle(group);
    }
    const inFlow = this.reading() === 'body' && inArticleFlow(this.layout, this.lines[group.kicker ?? group.main]);
    if (this.acceptsSubhead(i, inFlow)) this.openSubhead(this.lines[i]);
    else if (isHeadline(evidence, this.layout, this.feature || inFlow)) return this.openArticle(group);
    else this.onBody(this.lines[i]);
    return i + 1;
  }

  private reading(): Reading {
    if (!this.current || this.signedOff) return 'none';
    return this.current.kind === 'article' && this.current.body.length === 0 ? 'head' : 'body';
  }

  /**
   * An event headline right above another headline is a headline too, whose
   * body is elsewhere (two headlines printed together before a page break).
   */
  private headlineAboveHeadline(i: number, group: HeadGroup, evidence: number): boolean {
    if (group.last !== i || evidence < 0 || !readsAsEvent(this.lines[i].head!.text)) return false;
    const next = this.lines[i + 1];
    if (i + 1 >= this.to || next.role !== 'short' || next.gap > 1) return false;
    return headlineEvidence(this.lines, groupAt(this.lines, i + 1, this.to), this.from, this.to, this.layout) >= STRONG;
  }

  /**
   * The article being read names its author already (本报讯（记者 …）, a
   * byline under its headline), and the text under the group closes with
   * a byline of its own: an article is signed once, so that is another.
   */
  private signedTwice(group: HeadGroup): boolean {
    const node = this.current;
    if (this.reading() !== 'body' || node?.kind !== 'article' || !node.byline) return false;
    let j = group.last + 1;
    for (; j < this.to && this.lines[j].role === 'body' && !this.lines[j].signoff; j++);
    if (j === group.last + 1 || j >= this.to) return false;
    return this.lines[j].role === 'byline' || !!this.lines[j].signoff;
  }

  /** Opens an article headed by `group`; the index of the line after the group. */
  private openArticle(group: HeadGroup): number {
    const lines = this.lines;
    const main = lines[group.main];
    const first = lines[group.kicker ?? group.main];
    const node = makeNode('article', main.head!, { start: first.p.start, end: lines[group.last].p.end });
    if (group.kicker !== undefined) node.kicker = lines[group.kicker].head;
    if (group.subtitle !== undefined) node.subtitle = headOrLine(lines[group.subtitle]);
    const feature = lines[group.subtitle ?? -1]?.role === 'subtitle';
    this.close(!this.sectionTakes(main, node));
    this.openCurrent(node, this.section ? this.section.node.children : this.roots);
    this.feature = feature;
    if (main.role === 'inline') addBody(node, undefined, main, inlineBody(main));
    if (main.signoff) this.signedOff = true;
    return group.last + 1;
  }

  /** The line is one more of the open section's items: a bullet among bullets, or printed like its first entry. */
  private continuesSection(l: LineInfo): boolean {
    const section = this.section;
    if (!section) return false;
    if (l.bullet && section.holds === 'bullets') return true;
    return section.form !== undefined && entryForm(l) === section.form;
  }

  /**
   * A headline printed like the open section's first entry (■ 乡镇：…) is
   * the next entry, though set off only by a paragraph gap: a section sets
   * its short items close together.
   */
  private nextEntry(group: HeadGroup): boolean {
    const form = this.section?.form;
    return group.kicker === undefined && form !== undefined && entryForm(this.lines[group.main]) === form;
  }

  /** Whether the open section takes this article: bullets take bulleted headlines; short news take plain ones. */
  private sectionTakes(main: LineInfo, node: OutlineNode): boolean {
    const section = this.section;
    if (!section) return false;
    const bulleted = !!main.bullet;
    if (!section.holds) section.form = entryForm(main);
    section.holds ??= bulleted ? 'bullets' : 'articles';
    if (section.holds === 'bullets') return bulleted;
    return !node.kicker && !node.subtitle;
  }

  /** A bullet item: in a section of bullets, or after another item; inside an article, a line of its body. */
  private onBullet(l: LineInfo): void {
    if (this.section) this.section.holds ??= 'bullets';
    const inSection = this.section?.holds === 'bullets';
    if (!inSection && this.current && this.current.kind !== 'item' && !this.signedOff) return this.onBody(l);
    const skip = l.head ? l.head.start - l.p.start : bulletLength(l);
    const item = makeNode('item', firstWords(l.p, skip), l.p);
    this.close(!inSection);
    this.openCurrent(item, inSection ? this.section!.node.children : this.roots);
    addBody(item, undefined, l, { start: l.p.start + skip, end: l.p.end });
    if (l.signoff) this.signedOff = true;
  }

  private acceptsSubhead(i: number, inFlow: boolean): boolean {
    const node = this.current;
    if (!node || this.signedOff) return false;
    const { feature, subhead, tagger } = this;
    return isSubhead(this.lines, i, this.to, { node, feature, leadDriven: this.layout.leadDriven, inFlow, hasSubhead: !!subhead, tagger });
  }

  private openSubhead(l: LineInfo): void {
    const node = makeNode('subhead', l.head!, l.p);
    this.current!.children.push(node);
    extend(this.current!, l.p.end);
    this.subhead = node;
  }

  /** Body text: into the node being read, or, when there is none, into a fragment named by its first words. */
  private onBody(l: LineInfo): void {
    if (!this.current || this.signedOff) {
      this.close(true);
      this.openCurrent(makeNode('fragment', firstWords(l.p), l.p), this.roots);
      this.feature = true;
    }
    addBody(this.current!, this.subhead, l);
    if (l.signoff || l.trailingMarker?.kind === 'to') this.signedOff = true;
  }

  private openCurrent(node: OutlineNode, into: OutlineNode[]): void {
    into.push(node);
    this.current = node;
    this.subhead = undefined;
    this.signedOff = false;
  }
}

/** Han characters of a label over a run of bullet items (校园短波, 社区新闻): a headline says more. */
const MAX_SECTION_LABEL = 6;
const MIN_LABELLED_BULLETS = 2;

/**
 * A short label right above a run of bullet items names them: a section
 * (校园短波 ● … ● …), whatever its words. An event line (…召开) is a
 * headline whose body happens to be a list.
 */
function labelsBullets(lines: LineInfo[], i: number, to: number): boolean {
  const head = lines[i].head!.text;
  if (lines[i].bullet || [...compact(head)].length > MAX_SECTION_LABEL || readsAsEvent(head)) return false;
  for (let j = i + 1; j <= i + MIN_LABELLED_BULLETS; j++) {
    if (j >= to || !lines[j].bullet || lines[j].gap > 1) return false;
  }
  return true;
}

/** A label before a headline: 嘎玛乡：… */
const ENTRY_LABEL = /^[^：:，。]{2,8}[：:]/;

/** How an entry of a section is printed: its bullet, or a label before a colon; undefined when plainly. */
function entryForm(l: LineInfo): string | undefined {
  if (l.bullet) return l.p.text[0];
  return l.head && ENTRY_LABEL.test(l.head.text) ? '：' : undefined;
}

function headOrLine(l: LineInfo) {
  return l.head ?? { start: l.p.start, end: l.p.end, text: l.p.text };
}

/** The part of an inline headline's paragraph after the headline and its gap. */
function inlineBody(l: LineInfo) {
  const rest = l.p.text.slice(l.head!.end - l.p.start);
  const lead = rest.length - rest.trimStart().length;
  return { start: l.head!.end + lead, end: l.p.end };
}
