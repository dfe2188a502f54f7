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

const READ_ERRORS = {
  zh: { ENOENT: '文件不存在', EACCES: '没有读取权限', EPERM: '没有读取权限', EISDIR: '这是一个文件夹，不是文件', NOT_UTF8: '不是 UTF-8 文本（请另存为 UTF-8）' } as Record<string, string>,
  en: { ENOENT: 'the file does not exist', EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'it is a folder, not a file', NOT_UTF8: 'it is not UTF-8 text (save it as UTF-8)' } as Record<string, string>,
};

/** The user dictionary file cannot be used: which file and why; tagging goes on without it. */
export function unreadableDictionaryMessage(lang: Lang, file: string, reason: string): string {
  const why = READ_ERRORS[lang][reason] ?? reason;
  return lang === 'zh'
    ? `无法读取用户词典 ${file}：${why}。标注照常进行，但不使用该词典。`
    : `Cannot read the user dictionary ${file}: ${why}. Tagging goes on without it.`;
}
