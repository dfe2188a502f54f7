/**
 * Paragraph ids filed under 32-bit keys, many keys to a paragraph. Most
 * postings live in two sorted typed arrays (8 bytes each, rebuilt in bulk);
 * what was added since sits in a small map until the next rebuild. Removed
 * ids stay in the arrays until then and are skipped by the caller. Within a
 * key, the bulk part keeps the order the ids were given in at the rebuild.
 */
export class PostingStore {
  private keys: Uint32Array = new Uint32Array(0);
  private ids: Int32Array = new Int32Array(0);
  private readonly recentLists = new Map<number, number[]>();
  private recentCount = 0;

  /** Files `id` under each of `keys` (in the recent part). */
  add(id: number, keys: ArrayLike<number>): void {
    for (let i = 0; i < keys.length; i++) {
      const list = this.recentLists.get(keys[i]);
      if (list) list.push(id);
      else this.recentLists.set(keys[i], [id]);
    }
    this.recentCount += keys.length;
  }

  /** Takes `id` out of the recent part; in the bulk part it waits for the rebuild. */
  remove(id: number, keys: ArrayLike<number>): void {
    for (let i = 0; i < keys.length; i++) {
      const list = this.recentLists.get(keys[i]);
      const at = list ? list.indexOf(id) : -1;
      if (at < 0) continue;
      list!.splice(at, 1);
      this.recentCount--;
      if (!list!.length) this.recentLists.delete(keys[i]);
    }
  }

  /** True once the recent part is large next to the bulk part. */
  wantsRebuild(): boolean {
    return this.recentCount > Math.max(1 << 16, this.keys.length / 2);
  }

  /** Rebuilds the bulk part from `count` ids, given in the order lookups should return them. */
  rebuild(count: number, idAt: (i: number) => number, keysOf: (id: number) => ArrayLike<number>, keysPer: number): void {
    const keys = new Uint32Array(count * keysPer);
    const ids = new Int32Array(count * keysPer);
    let n = 0;
    for (let i = 0; i < count; i++) {
      const id = idAt(i);
      const k = keysOf(id);
      for (let j = 0; j < k.length; j++, n++) {
        keys[n] = k[j];
        ids[n] = id;
      }
    }
    [this.keys, this.ids] = sortByKey(keys.subarray(0, n), ids.subarray(0, n));
    this.recentLists.clear();
    this.recentCount = 0;
  }

  /** The bulk postings of `key`: indices [lo, hi) for `bulkId`. */
  bulkRange(key: number): [number, number] {
    const lo = lowerBound(this.keys, key);
    let hi = lo;
    while (hi < this.keys.length && this.keys[hi] === key) hi++;
    return [lo, hi];
  }

  bulkId(i: number): number {
    return this.ids[i];
  }

  /** The recent postings of `key`, in the order they were added. */
  recent(key: number): readonly number[] {
    return this.recentLists.get(key) ?? EMPTY;
  }

  /** Postings held: bulk (live or not) and recent. */
  size(): number {
    return this.keys.length + this.recentCount;
  }
}

const EMPTY: readonly number[] = [];

function lowerBound(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Stable radix sort of (key, id) pairs by key, 16 bits a pass: ids of one key keep their order. */
function sortByKey(keys: Uint32Array, ids: Int32Array): [Uint32Array, Int32Array] {
  let k1: Uint32Array = keys;
  let i1: Int32Array = ids;
  let k2: Uint32Array = new Uint32Array(keys.length);
  let i2: Int32Array = new Int32Array(ids.length);
  for (const shift of [0, 16]) {
    const counts = new Uint32Array(65537);
    for (let i = 0; i < k1.length; i++) counts[((k1[i] >>> shift) & 0xffff) + 1]++;
    for (let d = 1; d <= 65536; d++) counts[d] += counts[d - 1];
    for (let i = 0; i < k1.length; i++) {
      const at = counts[(k1[i] >>> shift) & 0xffff]++;
      k2[at] = k1[i];
      i2[at] = i1[i];
    }
    [k1, i1, k2, i2] = [k2, i2, k1, i1];
  }
  return [k1, i1];
}
