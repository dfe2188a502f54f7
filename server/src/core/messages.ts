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

export function duplicateMessage(lang: Lang, kind: 'exact' | 'near' | 'partial', similarity: number, place: string): string {
  const pct = Math.round(similarity * 100);
  if (lang === 'zh') {
    const how = kind === 'partial' ? '此段是被截断的残段，完整段落在' : kind === 'exact' ? '此段与' : `此段（相似度 ${pct}%）与`;
    return kind === 'partial' ? `${KIND_NAMES.zh[kind]}：${how}${place}` : `${KIND_NAMES.zh[kind]}：${how}${place}的段落重复`;
  }
  if (kind === 'partial') return `Partial repeat: this fragment is cut from the paragraph at ${place}`;
  return kind === 'exact'
    ? `Exact repeat of the paragraph at ${place}`
    : `Near repeat (${pct}% similar) of the paragraph at ${place}`;
}

export function originalLabel(lang: Lang): string {
  return lang === 'zh' ? '先出现的段落' : 'earlier copy';
}
