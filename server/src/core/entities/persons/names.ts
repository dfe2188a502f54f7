/**
 * Reading a personal name at a position: a surname, then one or two given
 * characters, ending where what follows plausibly follows a name (宋洁|带队,
 * 刘银华|等, 毛建国|区信访局). Every rule for persons reads names here.
 */
import { FUNCTION_WORD_SURNAMES, surnameLength } from '../../lexicon/surnames';
import { roleAfter } from '../../lexicon/titles';
import { Trie } from '../../trie';
import { allHan, hanAt, isBoundary, type TextContext, wordCovering, wordStartingAt } from '../context';

/** How sure the context is that a name stands here. */
export type Evidence = 'strong' | 'weak';

/** Verbs and words that commonly follow a name in news (宋洁指出, 李兵主持, 王某一行). */
const FOLLOW_WORDS = [
  '主持', '带队', '带领', '率队', '率领', '指出', '要求', '强调', '出席', '参加', '陪同', '表示', '讲话', '一行', '同志', '深入', '调研',
  '检查', '宣布', '提出', '代表', '介绍', '认为', '希望', '分别', '先后', '亲自', '实地', '看望', '慰问', '听取', '会见', '会同', '详细',
  '督导', '一同', '随同', '共同', '前往', '列席', '部署', '宣读', '通报', '传达', '解读', '汇报', '发言', '致辞', '总结', '任职', '职务',
  '告诉', '坦言', '感慨', '回忆', '透露', '说道', '笑着', '高兴', '激动', '深有', '动情', '谈到', '提到', '指导', '主讲', '授课', '宣讲',
  '作为', '现任', '曾任', '担任', '获得', '荣获', '被评', '来到', '走进', '走访', '察看', '查看', '了解', '询问', '叮嘱', '勉励', '鼓励',
  '肯定', '充分', '对此', '对于', '就此', '首先', '最后', '随后', '接着', '同时', '还', '一起', '等人', '等同志', '夜查', '暗访', '督查',
  '视察', '考察', '座谈', '主讲', '带头', '每天', '今年', '已经', '正在', '一直', '多次', '带着', '表扬', '批示', '签发', '出任', '当选',
];
/** Single characters that may follow a name (李兵|在, 刘银华|等): weaker, since given names use some of them too. */
const FOLLOW_CHARS = new Set([...'在和与及等为对到向是被将也就还又都已同跟把从于说称讲问答率赴任兼作给让请带用以曾正亦便即均皆区市县省镇乡街村']);
/** Characters never found in a given name: particles, pronouns, measure and administrative words. */
const NOT_GIVEN = new Set([...'的了们是这那其各每该本我你他她它吗呢吧啊个之而并或但却都也就还又再很最更太不没已要能应须着区市县省局委办部处年月日号第届次项家些等说称讲指率到赴将被把在与及对']);
/** Common words that start with a surname character and are not names. */
const NOT_NAMES = new Set([
  '智慧', '廉政', '文明', '向往', '方向', '周边', '常态', '安全', '党史', '黄土', '石头', '高效', '明确', '全面', '温暖', '宋体', '高度',
  '严格', '从严', '于是', '时间', '成为', '成功', '平台', '平安', '安排', '安置', '文化', '文艺', '文件', '方面', '方案', '方式', '方法',
  '项目', '连续', '和谐', '曾经', '司法', '龙头', '田间', '强化', '强调', '原则', '原因', '车辆', '车间', '路面', '路线', '苗头', '关于',
  '关注', '关键', '关心', '任务', '任何', '包括', '包保', '齐心', '应急', '应当', '江山', '金融', '林业', '程序', '万元', '雷锋', '解决',
  '常务', '常委', '高质量', '高标准', '高水平', '严肃', '严厉', '严密', '毛病', '杜绝', '施工', '施策', '管理', '管控',
  '谷物', '甘于', '苏醒', '宁静', '尚未', '史上', '乐于', '易于', '时代', '时期', '时刻', '时节', '常规', '全体', '全国', '全市', '全区',
  '全县', '全省', '全镇', '全力', '全员', '全年', '明显', '明年', '信息', '信访', '信心', '成效', '成果', '成员', '安装', '安监', '和平',
]);
const followTrie = new Trie(FOLLOW_WORDS.map((w): [string, boolean] => [w, true]));
/** jieba tags of function words: a surname character tagged so is the word, not a surname (主任|向|大家). */
const FUNCTION_TAGS = /^(p|c|d|u.*|r.*|v.*|f|m|q|ad|t|y|e|o)$/;
/** Tags of words that may hold a name whole. */
const NAME_TAGS = /^(nr.*|x)$/;

/** 0: nothing that follows a name; 1: a character that may (在, 等); 2: a sure follower (指出, 、, end of text). */
export function followStrength(ctx: TextContext, end: number): 0 | 1 | 2 {
  const { text } = ctx;
  if (end >= text.length || !hanAt(text, end)) return 2;
  if (followTrie.longest(text, end) || roleAfter(text, end)) return 2;
  const w = wordStartingAt(ctx, end);
  if (w && w.end - w.start >= 2 && /^(v|vd|d|p|c)$/.test(w.tag)) return 2;
  return FOLLOW_CHARS.has(text[end]) ? 1 : 0;
}

/** A word follows that people do or are (指出, 表示, 同志, 书记): not mere punctuation, nor just any verb. */
export function followedByWord(ctx: TextContext, end: number): boolean {
  return hanAt(ctx.text, end) && !!(followTrie.longest(ctx.text, end) || roleAfter(ctx.text, end));
}

/** Forms of address that stand where a given name would (黎女士, 张师傅): not names. */
const HONORIFICS = new Set(['先生', '女士', '小姐', '师傅', '大爷', '大妈', '大娘', '大姐', '大哥', '阿姨', '奶奶', '爷爷', '婆婆', '老汉', '老伯', '大叔', '大婶', '老师', '同志', '书记', '主任', '总', '局', '工', '老']);

/** Given-name characters at [from, to): Han, none a particle or office word, not a form of address. */
function givenOk(text: string, from: number, to: number): boolean {
  if (!allHan(text, from, to) || HONORIFICS.has(text.slice(from, to))) return false;
  for (let i = from; i < to; i++) if (NOT_GIVEN.has(text[i])) return false;
  return true;
}

/**
 * A name candidate [pos, end) is not a common word: the surname is not a
 * function word here, and jieba did not read the start as another word
 * (高度|重视, 单位; under strong evidence a noun such as 高峰 may still be a name).
 */
export function plausibleName(ctx: TextContext, pos: number, end: number, evidence: Evidence): boolean {
  const { text } = ctx;
  const name = text.slice(pos, end);
  if (NOT_NAMES.has(name) || NOT_NAMES.has(name.slice(0, 2))) return false;
  const first = wordCovering(ctx, pos);
  if (!first) return true;
  if (first.start < pos && evidence === 'weak') return false;
  if (first.start !== pos) return true;
  const length = first.end - first.start;
  if (length === 1) return !(FUNCTION_WORD_SURNAMES.has(text[pos]) && FUNCTION_TAGS.test(first.tag));
  if (NAME_TAGS.test(first.tag)) return first.end <= end || first.tag === 'x';
  if (first.end > end) return false;
  return evidence === 'strong' && /^(n|nz|ns|ng|nt|j|b|s)$/.test(first.tag);
}

/** [start, end) can be a whole name: a surname, one or two given characters, not a common word. */
export function isNameSpan(ctx: TextContext, start: number, end: number, evidence: Evidence): boolean {
  const surname = surnameLength(ctx.text.slice(start, start + 2));
  const given = end - start - surname;
  return surname > 0 && given >= 1 && given <= 2 && givenOk(ctx.text, start + surname, end) && plausibleName(ctx, start, end, evidence);
}

/**
 * End of the name starting at `pos`, or undefined. A two-character name wins
 * when a sure follower comes after it; otherwise three characters when
 * anything follows them; with no follower, strong evidence falls back on
 * jieba's word boundaries.
 */
export function readName(ctx: TextContext, pos: number, evidence: Evidence): number | undefined {
  const { text } = ctx;
  const surname = surnameLength(text.slice(pos, pos + 2));
  if (!surname) return undefined;
  const ok = (end: number) => givenOk(text, pos + surname, end) && plausibleName(ctx, pos, end, evidence);
  const short = ok(pos + surname + 1) ? pos + surname + 1 : undefined;
  const long = ok(pos + surname + 2) ? pos + surname + 2 : undefined;
  const fShort = short !== undefined ? followStrength(ctx, short) : 0;
  const fLong = long !== undefined ? followStrength(ctx, long) : 0;
  if (short !== undefined && fShort === 2) return short;
  if (long !== undefined && fLong >= 1) return long;
  if (short !== undefined && fShort === 1) return short;
  if (evidence === 'weak') return undefined;
  return byBoundaries(ctx, short, long);
}

/** No follower: prefer the length at which jieba ends a word; three characters by default (most names have them). */
function byBoundaries(ctx: TextContext, short: number | undefined, long: number | undefined): number | undefined {
  if (short !== undefined && long !== undefined) {
    if (isBoundary(ctx, short) && !isBoundary(ctx, long)) return short;
    return long;
  }
  return long ?? short;
}
