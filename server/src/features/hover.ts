/**
 * Hover on a person, unit or slogan: its type, titles seen with a person, a
 * unit's full name, a slogan's gloss, how often it occurs here and in the
 * workspace, and where it first appears.
 */
import { type Hover, MarkupKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../core/messages';
import type { BulletinModel, Entity } from '../core/model';
import { entityAt, mentionsOf, titlesOf } from '../core/mentions';
import { rangeOf } from './ranges';

const TEXT = {
  zh: {
    person: '人物', unit: '单位', slogan: '提法',
    titles: '职务', fullName: '全称', gloss: '释义',
    counts: (here: number, all: number, files: number) => `本文出现 ${here} 次；工作区共 ${all} 次，见于 ${files} 个文件`,
    first: (line: number) => `本文首次出现：第 ${line} 行`,
    firstElsewhere: (file: string) => `工作区首次出现：${file}`,
  },
  en: {
    person: 'Person', unit: 'Unit', slogan: 'Slogan',
    titles: 'Titles', fullName: 'Full name', gloss: 'Meaning',
    counts: (here: number, all: number, files: number) => `${here} in this file; ${all} in the workspace, in ${files} file${files === 1 ? '' : 's'}`,
    first: (line: number) => `First in this file: line ${line}`,
    firstElsewhere: (file: string) => `First in the workspace: ${file}`,
  },
};

export interface HoverContext {
  uri: string;
  lang: Lang;
  models: Iterable<[string, BulletinModel]>;
  displayName: (doc: string) => string;
}

export function hover(doc: TextDocument, model: BulletinModel, offset: number, ctx: HoverContext): Hover | null {
  const entity = entityAt(model, offset);
  if (!entity) return null;
  return { contents: { kind: MarkupKind.Markdown, value: hoverText(doc, entity, ctx) }, range: rangeOf(doc, entity) };
}

function hoverText(doc: TextDocument, entity: Entity, ctx: HoverContext): string {
  const t = TEXT[ctx.lang];
  const mentions = mentionsOf(entity, ctx.uri, ctx.models);
  const lines = [`**${t[entity.type]}** ${entity.text.replace(/[ \u3000]+/g, '')}`, ''];
  const titles = entity.type === 'person' ? titlesOf(mentions.inDocument) : [];
  if (titles.length) lines.push(`${t.titles}：${titles.join('、')}`, '');
  if (entity.fullName) lines.push(`${t.fullName}：${entity.fullName}`, '');
  if (entity.gloss) lines.push(`${t.gloss}：${entity.gloss}`, '');
  lines.push(t.counts(mentions.inDocument.length, mentions.total, mentions.byDocument.size), '');
  const first = mentions.inDocument[0];
  if (first) lines.push(t.first(doc.positionAt(first.start).line + 1));
  const firstDoc = mentions.byDocument.keys().next().value;
  if (firstDoc && firstDoc !== ctx.uri) lines.push('', t.firstElsewhere(ctx.displayName(firstDoc)));
  return lines.join('\n');
}
