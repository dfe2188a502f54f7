/**
 * What is worked out from one paragraph's text alone (how the outline reads
 * the line, the phrases typed twice in it), kept from one version of a
 * document to the next: an edit works it out again only for the paragraphs
 * it touched. A version keeps what it used; the one before is dropped.
 */
export class ParagraphMemo<T> {
  private kept = new Map<string, T>();
  private used = new Map<string, T>();
  private ended = true;

  /** The value for `key`, computed when no recent version had it. */
  get(key: string, compute: () => T): T {
    let value = this.used.get(key) ?? this.kept.get(key);
    if (value === undefined) value = compute();
    this.used.set(key, value);
    return value;
  }

  /**
   * A new version begins: what the last one used is kept, the rest dropped;
   * when the last one was given up half way (a newer edit came), what it
   * used is added to what was kept instead, so fast typing does not lose it.
   */
  begin(): void {
    if (this.ended) this.kept = this.used;
    else for (const [key, value] of this.used) this.kept.set(key, value);
    this.used = new Map();
    this.ended = false;
  }

  /** The version's reading is complete. */
  end(): void {
    this.ended = true;
  }
}

/**
 * A string with storage of its own. A slice of a longer string keeps the
 * whole of it alive (V8 copies only short slices), and a value kept across
 * versions must not keep an old version of the document.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : JSON.parse(JSON.stringify(s));
}
