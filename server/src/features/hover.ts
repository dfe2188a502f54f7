/**
 * Hover on a person, unit or slogan: its type, the titles seen with a
 * person, a unit's full name, a slogan's gloss, how often it occurs here and
 * in the workspace, where it first appears, and what found it.
 */
import { type Hover, MarkupKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../core/messages';
import type { BulletinModel, Entity } from '../core/model';
import type { WorkspaceMentions } from '../core/mentionIndex';
import { entityAt, mentionsOf, titlesOf } from '../core/mentions';
import { rangeOf } from './ranges';

const RULES: Record<Lang, Record<string, string>> = {
  zh: {
    titled: '名字前的职务或身份', byline: '署名', credit: '稿件署名', trigger: '任免事项', list: '名单', speaker: '名字后的言行',
    repeat: '文中别处已识别的名字', suffix: '机构名称的后缀', brand: '企业字号和行业', known: '常用名录', quoted: '引号中的提法',
    dictionary: '用户词典',
  },
  en: {
    titled: 'a title or role before the name', byline: 'a byline', credit: 'an author credit', trigger: 'an appointment',
    list: 'a list of names', speaker: 'what follows the name', repeat: 'the same name found elsewhere in the text', suffix: "an organisation's suffix",
    brand: 'a brand and its trade', known: 'a list of well-known names', quoted: 'a formula in quotes', dictionary: 'the user dictionary',
  },
};

const TEXT = {
  zh: {
    person: '人物', unit: '单位', slogan: '提法',
    titles: '职务：', fullName: '全称：', gloss: '释义：', rule: '识别依据：',
    counts: (here: number, all: number, files: number) => `本文出现 ${here} 次；工作区共 ${all} 次，见于 ${files} 个文件`,
    first: (line: number) => `本文首次出现：第 ${line} 行`,
    firstElsewhere: (file: string, line: number) => `工作区首次出现：${file} 第 ${line} 行`,
    partial: (done: number, total: number) => `工作区统计尚未完成：已识别 ${done}/${total} 个文件`,
  },
  en: {
    person: 'Person', unit: 'Unit', slogan: 'Slogan',
    titles: 'Titles: ', fullName: 'Full name: ', gloss: 'Meaning: ', rule: 'Found by: ',
    counts: (here: number, all: number, files: number) => `${here} in this file; ${all} in the workspace, in ${files} file${files === 1 ? '' : 's'}`,
    first: (line: number) => `First in this file: line ${line}`,
    firstElsewhere: (file: string, line: number) => `First in the workspace: ${file}, line ${line}`,
    partial: (done: number, total: number) => `Workspace counts are partial: ${done} of ${total} files read so far`,
  },
};

export interface HoverContext {
  uri: string;
  lang: Lang;
  /** Mentions across the workspace (this document's included). */
  mentions: WorkspaceMentions;
  displayName: (doc: string) => string;
  /** The document of another URI, to turn its offsets into lines. */
  lookup?: (doc: string) => TextDocument | undefined;
}

export function hover(doc: TextDocument, model: BulletinModel, offset: number, ctx: HoverContext): Hover | null {
  const entity = entityAt(model, offset);
  if (!entity) return null;
  return { contents: { kind: MarkupKind.Markdown, value: hoverText(doc, entity, ctx) }, range: rangeOf(doc, entity) };
}

function hoverText(doc: TextDocument, entity: Entity, ctx: HoverContext): string {
  const t = TEXT[ctx.lang];
  const perDocument = ctx.mentions.of(entity);
  const mentions = mentionsOf(entity, ctx.uri, perDocument);
  const lines = [`**${t[entity.type]}** ${entity.text.replace(/[ \u3000]+/g, '')}`, ''];
  const titles = entity.type === 'person' ? titlesOf(allMentions(entity, perDocument, mentions.inDocument)) : [];
  if (titles.length) lines.push(`${t.titles}${titles.join('；')}`, '');
  if (entity.fullName) lines.push(`${t.fullName}${entity.fullName}`, '');
  if (entity.gloss) lines.push(`${t.gloss}${entity.gloss}`, '');
  lines.push(t.counts(mentions.inDocument.length, mentions.total, mentions.byDocument.size), '');
  const progress = ctx.mentions.progress;
  if (progress) lines.push(`*${t.partial(progress.done, progress.total)}*`, '');
  const first = mentions.inDocument[0];
  if (first) lines.push(t.first(doc.positionAt(first.start).line + 1), '');
  const firstDoc = mentions.byDocument.keys().next().value;
  if (firstDoc && firstDoc !== ctx.uri) {
    const other = perDocument.find(([key]) => key === firstDoc)?.[1].find((e) => e.type === entity.type && e.text === entity.text);
    const line = other ? (ctx.lookup?.(firstDoc)?.positionAt(other.start).line ?? 0) + 1 : 1;
    lines.push(t.firstElsewhere(ctx.displayName(firstDoc), line), '');
  }
  if (entity.rule && RULES[ctx.lang][entity.rule]) lines.push(`*${t.rule}${RULES[ctx.lang][entity.rule]}*`);
  return lines.join('\n').trimEnd();
}

/** The mentions of a person in every document, this one first, for the titles seen with them. */
function allMentions(entity: Entity, perDocument: [string, Entity[]][], here: Entity[]): Entity[] {
  const elsewhere = perDocument.flatMap(([, entities]) => entities.filter((e) => e.type === entity.type && e.text === entity.text && !here.includes(e)));
  return [...here, ...elsewhere];
}
