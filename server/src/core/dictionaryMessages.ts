/** Messages about the user dictionary's lines, in Chinese with an English fallback. */
import type { DictionaryProblem } from './dictionary';
import type { Lang } from './messages';

const KINDS_ZH = 'person/人物、unit/单位、slogan/提法 或 not/不是';
const KINDS_EN = 'person, unit, slogan or not (or 人物, 单位, 提法, 不是)';

/** One problem of a dictionary line, as a sentence for the user. */
export function dictionaryProblemMessage(lang: Lang, p: DictionaryProblem): string {
  const other = (p.otherLine ?? 0) + 1;
  if (lang === 'zh') {
    switch (p.code) {
      case 'unknown-kind': return `未知的类型“${p.detail}”：应为 ${KINDS_ZH}，后接要标注的文字`;
      case 'missing-text': return `“${p.detail}”后缺少要标注的文字`;
      case 'too-long': return `词条过长（超过 40 字）：${p.detail.slice(0, 12)}…`;
      case 'overridden': return `“${p.detail}”在第 ${other} 行再次出现，以第 ${other} 行为准`;
    }
  }
  switch (p.code) {
    case 'unknown-kind': return `Unknown kind "${p.detail}": use ${KINDS_EN}, then the text to tag`;
    case 'missing-text': return `"${p.detail}" is not followed by the text to tag`;
    case 'too-long': return `Entry too long (over 40 characters): ${p.detail.slice(0, 12)}…`;
    case 'overridden': return `"${p.detail}" appears again on line ${other}; line ${other} wins`;
  }
}

/** Said on a dictionary file inside a workspace that is not trusted. */
export function untrustedDictionaryMessage(lang: Lang): string {
  return lang === 'zh'
    ? '此工作区未受信任，未加载此用户词典（它可能不是您放在这里的）。信任此工作区后即生效。'
    : 'This workspace is not trusted, so this user dictionary is not loaded (it may not be yours). Trust the workspace to use it.';
}
