/**
 * A word or phrase accidentally typed twice inside a sentence: 建档建档立卡,
 * 评优评优. The fix removes the second copy.
 *
 * Chinese doubles some words on purpose (研究研究, 一步一步, 雪白雪白); those
 * forms are left alone.
 */
import type { BulletinLayout } from '../model';
import { ownCopy, type ParagraphMemo } from '../paragraphMemo';
import type { Span } from '../text';

export interface DoubledPhrase extends Span {
  /** The phrase that appears twice; the span is its second copy. */
  phrase: string;
}

/** Two to eight Han characters, immediately repeated. */
const DOUBLED = /(\p{Script=Han}{2,8})\1/gu;

/** Verbs and adjectives that Chinese repeats on purpose (ABAB): "try it a little", "very white". */
const REDUPLICATED = new Set(
  (
    '研究 讨论 商量 考虑 休息 学习 活动 锻炼 打扫 收拾 介绍 了解 检查 交流 体验 尝试 放松 准备 整理 思考 ' +
    '比划 琢磨 溜达 表扬 批评 教育 帮助 关心 照顾 打听 联系 沟通 协调 调查 看看 说说 想想 ' +
    '高兴 热闹 暖和 凉快 轻松 舒服 快活 痛快 干净 明白 清楚 ' +
    '雪白 通红 笔直 冰凉 碧绿 漆黑 滚烫 火红 蜡黄 金黄 湛蓝 喷香 透亮 崭新 乌黑 瓦蓝 煞白 粉红 嫩绿'
  ).split(' '),
);
/** 一个一个, 一步一步: one by one. */
const ONE_BY_ONE = /^一\p{Script=Han}$/u;

/** Every doubled phrase in the text's paragraphs (with `memo`, a paragraph seen in the last version is not searched again). */
export function findDoubledPhrases(layout: BulletinLayout, memo?: ParagraphMemo<DoubledPhrase[]>): DoubledPhrase[] {
  const out: DoubledPhrase[] = [];
  for (const p of layout.paragraphs) {
    const found = memo ? memo.get(p.text, () => doubledIn(ownCopy(p.text))) : doubledIn(p.text);
    for (const d of found) out.push({ start: p.start + d.start, end: p.start + d.end, phrase: d.phrase });
  }
  return out;
}

/** The doubled phrases of one paragraph, offsets into it. */
function doubledIn(text: string): DoubledPhrase[] {
  const out: DoubledPhrase[] = [];
  for (const m of text.matchAll(DOUBLED)) {
    const phrase = m[1];
    if (isIntended(phrase)) continue;
    const second = m.index! + phrase.length;
    out.push({ start: second, end: second + phrase.length, phrase });
  }
  return out;
}

function isIntended(phrase: string): boolean {
  const chars = [...phrase];
  if (chars.every((c) => c === chars[0])) return true; // 哈哈哈哈
  return REDUPLICATED.has(phrase) || ONE_BY_ONE.test(phrase);
}
