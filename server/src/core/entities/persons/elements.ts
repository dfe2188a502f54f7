/**
 * Reading a name built of elements rather than on a surname: Tibetan,
 * Mongolian, Uyghur and Kazakh names (扎西多吉, 乌云塔娜, 热依拉·吐尔逊).
 * Chinese writes them as one to three common elements; where one ends is
 * told, as for any name, by what follows.
 */
import { elementTrie, TIBETAN_FINALS } from '../../lexicon/minorityNames';

/** Longest element name, in UTF-16 units. */
const MAX_LENGTH = 9;

export interface ElementReading {
  end: number;
  /** How many elements (a one-element name needs more from its context). */
  elements: number;
}

/** Every way to read elements from `pos`: each possible end, with its number of elements. */
export function elementReadings(text: string, pos: number): ElementReading[] {
  const out: ElementReading[] = [];
  const walk = (at: number, count: number) => {
    if (count === 3) return;
    for (const { length } of elementTrie.all(text, at)) {
      const end = at + length;
      if (end - pos > MAX_LENGTH) return;
      out.push({ end, elements: count + 1 });
      walk(end, count + 1);
    }
    if (count > 0 && TIBETAN_FINALS.has(text[at]) && at + 1 - pos <= MAX_LENGTH) out.push({ end: at + 1, elements: count + 1 });
  };
  walk(pos, 0);
  return out.sort((a, b) => b.end - a.end);
}

/** Some element starts at `pos`: a cheap test before reading. */
export function elementAt(text: string, pos: number): boolean {
  return elementTrie.hasFirst(text.charCodeAt(pos)) && !!elementTrie.longest(text, pos);
}
