/**
 * Making outline nodes and filling in what a reader looks for beside the
 * headline: the date the lead gives, the byline, the first words.
 */
import type { Marker, OutlineKind, OutlineNode, TextSpan } from '../model';
import type { Paragraph, Span } from '../text';
import { type LineInfo, sub } from './lines';

const FIRST_WORDS = 20;
const LEADING_DATE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日[上中下午晚夜间]{0,2}[，,]\s*/;
const DATE = /(?:\d{4}年)?\d{1,2}月\d{1,2}日|(?:[二〇零○一三四五六七八九]{4}年)?[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日/;
const DATE_WITHIN = 40;
/** 本报讯(记者赵改玲) / 新华社北京12月1日电（记者 王某） */
const LEAD_BYLINE = /^[^，。]{0,24}?(?:讯|电)\s*[（(]([^（()）]{2,30})[)）]/;

/** A node titled by `title`, covering `span`. */
export function makeNode(kind: OutlineKind, title: TextSpan, span: Span): OutlineNode {
  return { kind, title: title.text, titleStart: title.start, titleEnd: title.end, start: span.start, end: span.end, body: [], markers: [], children: [] };
}

/**
 * The first words of a paragraph (up to the first punctuation, at most 20
 * characters), as a title for untitled nodes; a date opening the paragraph is
 * skipped, since `detail` shows it.
 */
export function firstWords(p: Paragraph, from = 0): TextSpan {
  const dated = LEADING_DATE.exec(p.text.slice(from));
  const start = dated && dated[0].length < p.text.length - from - 4 ? from + dated[0].length : from;
  const text = p.text.slice(start);
  const stop = text.search(/[。！？；：:;，,]/);
  const chars = [...(stop > 0 ? text.slice(0, stop) : text)].slice(0, FIRST_WORDS).join('');
  return sub(p, start, start + chars.replace(/[，,、\s\u3000]+$/, '').length);
}

/** The marker's words without the brackets around them: 上接第一版①. */
export function markerTitle(m: Marker): TextSpan {
  const open = /^[（(]\s*/.exec(m.text)?.[0].length ?? 0;
  const close = /\s*[)）]$/.exec(m.text)?.[0].length ?? 0;
  return { start: m.start + open, end: m.end - close, text: m.text.slice(open, m.text.length - close) };
}

/** Adds a body span to a node (and the subhead it is under), and what the paragraph tells about the node. */
export function addBody(node: OutlineNode, subhead: OutlineNode | undefined, line: LineInfo, span: Span = line.p): void {
  node.body.push(span);
  extend(node, span.end);
  if (subhead) {
    subhead.body.push(span);
    extend(subhead, span.end);
  }
  if (node.body.length === 1) readLead(node, line, span);
  if (line.signoff) node.byline ??= line.signoff;
  if (line.trailingMarker) node.markers.push(line.trailingMarker);
}

/** The date and the byline the first paragraph of the body gives. */
function readLead(node: OutlineNode, line: LineInfo, span: Span): void {
  const from = span.start - line.p.start;
  const head = line.p.text.slice(from, from + DATE_WITHIN);
  const date = DATE.exec(head);
  if (date) node.date ??= sub(line.p, from + date.index, from + date.index + date[0].length);
  node.detail ??= firstWords(line.p, from).text;
  const byline = LEAD_BYLINE.exec(line.p.text.slice(from));
  if (byline) {
    const at = from + byline[0].length - 1 - byline[1].length;
    node.byline ??= sub(line.p, at, at + byline[1].length);
  }
}

export function extend(node: OutlineNode, end: number): void {
  if (end > node.end) node.end = end;
}

/** Ends every node at its last child at least, and sets `detail` to the byline and date when known, depth first. */
export function finish(nodes: OutlineNode[]): void {
  for (const n of nodes) {
    finish(n.children);
    for (const c of n.children) extend(n, c.end);
    n.detail = detailOf(n) ?? n.detail;
  }
}

function detailOf(n: OutlineNode): string | undefined {
  const parts = [n.byline && unbracket(n.byline.text), n.date?.text].filter(Boolean);
  if (parts.length) return parts.join(' · ');
  const marker = n.markers.find((m) => m.kind === 'see');
  return marker ? unbracket(marker.text) : undefined;
}

function unbracket(text: string): string {
  return text.replace(/^[（(【[]\s*|\s*[)）】\]]$/g, '');
}
