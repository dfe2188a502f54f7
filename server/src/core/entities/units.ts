/**
 * Units: organisation names, found where an organisation suffix ends a run of
 * name-like words (区 + 城管局, 新安 + 路 + 街道), as the longest name written.
 */
import type { Entity } from '../model';
import type { TaggedWord } from '../segmenter';
import { GENERIC_UNIT_PREFIXES, UNIT_ABBREVIATIONS, UNIT_SUFFIXES } from '../lexicon/units';
import { isHan } from '../text';

/** Tags whose words can be part of an organisation's name. */
const NAME_PART_TAGS = new Set(['n', 'nt', 'ns', 'nz', 'j', 'x', 'm', 'vn', 'b', 's', 'ng', 'l', 'nrt', 'an']);
/** Common words that end like a unit but are not one. */
const NOT_UNITS = new Set([
  '干部', '全部', '内部', '外部', '局部', '网站', '团队', '现场', '市场', '广场', '农场', '场所', '厕所', '好处', '学科', '中心', '乡村',
  '城镇', '乡镇', '社区', '学校', '公司', '政府', '街道', '部门', '单位', '部', '局', '处', '所', '站', '队', '村', '镇', '乡', '厂',
  '场', '馆', '科', '中小学校', '学院', '医院', '大学', '小学', '中学', '高中', '银行', '指挥部', '领导小组', '办公室', '工作组', '专班',
  '委员会', '党组', '党委', '政协', '工会', '协会', '商会', '集团', '队伍', '战场', '立场', '考场', '会场', '剧场', '机场', '各处',
  '长处', '难处', '用处', '出处', '住所', '诊所', '研究所', '派出所', '区委', '市委',
]);
const KEEP_SHORT = new Set(['区委', '市委', '县委', '省委', '中共', '新华社', '区政府', '市政府', '县政府', '省政府']);
const MAX_UNIT_LENGTH = 30;

/** Finds units in `text` from its tagged words. */
export function findUnits(text: string, words: TaggedWord[]): Entity[] {
  const units: Entity[] = [];
  for (let k = 0; k < words.length; k++) {
    if (!endsWithSuffix(words[k])) continue;
    const start = extendLeft(words, k);
    const end = extendRight(words, k);
    const name = text.slice(start, end);
    if (!isUnitName(name)) continue;
    const last = units[units.length - 1];
    if (last && last.end >= start) {
      if (end - start > last.end - last.start && start <= last.start) units.pop();
      else continue;
    }
    units.push(unit(name, start, end));
  }
  return units;
}

function unit(name: string, start: number, end: number): Entity {
  const abbreviation = [...UNIT_ABBREVIATIONS.keys()].find((a) => name.endsWith(a));
  const fullName = abbreviation ? name.slice(0, -abbreviation.length) + UNIT_ABBREVIATIONS.get(abbreviation)! : undefined;
  return { type: 'unit', text: name, start, end, ...(fullName ? { fullName } : {}) };
}

/** Single-character suffixes that end a unit only in these forms (带队 and 等处 do not). */
const SHORT_SUFFIXES = new Set(['局', '委', '办', '厅', '署', '厂', '馆', '院', '所', '站', '村', '镇', '乡', '部', '社']);

function endsWithSuffix(w: TaggedWord): boolean {
  if (w.tag === 'nt') return true;
  if (/^(v|vn|vd|d|p|c|u|r|a|ad)$/.test(w.tag)) return false;
  return UNIT_SUFFIXES.some((s) => w.word.endsWith(s) && (s.length > 1 || SHORT_SUFFIXES.has(s)));
}

function isNamePart(w: TaggedWord): boolean {
  if (!NAME_PART_TAGS.has(w.tag)) return false;
  for (let i = 0; i < w.word.length; i++) {
    const c = w.word.charCodeAt(i);
    if (!isHan(c) && !/[A-Za-z0-9Ｏ]/.test(w.word[i])) return false;
  }
  return !GENERIC_UNIT_PREFIXES.includes(w.word);
}

/** Walks left over name-like words; stops at punctuation, verbs and generic words. */
function extendLeft(words: TaggedWord[], k: number): number {
  let start = words[k].start;
  for (let i = k - 1; i >= 0; i--) {
    const w = words[i];
    if (!isNamePart(w) || words[k].end - w.start > MAX_UNIT_LENGTH) break;
    start = w.start;
  }
  return start;
}

/** 解放 + 分局, 中心路 + 街道 + 工作委员会: keeps going while the next word ends in a suffix too. */
function extendRight(words: TaggedWord[], k: number): number {
  let end = words[k].end;
  for (let i = k + 1; i < words.length && i <= k + 4; i++) {
    const run = words.slice(k + 1, i + 1);
    if (!run.every(isNamePart)) break;
    if (endsWithSuffix(words[i])) end = words[i].end;
  }
  return end;
}

function isUnitName(name: string): boolean {
  if (KEEP_SHORT.has(name)) return true;
  if (/书记|主任|部长|局长|区长|市长|县长|主席|带队/.test(name)) return false;
  if (name.length < 3 || NOT_UNITS.has(name)) return false;
  if (GENERIC_UNIT_PREFIXES.some((g) => name.startsWith(g))) return false;
  return !/^(第|本|我|全|各|该|其)/.test(name);
}
