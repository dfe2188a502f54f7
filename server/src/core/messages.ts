/**
 * User-facing text of the analysis, in Chinese (the users' language) with an
 * English fallback chosen by the editor's locale.
 */
export type Lang = 'zh' | 'en';

/** `zh` for any Chinese locale (zh-cn, zh-tw…), `en` otherwise. */
export function langOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') || locale === undefined ? 'zh' : 'en';
}

const KIND_NAMES = {
  zh: { exact: '完全重复', near: '近似重复', partial: '残段重复' },
  en: { exact: 'exact repeat', near: 'near repeat', partial: 'partial repeat' },
} as const;

/** Where the original is: a line of this file or of another. */
export function placeText(lang: Lang, line: number, otherFile?: string): string {
  if (lang === 'zh') return otherFile ? `《${otherFile}》第 ${line + 1} 行` : `本文第 ${line + 1} 行`;
  return otherFile ? `${otherFile}, line ${line + 1}` : `line ${line + 1}`;
}

export interface RepeatDescription {
  kind: 'exact' | 'near' | 'partial';
  similarity: number;
  /** For partial: whether this copy or the earlier one is cut short. */
  fragment?: 'self' | 'original';
}

/** The message on a repeated paragraph; `place` says where the earlier copy is. */
export function duplicateMessage(lang: Lang, d: RepeatDescription, place: string): string {
  const pct = Math.round(d.similarity * 100);
  if (lang === 'zh') {
    const name = KIND_NAMES.zh[d.kind];
    if (d.kind === 'exact') return `${name}：此段与${place}的段落完全相同`;
    if (d.kind === 'near') return pct >= 100 ? `${name}：此段与${place}的段落只有空格或标点宽度不同` : `${name}：此段与${place}的段落相似（相似度 ${pct}%）`;
    return d.fragment === 'original'
      ? `${name}：${place}的段落是此段被分页截断的残段，删除残段可保留此完整段落`
      : `${name}：此段是被分页截断的残段，完整段落在${place}`;
  }
  if (d.kind === 'exact') return `Exact repeat of the paragraph at ${place}`;
  if (d.kind === 'near') return pct >= 100 ? `Near repeat of the paragraph at ${place}: only spaces or punctuation widths differ` : `Near repeat (${pct}% similar) of the paragraph at ${place}`;
  return d.fragment === 'original'
    ? `Partial repeat: the paragraph at ${place} is a fragment of this one, cut by a page break; removing it keeps this complete copy`
    : `Partial repeat: this fragment is cut from the paragraph at ${place} by a page break`;
}

/** The label of the related location: the earlier copy, the fragment, or the complete paragraph. */
export function originalLabel(lang: Lang, role: 'earlier' | 'fragment' | 'whole' = 'earlier'): string {
  const zh = { earlier: '先出现的段落', fragment: '被截断的残段', whole: '完整段落' };
  const en = { earlier: 'earlier copy', fragment: 'fragment cut by a page break', whole: 'complete paragraph' };
  return (lang === 'zh' ? zh : en)[role];
}

export function brokenParagraphMessage(lang: Lang): string {
  return lang === 'zh'
    ? '段落被分页截断：此处在句子中间断开，下一段是它的后半部分'
    : 'Paragraph cut by a page break: it stops mid-sentence and the next block continues it';
}

export function doubledPhraseMessage(lang: Lang, phrase: string): string {
  return lang === 'zh' ? `重复输入：“${phrase}”连写了两次` : `Doubled phrase: “${phrase}” is written twice in a row`;
}

/** Said once when nodejieba's files cannot be loaded: which file, and what still works. */
export function taggingOffMessage(lang: Lang, file: string): string {
  return lang === 'zh'
    ? `无法加载分词词典 ${file}：人物、单位和提法的标注已关闭；大纲和重复段落检查照常工作。重新安装扩展可恢复标注。`
    : `Could not load the word-segmentation dictionary ${file}: tagging of persons, units and slogans is off; the outline and repeated-paragraph checks still work. Reinstalling the extension restores tagging.`;
}
