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
  /** False when the segmenter could not be loaded: then `tag` gives nothing and no entities are looked for. */
  available?(): boolean;
}

/**
 * Tags `text` and gives each word its offsets. jieba hands back words that
 * concatenate to its input, except that a lone surrogate comes back as U+FFFD
 * (same length); anything else unexpected is resynchronised by search.
 */
export function tagWithOffsets(tagger: RawTagger, text: string): TaggedWord[] {
  const out: TaggedWord[] = [];
  let pos = 0;
  // The tagger's own objects are completed in place: on a megabyte of text a
  // second object per word costs as much as the tagging itself.
  for (const raw of tagger.tag(text) as (TaggedWord | { word: string; tag: string })[]) {
    const { word } = raw;
    if (word.length === 0) continue;
    let start = pos;
    const inPlace = text.startsWith(word, pos);
    if (!inPlace && word !== '\ufffd') {
      const found = text.indexOf(word, pos);
      if (found >= 0) start = found;
    }
    const end = Math.min(text.length, start + word.length);
    const w = raw as TaggedWord;
    if (!inPlace || end - start !== word.length) w.word = text.slice(start, end);
    w.start = start;
    w.end = end;
    out.push(w);
    pos = end;
  }
  return out;
}
