/**
 * Tibetan personal names have no surname: they are one or two of a few
 * hundred common elements, written two characters each in Chinese (扎西多吉,
 * 才让卓玛, 次仁). The most common ones; public knowledge.
 */
const ELEMENTS = [
  '扎西', '多吉', '多杰', '卓玛', '次仁', '才仁', '才让', '顿珠', '格桑', '旦增', '丹增', '洛桑', '罗桑', '尼玛', '达瓦', '央金', '拉姆',
  '德吉', '索朗', '索南', '平措', '益西', '边巴', '普布', '强巴', '白玛', '嘎玛', '巴桑', '米玛', '曲珍', '卓嘎', '措姆', '贡布', '罗布',
  '桑珠', '仁增', '加措', '嘉措', '才旦', '更登', '吉美', '久美', '旺堆', '旺姆', '拉巴', '次旦', '央宗', '群培', '德庆', '阿旺', '桑杰',
  '仁青', '拉毛', '东珠', '吉措', '才吉', '扎巴', '贡保', '公保', '尕藏', '完玛', '周措', '拉加', '华旦', '更藏', '才项', '南杰', '尖措',
  '次央', '巴珠', '玉珍', '仓决', '索吉', '格勒', '泽仁', '泽旺', '降措', '降央', '贡觉', '卓措', '然乌', '洛松', '根秋', '俄珠',
];

export const TIBETAN_ELEMENTS: ReadonlySet<string> = new Set(ELEMENTS);
