/**
 * Title and role words written next to a person's name in Chinese official
 * news (区委书记宋洁, 常务副区长刘海霞, 记者 王某, 村民张某某). Public
 * knowledge of how offices and occupations are named.
 */
import { Trie } from '../trie';

/** Office titles: a name right after one is almost surely a person. */
const OFFICE_BASES = [
  '书记', '区长', '市长', '县长', '省长', '州长', '镇长', '乡长', '村长', '旗长', '主席', '主任', '部长', '局长', '厅长', '处长', '科长',
  '股长', '嘎查长', '秘书长', '组长', '队长', '站长', '所长', '院长', '校长', '园长', '馆长', '会长', '理事长', '董事长', '总经理', '经理', '行长',
  '社长', '总编辑', '主编', '检察长', '庭长', '政委', '教导员', '指导员', '司令员', '厂长', '主委', '总裁', '总监', '监事长', '署长',
  '总干事', '参谋长', '团长', '连长', '所长', '关长', '台长', '总工程师', '总会计师', '主任委员', '总指挥', '指挥长', '总队长', '支队长', '大队长',
];
const OFFICE_FIXED = [
  '总书记', '国家主席', '总理', '副总理', '国务委员', '委员长', '常委', '委员', '巡视员', '一级巡视员', '二级巡视员', '调研员', '一级调研员',
  '二级调研员', '三级调研员', '四级调研员', '督察员', '主任科员', '副主任科员', '审判员', '检察官', '法官', '宣传部长', '组织部长',
  '统战部长', '政法委书记', '纪委书记', '监委主任', '第一书记', '驻村第一书记', '村支书', '支书', '村委会主任', '居委会主任', '网格长',
  '区领导', '市领导', '县领导', '省领导', '镇领导', '乡领导', '州领导', '党组成员', '常委会委员', '人大代表', '政协委员', '党代表',
  '院士', '教授', '副教授', '研究员', '副研究员', '博士', '首席专家', '负责人', '主要负责人', '项目负责人', '创始人', '法定代表人',
  '班主任', '辅导员', '书记员', '讲解员', '联络员', '信息员', '监督员', '安全员', '特派员', '专员', '驻村干部', '包村干部', '大学生村官',
];
/** Bylines and press roles. */
const PRESS = ['记者', '本报记者', '特约记者', '首席记者', '见习记者', '通讯员', '本报通讯员', '特约通讯员', '实习生', '摄影', '摄影记者',
  '编辑', '责任编辑', '主编', '审核', '校对', '撰稿', '供稿', '作者', '文/图', '图/文', '美编', '编审', '监制', '终审', '初审', '二审',
  '版式设计', '版式', '排版', '美术编辑', '值班编辑'];
/** Occupations and roles of ordinary people: a name after one needs more care (代表 单位, 教师 向 名师). */
const PEOPLE = [
  '同志', '领导', '代表', '党员', '老党员', '共产党员', '村民', '居民', '市民', '群众', '农民', '职工', '工人', '员工', '志愿者', '网格员',
  '老师', '教师', '医生', '护士', '民警', '辅警', '交警', '消防员', '专家', '学生', '同学', '小学生', '中学生', '大学生', '家长', '患者',
  '老人', '技术员', '工程师', '企业家', '创业者', '退役军人', '老兵', '村医', '乡贤', '驾驶员', '司机', '保安', '环卫工', '环卫工人',
  '快递员', '外卖员', '店主', '业主', '商户', '户主', '脱贫户', '贫困户', '种植户', '养殖户', '能手', '带头人', '致富带头人', '先进个人',
  '模范', '劳模', '劳动模范', '标兵', '选手', '运动员', '教练', '教练员', '演员', '作家', '画家', '书法家', '艺术家', '律师', '会计',
  '法律顾问', '社工', '宣讲员', '队员', '成员', '干部', '村干部', '党支部书记', '老支书', '大学生', '研究生', '博士生', '硕士',
  '青年', '返乡青年', '创业青年', '退伍军人', '乡村医生', '值班员', '值班长', '班长', '调度员', '接线员', '话务员', '巡河员', '护林员',
  '保洁员', '协管员', '调解员', '人民调解员', '管理员', '工作人员', '医护人员', '技术人员', '帮办员', '代办员', '讲师', '主播', '网红',
  '村支部书记', '农技员', '农艺师', '工程师', '设计师', '厨师', '律师', '会计师', '医师', '药师', '护士长', '老板', '经营户', '农户',
  '家属', '患者家属', '亲属', '茶农', '菜农', '果农', '花农', '蔗农', '菇农', '瓜农', '棉农', '粮农', '烟农', '药农', '渔民', '牧民',
  '大户', '种植大户', '养殖大户', '种粮大户', '职业农民', '新型职业农民', '游客', '市民代表', '居民代表', '群众代表', '网友', '读者',
  '焊工', '电工', '钳工', '技工', '车工', '瓦工', '木工', '保洁工', '农民工', '快递小哥', '外卖小哥', '村医', '乡村教师', '支教老师',
  // New forms of work, the help and the helped, believers and clergy, family members, members and trainees.
  '骑手', '外卖骑手', '快递骑手', '网约车司机', '货车司机', '检修工', '维修工', '巡检员', '巡护员', '管护员', '护边员', '防疫员', '民兵',
  '传承人', '代表性传承人', '非遗传承人', '手艺人', '低保户', '五保户', '困难户', '监测户', '纳税人', '缴费人', '求助者', '当事人',
  '申请人', '来访人', '信访人', '台胞', '侨胞', '华侨', '归侨', '人士', '无党派人士', '党外人士', '爱心人士', '住持', '方丈', '法师',
  '阿訇', '僧人', '妻子', '丈夫', '女儿', '儿子', '母亲', '父亲', '老伴', '爱人', '孙子', '孙女', '儿媳', '女婿', '执委', '学员',
  '兽医', '家庭医生', '队友', '同事', '战友', '获得者', '得主', '社员', '会员', '毕业生', '校友', '职员', '营业员', '柜员', '楼长', '楼组长',
  '组员', '店长', '摊主', '车主', '房东', '创客',
];

function withDeputies(bases: string[]): string[] {
  return bases.flatMap((b) => [b, `副${b}`, `常务副${b}`, `执行${b}`, `名誉${b}`]);
}

export type RoleKind = 'office' | 'press' | 'people';

const ROLE_KIND = new Map<string, RoleKind>();
for (const r of PEOPLE) ROLE_KIND.set(r, 'people');
for (const r of PRESS) ROLE_KIND.set(r, 'press');
for (const r of [...withDeputies(OFFICE_BASES), ...OFFICE_FIXED]) ROLE_KIND.set(r, 'office');

/** Every role word, with its kind. */
export const ROLE_WORDS: ReadonlyMap<string, RoleKind> = ROLE_KIND;

/**
 * Bodies and qualifiers that build a title before its role word
 * (区委 + 常委, 区人大常委会 + 副主任, 二级 + 巡视员). A title chain is
 * bodies and roles joined by 、, as in 区委常委、常务副区长.
 */
const BODIES = [
  '中央', '国家', '国务院', '省委', '市委', '县委', '区委', '州委', '旗委', '镇党委', '乡党委', '街道党工委', '党委', '党组', '党工委',
  '党总支', '党支部', '支部', '纪委', '监委', '纪委监委', '省', '市', '县', '区', '州', '镇', '乡', '街道', '村', '社区', '人大常委会',
  '人大', '政协', '政府', '人民政府', '常委会', '总工会', '工会', '团委', '妇联', '科协', '残联', '组织部', '宣传部', '统战部', '政法委',
  '办公室', '一级', '二级', '三级', '四级', '原', '时任', '现任', '村党支部', '村委会', '居委会', '公司', '集团',
];

const roleTrie = new Trie<RoleKind>([...ROLE_KIND.entries()], { reversed: true });
const roleTrieForward = new Trie<RoleKind>([...ROLE_KIND.entries()]);
const bodyTrie = new Trie<boolean>(BODIES.map((b): [string, boolean] => [b, true]), { reversed: true });

export interface TitleMatch {
  start: number;
  /** Where the role word nearest the name starts (常务副区长 in 区委常委、常务副区长). */
  roleStart: number;
  title: string;
  /** Kind of the role word nearest the name. */
  kind: RoleKind;
}

/**
 * The title written just before `pos` (区委常委、常务副区长|刘海霞): the
 * role word ending there, extended left over bodies and 、-joined roles.
 */
export function titleBefore(text: string, pos: number): TitleMatch | undefined {
  if (pos < 1 || !roleTrie.hasFirst(text.charCodeAt(pos - 1))) return undefined;
  const role = roleTrie.longest(text, pos);
  if (!role) return undefined;
  let start = pos - role.length;
  for (;;) {
    const body = bodyTrie.longest(text, start);
    if (body) {
      start -= body.length;
      continue;
    }
    const joined = text[start - 1] === '、' ? roleTrie.longest(text, start - 1) : undefined;
    if (!joined) break;
    start -= 1 + joined.length;
  }
  return { start, roleStart: pos - role.length, title: text.slice(start, pos), kind: role.value };
}

/** A role word (or a 员/长 noun) may end just before `pos`: a cheap test before reading a title. */
export function mayEndTitle(text: string, pos: number): boolean {
  return pos > 0 && roleTrie.hasFirst(text.charCodeAt(pos - 1));
}

/** The role word starting at `pos` (宋洁|同志, 王某|书记), if any. */
export function roleAfter(text: string, pos: number): { length: number; kind: RoleKind } | undefined {
  if (pos >= text.length || !roleTrieForward.hasFirst(text.charCodeAt(pos))) return undefined;
  const r = roleTrieForward.longest(text, pos);
  return r && { length: r.length, kind: r.value };
}

/**
 * Roles of ordinary people that are written after a name as a form of
 * address (王某同志, 李某老师); the others (村民, 市民, 党员) stand before
 * a name, and after a word they say what follows it (岑江|市民广场).
 */
const ADDRESS_ROLES: ReadonlySet<string> = new Set(['同志', '老师', '医生', '护士', '律师', '同学', '教练', '代表']);

/** A role written after a name (宋洁|同志, 王某|书记), if any. */
export function roleAfterName(text: string, pos: number): { length: number; kind: RoleKind } | undefined {
  const r = roleAfter(text, pos);
  return r && (r.kind !== 'people' || ADDRESS_ROLES.has(text.slice(pos, pos + r.length))) ? r : undefined;
}

/** Words that introduce reporters and editors in a byline; □ marks a commentary's author (□ 某某). */
export const BYLINE_ROLES: readonly string[] = [
  '□',
  '版式设计', '版式', '排版', '美术编辑', '值班编辑', '本报记者', '特约记者', '首席记者', '见习记者', '摄影记者', '记者', '本报通讯员', '特约通讯员', '通讯员', '实习生', '摄影', '责任编辑',
  '美编', '编辑', '审核', '校对', '撰稿', '供稿', '作者', '文/图', '图/文', '终审', '初审', '二审', '编审', '监制',
];
