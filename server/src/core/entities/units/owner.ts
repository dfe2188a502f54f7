/**
 * When a name is a part of a unit rather than a unit of its own, the unit
 * it belongs to is the one to tag: the communities of a sub-district
 * (新安路街道|社区), the party secretary of a bureau (县林业局|党组书记), a department
 * of a company (某某集团有限公司|工程部), a team sent by a committee
 * (市人大常委会|督导组).
 */
import { type SuffixClass, UNIT_SUFFIXES } from '../../lexicon/units';
import { roleAfter } from '../../lexicon/titles';
import { Trie } from '../../trie';
import { endsUnit } from './walk';

const suffixes = new Trie<SuffixClass>([...UNIT_SUFFIXES], { reversed: true });
const PARTY_BRANCHES = new Set(['党委', '党组', '党总支', '党支部', '支部', '总支', '党工委', '党小组']);
const INNER_DEPARTMENTS = new Set(['部', '处', '科', '室', '中心', '办公室', '事业部', '项目部', '工会', '团委', '审判委员会', '检察委员会']);
/** Places inside a place (街道|社区, 镇|村); 居委会 and 村委会 are the place's own bodies and keep the whole name. */
const PLACES = new Set(['社区', '村', '镇', '乡', '街道']);
const OWNER_INSTITUTIONS = /(公司|集团|医院|学校|大学|学院|银行|研究院|研究所|法院|检察院)/g;

/**
 * The span [start, end) of the unit that owns the name [start, end) whose
 * suffix starts at `suffixStart`, or undefined when the name is a unit itself.
 */
export function ownerSpan(text: string, start: number, suffixStart: number, end: number, cls: SuffixClass): [number, number] | undefined {
  const suffix = text.slice(suffixStart, end);
  const before = suffixes.longest(text, suffixStart);
  // 攻坚战督办|督导组: the suffix before must end a unit (督办 is a verb).
  const adjacent = before && suffixStart - before.length >= start && endsUnit(text, suffixStart) ? before : undefined;
  if (adjacent && (PLACES.has(suffix) || cls === 'taskforce')) return [start, suffixStart];
  // 县林业局|党委书记: the party secretary of a unit is titled by the unit (a fused title, as 区委书记).
  if (adjacent && PARTY_BRANCHES.has(suffix) && roleAfter(text, end)) return [start, suffixStart];
  if (INNER_DEPARTMENTS.has(suffix)) {
    const body = text.slice(start, suffixStart);
    // 集团|工会, 支行|团委: the institution is named by its kind only, and its own body is the unit named.
    if (UNIT_SUFFIXES.has(body) || body === '集团公司') return undefined;
    let ownerEnd = -1;
    for (const m of body.matchAll(OWNER_INSTITUTIONS)) ownerEnd = m.index! + m[0].length;
    // 集团公司党委|组织部: a department of the institution's party committee keeps the whole name.
    if (ownerEnd > 0 && !/(党委|党组|党工委|团委|纪委)/.test(body.slice(ownerEnd))) return [start, start + ownerEnd];
  }
  return undefined;
}
