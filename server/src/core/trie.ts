/**
 * A character trie over UTF-16 code units, for finding many fixed words
 * (titles, suffixes, known slogans, dictionary entries) in one pass over a
 * text instead of one `indexOf` scan per word.
 */
interface Node<T> {
  next: Map<number, Node<T>>;
  value?: T;
}

export class Trie<T> {
  private readonly root: Node<T> = { next: new Map() };
  private readonly reversed: boolean;

  /** A reversed trie matches words that end at a position, reading leftwards. */
  constructor(entries: Iterable<[string, T]> = [], options: { reversed?: boolean } = {}) {
    this.reversed = options.reversed ?? false;
    for (const [word, value] of entries) this.add(word, value);
  }

  add(word: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(this.reversed ? word.length - 1 - i : i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.value = value;
  }

  /** Whether some word starts (or, reversed, ends) with the code unit `c`: a cheap test before a walk. */
  hasFirst(c: number): boolean {
    return this.root.next.has(c);
  }

  /** Length of the longest word starting at `pos` (or ending at `pos` for a reversed trie), with its value. */
  longest(text: string, pos: number): { length: number; value: T } | undefined {
    let found: { length: number; value: T } | undefined;
    this.walk(text, pos, (length, value) => {
      found = { length, value };
    });
    return found;
  }

  /** Every word starting (or, reversed, ending) at `pos`, shortest first. */
  all(text: string, pos: number): { length: number; value: T }[] {
    const out: { length: number; value: T }[] = [];
    this.walk(text, pos, (length, value) => out.push({ length, value }));
    return out;
  }

  private walk(text: string, pos: number, visit: (length: number, value: T) => void): void {
    let node: Node<T> | undefined = this.root;
    for (let length = 1; ; length++) {
      const i = this.reversed ? pos - length : pos + length - 1;
      if (i < 0 || i >= text.length) return;
      node = node.next.get(text.charCodeAt(i));
      if (!node) return;
      if (node.value !== undefined) visit(length, node.value);
    }
  }
}

/** A trie whose values are the words themselves. */
export function wordTrie(words: Iterable<string>, options: { reversed?: boolean } = {}): Trie<string> {
  return new Trie([...words].map((w): [string, string] => [w, w]), options);
}
