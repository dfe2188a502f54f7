/**
 * Word segmentation with part-of-speech tags, placed back on the text as
 * UTF-16 offsets. The tagger itself is injected, so the analysis can run
 * on nodejieba in the product and on a stub where a test needs one.
 */
import type { Span } from './text';

export interface TaggedWord extends Span {
  word: string;
  tag: string;
}

/** What the analysis needs from a segmenter: nodejieba's `tag`. */
export interface RawTagger {
  tag(text: string): { word: string; tag: string }[];
}

/**
 * Tags `text` and gives each word its offsets. jieba hands back words that
 * concatenate to its input, except that a lone surrogate comes back as U+FFFD
 * (same length); anything else unexpected is resynchronised by search.
 */
export function tagWithOffsets(tagger: RawTagger, text: string): TaggedWord[] {
  const out: TaggedWord[] = [];
  let pos = 0;
  for (const { word, tag } of tagger.tag(text)) {
    if (word.length === 0) continue;
    let start = pos;
    if (!text.startsWith(word, pos) && word !== '\ufffd') {
      const found = text.indexOf(word, pos);
      if (found >= 0) start = found;
    }
    const end = Math.min(text.length, start + word.length);
    out.push({ word: text.slice(start, end), tag, start, end });
    pos = end;
  }
  return out;
}
