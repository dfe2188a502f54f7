/**
 * Names without a surname, as Chinese writes the names of Mongolian,
 * Uyghur and Kazakh people: one to three common elements (巴特尔, 斯琴+高娃,
 * 热依拉·吐尔逊). Tibetan elements are in tibetanNames.ts; this module
 * joins them all. The most common elements of each people, public
 * knowledge; no name of any bulletin.
 */
import { Trie } from '../trie';
import { TIBETAN_ELEMENTS } from './tibetanNames';

/** Mongolian name elements (Inner Mongolia, Xinjiang, Qinghai, Liaoning). */
const MONGOLIAN = [
  '巴特尔', '巴图', '巴雅尔', '巴音', '巴根', '巴根那', '巴达玛', '巴拉', '宝音', '宝力道', '宝力德', '包音', '朝鲁', '朝克', '其其格',
  '其木格', '其力格尔', '乌兰', '乌云', '乌力吉', '乌日娜', '乌恩', '图雅', '托娅', '塔娜', '斯琴', '高娃', '萨仁', '萨日娜', '萨其拉',
  '苏日娜', '苏和', '娜仁', '娜日苏', '阿茹娜', '格日勒', '格根', '敖登', '额尔敦', '额尔登', '额尔德尼', '额日和木',
  '毕力格', '孟和', '那顺', '阿拉坦', '阿拉腾', '阿荣', '阿木古楞', '阿古达木', '哈斯', '哈达', '图布新',
  '白音', '吉日嘎拉', '吉雅', '呼和', '呼斯勒', '布和', '满都拉', '满都呼', '都古尔', '德力格尔', '德勒格', '特木尔', '铁木尔',
  '胡日查', '斯日古楞', '旭日', '扎那', '扎布', '青格勒', '查干', '索德', '米吉德', '诺敏', '巴特', '那日苏', '阿拉塔', '孟根',
  '额尔和', '额尔很', '宝鲁尔', '陶克陶', '吉木斯', '乌兰巴日', '图力古尔', '哈日查盖', '斯仁', '达赉', '达瓦', '格日乐', '桑布',
];

/** Uyghur and Kazakh name elements; names and patronymics are joined by a middle dot (热依拉·吐尔逊). */
const TURKIC = [
  '阿依古丽', '阿依', '古丽', '买买提', '麦麦提', '艾力', '艾买提', '艾合买提', '阿不都', '阿布都', '阿卜杜', '热合曼', '吐尔逊', '努尔',
  '努尔兰', '阿力木', '阿里木', '艾尼瓦尔', '依明', '玉素甫', '伊力', '伊力哈木', '哈力克', '帕提古丽', '热依拉', '迪丽', '米娜',
  '尼格买提', '克里木', '吾斯曼', '斯拉木', '托合提', '买合木提', '阿木提', '肉孜', '加米拉', '哈丽旦', '阿迪力', '沙吾提', '吾买尔',
  '亚森', '卡德尔', '阿依努尔', '古丽娜尔', '祖丽菲亚', '再努尔', '热娜', '艾则孜', '阿不来提', '吐尔洪', '塔依尔', '依沙克', '买吐送',
  '热孜万古丽', '叶尔兰', '别克', '哈力木', '加娜尔', '吐逊', '阿合买提', '赛买提', '库尔班', '木合塔尔', '阿布拉', '古再丽', '排尔哈提',
];

/** One-character endings of Amdo Tibetan names after an element (拉毛|措, 卓玛|吉, 才让|加). */
export const TIBETAN_FINALS: ReadonlySet<string> = new Set([...'措吉加杰']);

/**
 * Characters Chinese uses to spell the sounds of Mongolian, Tibetan and
 * Turkic names (音译用字): a name written only in them after a title, and
 * read by jieba as no common word, is a name even when no element is known.
 */
export const TRANSLITERATION_CHARS: ReadonlySet<string> = new Set([
  ...'阿巴布达扎嘎卡拉玛娜纳帕萨塔哈加乌图苏斯其木格尔德日勒汗敖赫额敦毕孟那顺宝音朝鲁呼满都琴娃仁兰雅特吉次旺堆措卓曲珍央宗索朗瓦依古丽买提艾力热孜克赛沙吐逊努帕肉麦合迪亚尼坦仓登楞沁查干莫罗桑洛普琼贡觉赤列强群培顿珠多杰丹增平边白旦才让东智更尕昂秀公却完周草毛本太',
]);

/**
 * Characters of the Uyghur and Kazakh sounds (维吾尔语、哈萨克语音译用字)
 * beyond those above: a name and its father's joined by a middle dot are
 * spelt only in these, which common words are not (春风化雨·润物无声,
 * 平安·和谐). Particles and conjunctions (和, 的) are left out so that a
 * name ends before them.
 */
export const DOTTED_NAME_CHARS: ReadonlySet<string> = new Set([
  ...TRANSLITERATION_CHARS,
  ...'艾爱安奥拜班贝别波伯代迪地丁杜厄法凡夫甫盖戈哈海罕汗赫胡霍吉江杰卡开坎柯肯库夸莱赖勒雷里利列林鲁伦洛麦曼梅美米密明莫穆乃尼妮帕排潘佩皮普齐恰乔切钦茹若赛色山尚什舒司马义松泰提铁托瓦万维吾西希夏肖谢辛逊耶叶伊尤玉约则再孜祖乎沙夏',
]);

/** Every element, Tibetan included. */
export const NAME_ELEMENTS: ReadonlySet<string> = new Set([...TIBETAN_ELEMENTS, ...MONGOLIAN, ...TURKIC]);

export const elementTrie = new Trie([...NAME_ELEMENTS].map((e): [string, boolean] => [e, true]));
