/**
 * Paragraph ids filed under 32-bit keys, many keys to a paragraph, in flat
 * typed arrays (8 bytes a posting). The bulk part is sorted by key and,
 * within a key, by the order the ids were given in at the last rebuild; what
 * was added since sits unsorted in a recent part, looked up through a small
 * map built when first needed. Nothing is ever taken out: the caller skips
 * ids it has dropped, and rebuilds now and then.
 */
export class PostingStore {
  private keys: Uint32Array = new Uint32Array(0);
  private ids: Int32Array = new Int32Array(0);
  /** Where the bulk keys with each top 16 bits start: a lookup searches only its slice. */
  private slices: Uint32Array = new Uint32Array(65537);
  private recentKeys: Uint32Array = new Uint32Array(1024);
  private recentIds: Int32Array = new Int32Array(1024);
  private recentCount = 0;
  /** Recent postings by key, built on the first lookup after filing. */
  private recentIndex: Map<number, number[]> | undefined;

  /** Files `id` under each of `keys` (in the recent part). */
  add(id: number, keys: ArrayLike<number>): void {
    if (this.recentCount + keys.length > this.recentKeys.length) {
      this.recentKeys = grow(this.recentKeys, this.recentCount + keys.length);
      this.recentIds = grow(this.recentIds, this.recentCount + keys.length);
    }
    for (let i = 0; i < keys.length; i++) {
      this.recentKeys[this.recentCount] = keys[i];
      this.recentIds[this.recentCount++] = id;
      this.recentIndex && push(this.recentIndex, keys[i] | 0, id);
    }
  }

  /**
   * True once the recent part is large next to the bulk part: while filing
   * (the bulk part grows geometrically) or before lookups (`forLookup`:
   * lookups in the recent part sort what they find, so it is kept small).
   */
  wantsRebuild(forLookup = false): boolean {
    const bulk = this.keys.length;
    return forLookup ? this.recentCount > Math.max(4096, bulk / 16) : this.recentCount > Math.max(1 << 16, bulk);
  }

  /** Rebuilds everything from `count` ids, given in the order lookups should return them. */
  rebuild(count: number, idAt: (i: number) => number, keysOf: (id: number) => ArrayLike<number>, keysPer: number): void {
    // Let the old arrays go first: the new ones and the sort's buffers are the peak.
    this.keys = new Uint32Array(0);
    this.ids = new Int32Array(0);
    this.recentKeys = new Uint32Array(1024);
    this.recentIds = new Int32Array(1024);
    this.recentCount = 0;
    this.recentIndex = undefined;
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
    this.slices = sliceStarts(this.keys);
  }

  /** The index of the first bulk posting of `key` (read on with `bulkKey` and `bulkId` while the key matches). */
  bulkStart(key: number): number {
    const k = key >>> 0;
    const top = k >>> 16;
    return lowerBound(this.keys, k, this.slices[top], this.slices[top + 1]);
  }

  /** The key of bulk posting `i`, or -1 past the end. */
  bulkKey(i: number): number {
    return i < this.keys.length ? this.keys[i] : -1;
  }

  bulkId(i: number): number {
    return this.ids[i];
  }

  /** The recent postings of `key`, in the order they were added. */
  recent(key: number): readonly number[] {
    if (!this.recentCount) return EMPTY;
    if (!this.recentIndex) {
      this.recentIndex = new Map();
      for (let i = 0; i < this.recentCount; i++) push(this.recentIndex, this.recentKeys[i] | 0, this.recentIds[i]);
    }
    return this.recentIndex.get(key | 0) ?? EMPTY;
  }
}

const EMPTY: readonly number[] = [];

function push(map: Map<number, number[]>, key: number, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

function grow<T extends Uint32Array | Int32Array>(array: T, atLeast: number): T {
  const next = new (array.constructor as new (n: number) => T)(Math.max(atLeast, array.length * 2));
  next.set(array);
  return next;
}

function lowerBound(keys: Uint32Array, key: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For each value of the top 16 bits, the index of the first key with it (or above). */
function sliceStarts(keys: Uint32Array): Uint32Array {
  const starts = new Uint32Array(65537);
  for (let i = 0; i < keys.length; i++) starts[(keys[i] >>> 16) + 1]++;
  for (let t = 1; t <= 65536; t++) starts[t] += starts[t - 1];
  return starts;
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
