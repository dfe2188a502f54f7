/**
 * Chinese surnames: the common single-character ones (by frequency), the
 * rest of the Hundred Family Surnames (百家姓), surnames common among
 * minority peoples (妥, 喇, 纳, 撒 among the Hui; 刀, 岩, 玉 in Dai names; 字, 沐 in
 * Yunnan; 韦, 覃, 蒙, 农 among the Zhuang), and the compound ones. Public
 * knowledge, no names from any bulletin.
 */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习阎郦蹇鄂雒逄郗贲扶暴旷操靖宓禄缑励隗咸谯汝酆禤仉笪钭郏璩厍禚佴蒯殳訾郄眭甯郇苌庹撖郅佀淦芈邗邛鄞菅邴';

/**
 * Rarer single surnames: the rest of 百家姓 and minority surnames (者, 虎,
 * 锁 among the Hui), surnames of today's population that are also common
 * characters (么 as in 什么, 粘 sticky, 要, 员, 占, 续, 疏, 计 as words),
 * and 释, taken by Buddhist monks and nuns (释某某).
 * Characters that are surnames and nothing else (禤, 仉, 笪, 郄, 眭) are in
 * SINGLE: they need no vouching.
 */
const RARE =
  '水昌凤傅萧贝经洪钮滑荀家羿汲糜松弓牧山蓬仰秋韶蓟怀从籍赖鬱能苍双莘贡堵宰郤濮寿通别充宦鱼慎庾终暨步弘广东沃蔚越夔融空毋乜养须巢后红竺益桓督有琴伯赏墨年爱言福法钦妥喇把刀岩字沐达才拓同区线矫綦兀凃么粘释纳撒拜脱铁闪洒占续要员玄疏者虎锁种秘召句帖折肇寸木独买过巨生勇户庚台剧竹隽力加幺问火类回归';

const COMPOUND = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯',
  '令狐', '端木', '南宫', '西门', '独孤', '百里', '呼延', '轩辕', '东郭', '钟离', '宗政', '澹台', '公冶',
  '太史', '申屠', '闻人', '万俟', '濮阳', '淳于', '单于', '仲孙', '赫连', '拓跋', '左丘', '第五', '亓官',
  '司空', '司寇', '子车', '颛孙', '巫马', '公西', '漆雕', '乐正', '壤驷', '公良', '夹谷', '宰父', '谷梁',
  '段干', '归海', '羊舌', '微生', '梁丘', '东门', '公羊', '鲜于', '闾丘', '太叔',
];

/** Rare surnames that are mostly other words in news (区 district, 把, 山, 家): read only where the context vouches. */
export const RARE_SURNAMES: ReadonlySet<string> = new Set([...RARE]);
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(COMPOUND);

/**
 * Rare surnames whose character is a word only inside others (么 in 什么,
 * 怎么): where jieba leaves it loose it is the surname, whatever its tag.
 */
export const BOUND_SURNAMES: ReadonlySet<string> = new Set([...'么']);

/**
 * Surnames that are also everyday function words (向 toward, 于 at, 和 and)
 * or verbs of daily work (包 take charge of, 修 repair, 边 while): read as a
 * surname only when jieba does not take them as the word.
 */
export const FUNCTION_WORD_SURNAMES: ReadonlySet<string> = new Set([...'向于和将同连那来过从以与及对为把被在都包修边']);

/**
 * Length of the surname starting at `pos` in `text`, or 0 (no allocation
 * for the common miss). Rare surnames count only when `rare` is true.
 */
export function surnameAt(text: string, pos: number, rare = true): number {
  const flags = pos < text.length ? TABLE[text.charCodeAt(pos)] : 0;
  if (!flags) return 0;
  if (flags & VARIANT_FIRST && isVariantSurname(text, pos)) return 2;
  if (flags & COMPOUND_FIRST && COMPOUND_SURNAMES.has(text.slice(pos, pos + 2))) return 2;
  if (flags & COMMON) return 1;
  return flags & RARE_SINGLE && rare ? 1 : 0;
}

/** Every surname's first code unit, flagged, in a table indexed by code unit: surnames are tested at nearly every character. */
const COMMON = 1;
const RARE_SINGLE = 2;
const COMPOUND_FIRST = 4;
/** High surrogates of variant surnames outside the BMP (𠮷): the pair decides. */
const VARIANT_FIRST = 8;
const TABLE = new Uint8Array(0x10000);
for (const c of SINGLE) TABLE[c.charCodeAt(0)] |= COMMON;
for (const c of RARE) TABLE[c.charCodeAt(0)] |= RARE_SINGLE;
for (const c of COMPOUND) TABLE[c.charCodeAt(0)] |= COMPOUND_FIRST;

/**
 * Surnames written with a variant outside the BMP, read as the character
 * they stand for: 𠮷 (U+20BB7) for 吉, as in 𠮷凤英. Two UTF-16 units.
 */
const VARIANT_SURNAMES: ReadonlyMap<number, string> = new Map([[0x20bb7, '吉']]);
for (const cp of VARIANT_SURNAMES.keys()) TABLE[String.fromCodePoint(cp).charCodeAt(0)] |= VARIANT_FIRST;

/** The character at `pos` is a variant of a common surname (𠮷). */
function isVariantSurname(text: string, pos: number): boolean {
  const cp = text.codePointAt(pos);
  const stands = cp !== undefined && VARIANT_SURNAMES.get(cp);
  return !!stands && (TABLE[stands.charCodeAt(0)] & COMMON) !== 0;
}
