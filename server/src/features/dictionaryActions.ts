/**
 * Quick fixes that write the user dictionary: "always tag as a person /
 * unit / slogan" for a selection or an entity, and "not an entity". Each is
 * one WorkspaceEdit appending a line to the dictionary file (created if
 * missing), so the user can see it and undo it.
 */
import { type CodeAction, CodeActionKind, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type DictionaryKind, dictionaryLine } from '../core/dictionary';
import { entityAt } from '../core/mentions';
import type { Lang } from '../core/messages';
import type { BulletinModel, EntityType } from '../core/model';

export const DICTIONARY_ACTION_KIND = `${CodeActionKind.QuickFix}.bulletin.dictionary`;

/** The dictionary file the fixes write to: its current text, or undefined when it does not exist yet. */
export interface DictionaryTarget {
  uri: string;
  text: string | undefined;
  /** The open editor's version, or null when the file is not open. */
  version: number | null;
}

const TITLES: Record<Lang, Record<DictionaryKind, (text: string) => string>> = {
  zh: {
    person: (t) => `总是标注为人物：${t}`,
    unit: (t) => `总是标注为单位：${t}`,
    slogan: (t) => `总是标注为提法：${t}`,
    not: (t) => `不是实体：${t}（写入用户词典）`,
  },
  en: {
    person: (t) => `Always tag "${t}" as a person`,
    unit: (t) => `Always tag "${t}" as a unit`,
    slogan: (t) => `Always tag "${t}" as a slogan`,
    not: (t) => `"${t}" is not an entity (add to the user dictionary)`,
  },
};

const HEADER = '# Bulletin Lens 用户词典 user dictionary：每行一条 one entry a line，如 e.g. person 张三 / unit 某某合作社 / slogan 三查三改 / not 智慧\n';
const MAX_SELECTION = 40;
/** Punctuation that ends a sentence: a selection holding it is running text, not a name (a slogan may hold ， or 、). */
const SENTENCE_END = /[。；;！？!?]/;
const TYPES: EntityType[] = ['person', 'unit', 'slogan'];

export interface DictionaryActionRequest {
  range: Range;
  only?: string[];
}

/** A selection worth offering as an entry: one line of Chinese, short, not a whole sentence. */
function isTaggable(selected: string): boolean {
  return selected.length > 0 && selected.length <= MAX_SELECTION && !/[\r\n]/.test(selected) && !SENTENCE_END.test(selected) && /\p{Script=Han}/u.test(selected);
}

/** The dictionary fixes for a range of `doc`: on an entity, retype or suppress it; on a selection, tag it. */
export function dictionaryActions(doc: TextDocument, model: BulletinModel, request: DictionaryActionRequest, target: DictionaryTarget, lang: Lang): CodeAction[] {
  if (!model.isBulletin || !wanted(request.only)) return [];
  const start = doc.offsetAt(request.range.start);
  const end = doc.offsetAt(request.range.end);
  const entity = entityAt(model, start);
  const onEntity = entity && end <= entity.end && (start === end || (start === entity.start && end === entity.end));
  if (onEntity) {
    const text = entity.text;
    const kinds: DictionaryKind[] = ['not', ...TYPES.filter((t) => t !== entity.type)];
    return kinds.map((kind) => action(TITLES[lang][kind](text), kind, text, target));
  }
  const selected = doc.getText(request.range).trim();
  if (!isTaggable(selected)) return [];
  return TYPES.map((kind) => action(TITLES[lang][kind](selected), kind, selected, target));
}

function wanted(only: string[] | undefined): boolean {
  return !only || only.some((o) => DICTIONARY_ACTION_KIND === o || DICTIONARY_ACTION_KIND.startsWith(`${o}.`));
}

function action(title: string, kind: DictionaryKind, text: string, target: DictionaryTarget): CodeAction {
  return { title, kind: DICTIONARY_ACTION_KIND, edit: appendLineEdit(target, dictionaryLine(kind, text)) };
}

/** One edit appending `line` to the dictionary: creating the file with a header first when it is missing. */
export function appendLineEdit(target: DictionaryTarget, line: string): WorkspaceEdit {
  if (target.text === undefined) {
    return {
      documentChanges: [
        { kind: 'create', uri: target.uri, options: { ignoreIfExists: true } },
        { textDocument: { uri: target.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${HEADER}${line}\n` }] },
      ],
    };
  }
  const current = TextDocument.create(target.uri, 'plaintext', 0, target.text);
  const end = current.positionAt(target.text.length);
  const separator = target.text && !/[\r\n]$/.test(target.text) ? '\n' : '';
  return {
    documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits: [{ range: { start: end, end }, newText: `${separator}${line}\n` }] }],
  };
}
