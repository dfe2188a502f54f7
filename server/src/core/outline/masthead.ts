/**
 * The masthead (publisher, date, weekday, lunar date, issue numbers,
 * internal-material notes) before the first article, and the closing block
 * (本期送, 发, 责任编辑) after the last one.
 */
import type { OutlineNode } from '../model';
import type { LineInfo } from './lines';
import { compact } from './shape';

/** Lines a masthead is made of, tested without spaces (工 作 简 报 is spaced out for print). */
const MASTHEAD_LINE = new RegExp(
  [
    '编印|主办|承办|编发|出版|编辑部|星期[一二三四五六日天]|^周[一二三四五六日]$|第[\\d一二三四五六七八九十百〇零]+期|总第|',
    '内部资料|内部刊物|内部参阅|免费交流|注意保存|注意保密|秘密|机密|监督电话|热线|电话|传真|邮编|网址|邮箱|',
    '内资|准印|刊号|CN\\d|^【[^】]{1,12}】[\\d号]*$|农历|^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|',
    '^\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?$|^[二〇零○一三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?$|',
    '^\\d{4}[-./]\\d{1,2}(?:[-./]\\d{1,2})?$|^\\d{1,4}$|\\d{4}年\\d{1,2}月\\d{1,2}日$|',
    '(?:简报|动态|快报|专报|快讯|通讯|信息|日报|晚报|时报|周报|导报|党报|报社|机关报|^[\\u4e00-\\u9fff]{2,6}报)$|',
    '(?:专刊|特刊|增刊|专辑)(?:[（(][\\d一二三四五六七八九十]+[)）])?$',
  ].join(''),
);
/** Issue number and date lines: the masthead's detail; its title is the first line that is neither. */
const ISSUE_OR_DATE = /第[\d一二三四五六七八九十百〇零]+期|\d{4}年\d{1,2}月|^\d{4}[-./]\d{1,2}|星期|^\d{1,4}$/;

const CLOSING_LINE =
  /^(?:本期送|本期发|报[:：]|送[:：]|发[:：]|抄送|抄报|分送|主送|报送[:：]|责任编辑|责编[:：]|编辑[:：]|审核[:：]|审稿|签发|校对|核稿|印发|[（(]?共印|联系人|联系电话|投稿邮箱|[^，。]{2,24}\d{4}年\d{1,2}月\d{1,2}日印发)/;

const MASTHEAD_SCAN = 25;
/** Characters of a masthead line, padding left out (publisher and date are spaced apart on one line). */
const MASTHEAD_LINE_LENGTH = 40;
const CLOSING_SCAN = 12;
const CLOSING_LINE_LENGTH = 120;

/** Index of the first line after the masthead (0 when there is none), and the masthead node. */
export function findMasthead(lines: LineInfo[]): { node?: OutlineNode; end: number } {
  let last = -1;
  let hits = 0;
  for (let i = 0; i < Math.min(lines.length, MASTHEAD_SCAN); i++) {
    const { p, role } = lines[i];
    if (role === 'rule' && hits >= 2 && last === i - 1) last = i;
    if (role === 'rule') continue;
    const dense = compact(p.text);
    if (dense.length > MASTHEAD_LINE_LENGTH || role === 'markdown' || role === 'inline' || (role === 'section' && !titlesIssue(lines, i))) break;
    if (!MASTHEAD_LINE.test(dense)) {
      if (role === 'short' && lines[i + 1]?.lead) break;
      continue;
    }
    hits++;
    last = i;
  }
  if (hits < 2) return { end: 0 };
  return { node: mastheadNode(lines.slice(0, last + 1)), end: last + 1 };
}

/** A line like a section label (工 作 动 态) is the bulletin's title when the issue number or date follows it. */
function titlesIssue(lines: LineInfo[], i: number): boolean {
  const next = lines[i + 1];
  return !!next && ISSUE_OR_DATE.test(compact(next.p.text));
}

function mastheadNode(lines: LineInfo[]): OutlineNode {
  const named = lines.find((l) => l.role !== 'rule' && !ISSUE_OR_DATE.test(compact(l.p.text))) ?? lines[0];
  const details = lines.filter((l) => ISSUE_OR_DATE.test(compact(l.p.text))).map((l) => l.p.text);
  return {
    kind: 'masthead',
    title: named.p.text,
    titleStart: named.p.start,
    titleEnd: named.p.end,
    detail: details.slice(0, 4).join(' '),
    start: lines[0].p.start,
    end: lines[lines.length - 1].p.end,
    body: [],
    markers: [],
    children: [],
  };
}

/**
 * Index of the first line of the closing block (lines.length when there is
 * none), found from the end: the earliest closing line such that only short
 * lines follow it.
 */
export function findClosing(lines: LineInfo[], from: number): { node?: OutlineNode; start: number } {
  let start = lines.length;
  for (let i = lines.length - 1; i >= Math.max(from, lines.length - CLOSING_SCAN); i--) {
    const { p, role } = lines[i];
    if (CLOSING_LINE.test(p.text)) start = i;
    else if (role !== 'rule' && (p.text.length > CLOSING_LINE_LENGTH || /[。！？]$/.test(p.text))) break;
  }
  if (start === lines.length) return { start };
  const first = lines[start].p;
  const last = lines[lines.length - 1].p;
  const node: OutlineNode = {
    kind: 'closing',
    title: first.text,
    titleStart: first.start,
    titleEnd: first.end,
    start: first.start,
    end: last.end,
    body: [],
    markers: [],
    children: [],
  };
  return { node, start };
}
