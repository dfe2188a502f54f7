/**
 * Whether a word runs across the break between two paragraphs — 防治工|作,
 * 引领安|全生产 — which tells a line cut by a page break from a subhead
 * (总体要求|会议强调). Words jieba only guessed (tag `x`) do not count.
 */
import type { RawTagger } from '../segmenter';

const WINDOW = 4;
const HAN_EDGE = /[\u4e00-\u9fff]$/;

export function wordAcross(tagger: RawTagger | undefined, left: string, right: string): boolean {
  if (!tagger || !HAN_EDGE.test(left) || !/^[\u4e00-\u9fff]/.test(right)) return false;
  // Only the characters at the junction are spread (the next line may be a long body paragraph); 2 units a character at most.
  const tail = [...left.slice(-2 * WINDOW)].slice(-WINDOW).join('');
  const head = [...right.slice(0, 2 * WINDOW)].slice(0, WINDOW).join('');
  let at = 0;
  for (const { word, tag } of tagger.tag(tail + head)) {
    const end = at + word.length;
    if (at < tail.length && end > tail.length && tag !== 'x') return true;
    at = end;
  }
  return false;
}
