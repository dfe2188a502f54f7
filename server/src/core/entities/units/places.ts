/**
 * Towns and villages: their names are two characters or more, they are
 * named without the county before them, and a village is not the place a
 * campaign goes into (进社区, 包村).
 */
import { hanAt, type TextContext } from '../context';

/**
 * Characters before 村, 镇, 乡 that make a word with it rather than name it
 * (全村, 到村, 各乡, 邻村, 由镇): prepositions, particles, pronouns, verbs of
 * going. 那 is not among them: it begins many names in the south-west.
 */
const NOT_NAMING = new Set([...'在到进驻包回返下入出留全本该各每此这和与及的了是为对向将把被从给于至个等或并其我你他她它邻同外强整一两由据经按以若如即交送请去来使让都也就还又再所之而']);
const PLACE_CHARS = '村镇乡';

/**
 * Start of a town or village name that the walk left one character short:
 * jieba read its first character as a measure, a pronoun or a verb
 * (那|洞村, 番|岭村, 曲|柳镇), or glued it into a made-up word (X那村/x).
 * `start` is where the walk stopped; the name is extended until two
 * characters stand before 村, 镇 or 乡.
 */
export function fullPlaceStart(ctx: TextContext, start: number, blocked: Uint8Array): number {
  const { text } = ctx;
  const k = PLACE_CHARS.includes(text[start]) ? 0 : PLACE_CHARS.includes(text[start + 1]) ? 1 : -1;
  if (k < 0) return start;
  let pos = start;
  for (let have = k; have < 2; have++) {
    const c = pos - 1;
    const w = ctx.words[ctx.wordAt[c]];
    if (!hanAt(text, c) || blocked[c] || NOT_NAMING.has(text[c]) || !w) return start;
    // The character must be loose, or inside a word jieba made up (X那村/x); 召开|镇党委 is a verb's.
    if (!(w.tag === 'x' || (w.end - w.start === 1 && (k === 1 || have > 0)))) return start;
    pos = c;
  }
  return pos;
}

/**
 * Where a town's or village's own name starts inside a chain of places
 * (某某县|某某镇, 某某街道|某某社区): after the last level character that leaves
 * two characters or more before the suffix at `suffixStart`.
 */
export function ownPlaceStart(ctx: TextContext, start: number, suffixStart: number): number {
  const { text } = ctx;
  for (let p = suffixStart - 2; p > start; p--) {
    if ((/[省市县区旗镇乡]/.test(text[p - 1]) || text.startsWith('街道', p - 2)) && boundaryAt(ctx, p)) return p;
  }
  return start;
}

function boundaryAt(ctx: TextContext, pos: number): boolean {
  const w = ctx.words[ctx.wordAt[pos]];
  return !w || w.start === pos || w.tag === 'x';
}

/** 燃气安全|进社区, 县级领导|包乡: a place gone into or taken charge of, not named. */
export function placeGoneInto(ctx: TextContext, suffixStart: number): boolean {
  const c = suffixStart - 1;
  if (!'进驻包下'.includes(ctx.text[c] ?? '')) return false;
  const w = ctx.words[ctx.wordAt[c]];
  return !!w && w.start === c;
}
