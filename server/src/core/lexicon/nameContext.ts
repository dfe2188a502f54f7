/**
 * The words around personal names in Chinese news: what follows a name
 * (指出, 等), what a given name never holds (的, 区), common words that begin
 * with a surname (智慧, 安全), forms of address (女士, 师傅). Public knowledge.
 */

/** Verbs and words that commonly follow a name in news (宋洁指出, 李兵主持, 王某一行). */
export const FOLLOW_WORDS: readonly string[] = [
  '主持', '带队', '带领', '率队', '率领', '指出', '要求', '强调', '出席', '参加', '陪同', '表示', '讲话', '一行', '同志', '深入', '调研',
  '检查', '宣布', '提出', '代表', '介绍', '认为', '希望', '分别', '先后', '亲自', '实地', '看望', '慰问', '听取', '会见', '会同', '详细',
  '督导', '一同', '随同', '共同', '前往', '列席', '部署', '宣读', '通报', '传达', '解读', '汇报', '发言', '致辞', '总结', '任职', '职务',
  '告诉', '坦言', '感慨', '回忆', '透露', '说道', '笑着', '高兴', '激动', '深有', '动情', '谈到', '提到', '指导', '主讲', '授课', '宣讲',
  '作为', '现任', '曾任', '担任', '获得', '荣获', '被评', '来到', '走进', '走访', '察看', '查看', '了解', '询问', '叮嘱', '勉励', '鼓励',
  '肯定', '充分', '对此', '对于', '就此', '首先', '最后', '随后', '接着', '同时', '还', '一起', '等人', '等同志', '夜查', '暗访', '督查',
  '视察', '考察', '座谈', '主讲', '带头', '每天', '今年', '已经', '正在', '一直', '多次', '带着', '表扬', '批示', '签发', '出任', '当选',
  '说',
];
/** Single characters that may follow a name (李兵|在, 刘银华|等): weaker, since given names use some of them too. */
export const FOLLOW_CHARS: ReadonlySet<string> = new Set([...'在和与及等为对到向是被将也就还又都已同跟把从于说称讲问答率赴任兼作给让请带用以曾正亦便即均皆区市县省镇乡街村家']);
/** Single characters that end a name for sure: 等 closes a list, 为 an appointment (任命王某为…). */
export const SURE_CHARS: ReadonlySet<string> = new Set(['等', '为']);
/** Characters never found in a given name: particles, pronouns, measure and administrative words, 副 of a title (由|副县长). */
export const NOT_GIVEN: ReadonlySet<string> = new Set([...'的了们是这那其各每该本我你他她它吗呢吧啊个之而并或但却都也就还又再很最更太不没已要能应须着区市县省镇乡村局委办部处日号第届次项些等说称讲指率到赴将被把在与及对案片社户副']);
/** Characters that may stand inside a given name but do not end one: 蓝家栋 is a name, 王家 a family, 查看后|说 a time. */
export const NOT_LAST: ReadonlySet<string> = new Set([...'家后时']);
/** Common words that start with a surname character and are not names. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  '智慧', '廉政', '文明', '向往', '方向', '周边', '常态', '安全', '党史', '黄土', '石头', '高效', '明确', '全面', '温暖', '宋体', '高度',
  '严格', '从严', '于是', '时间', '成为', '成功', '平台', '平安', '安排', '安置', '文化', '文艺', '文件', '方面', '方案', '方式', '方法',
  '项目', '连续', '和谐', '曾经', '司法', '龙头', '田间', '强化', '强调', '原则', '原因', '车辆', '车间', '路面', '路线', '苗头', '关于',
  '关注', '关键', '关心', '任务', '任何', '包括', '包保', '包联', '包抓', '包干', '谢谢', '师生', '齐心', '应急', '应当', '金融', '林业', '程序', '万元', '雷锋', '解决',
  '常务', '常委', '高质量', '高标准', '高水平', '严肃', '严厉', '严密', '毛病', '杜绝', '施工', '施策', '管理', '管控',
  '谷物', '甘于', '苏醒', '宁静', '尚未', '史上', '乐于', '易于', '时代', '时期', '时刻', '时节', '常规', '全体', '全国', '全市', '全区',
  '全县', '全省', '全镇', '全力', '全员', '全年', '明显', '明年', '信息', '信访', '信心', '成效', '成果', '成员', '安装', '安监', '和平',
]);
/** Forms of address that stand where a given name would (黎女士, 张师傅): not names. */
export const HONORIFICS: ReadonlySet<string> = new Set(['先生', '女士', '小姐', '师傅', '大爷', '大妈', '大娘', '大姐', '大哥', '阿姨', '奶奶', '爷爷', '婆婆', '老汉', '老伯', '大叔', '大婶', '老师', '同志', '书记', '主任', '总', '局', '工', '老']);
