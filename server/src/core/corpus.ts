/**
 * A set of bulletins analysed together: each document's model, and the
 * repeated paragraphs across all of them. Documents are named by a key (a
 * path or URI) whose sort order decides which copy came first.
 */
import { analyzeBulletin, contentBlocks } from './analysis';
import { applyDictionary, EMPTY_DICTIONARY, type UserDictionary } from './dictionary';
import { DEFAULT_DUPLICATE_OPTIONS, type Duplicate, DuplicateIndex, type DuplicateOptions } from './duplicates';
import { encodingFindings } from './encoding';
import { duplicateMessage, type Lang, originalLabel, placeText } from './messages';
import type { BulletinModel, Entity, Finding } from './model';
import type { RawTagger } from './segmenter';
import { splitLines } from './text';

export const DUPLICATE_CODE = 'duplicate-paragraph';

export interface CorpusOptions {
  duplicates: DuplicateOptions;
  /** Shows another document's key in messages (a file name rather than a URI). */
  displayName: (doc: string) => string;
}

export class Corpus {
  private readonly models = new Map<string, BulletinModel>();
  /** Each document's entities as the rules found them, before the user dictionary. */
  private readonly ruleEntities = new Map<string, Entity[]>();
  private dictionary: UserDictionary = EMPTY_DICTIONARY;
  private index: DuplicateIndex;
  private options: CorpusOptions;

  constructor(private readonly tagger: RawTagger, options: Partial<CorpusOptions> = {}) {
    this.options = { duplicates: DEFAULT_DUPLICATE_OPTIONS, displayName: (d) => d, ...options };
    this.index = new DuplicateIndex(this.options.duplicates);
  }

  /** Analyses (or re-analyses) a document and indexes its paragraphs. */
  set(doc: string, text: string): BulletinModel {
    const analysed = analyzeBulletin(text, this.tagger);
    this.ruleEntities.set(doc, analysed.entities);
    const model = { ...analysed, entities: applyDictionary(text, analysed.entities, this.dictionary) };
    this.models.set(doc, model);
    this.index.setDocument(doc, model.isBulletin ? contentBlocks(model) : []);
    return model;
  }

  /** Changes the duplicate options and re-indexes every document under them. */
  configureDuplicates(duplicates: Partial<DuplicateOptions>): void {
    this.options = { ...this.options, duplicates: { ...this.options.duplicates, ...duplicates } };
    this.index = new DuplicateIndex(this.options.duplicates);
    for (const [doc, model] of this.models) this.index.setDocument(doc, model.isBulletin ? contentBlocks(model) : []);
  }

  /**
   * Applies a new user dictionary to every document, without analysing them
   * again: it is a pass over the rules' entities, so a removed entry is undone.
   */
  setDictionary(dictionary: UserDictionary): void {
    this.dictionary = dictionary;
    for (const [doc, model] of this.models) {
      const base = this.ruleEntities.get(doc) ?? model.entities;
      this.models.set(doc, { ...model, entities: applyDictionary(model.text, base, dictionary) });
    }
  }

  remove(doc: string): void {
    this.models.delete(doc);
    this.ruleEntities.delete(doc);
    this.index.removeDocument(doc);
  }

  model(doc: string): BulletinModel | undefined {
    return this.models.get(doc);
  }

  /** Every document with its model, in document order (the order that decides which copy came first). */
  entries(): [string, BulletinModel][] {
    const compare = this.options.duplicates.compareDocs;
    return [...this.models.entries()].sort((a, b) => compare(a[0], b[0]));
  }

  has(doc: string): boolean {
    return this.models.has(doc);
  }

  /** The repeated paragraphs of a document, as findings with a message and the earlier copy. */
  findings(doc: string, lang: Lang = 'zh'): Finding[] {
    const model = this.models.get(doc);
    const encoding = model ? encodingFindings(model, lang) : [];
    return [...encoding, ...this.index.duplicatesOf(doc).map((d) => this.duplicateFinding(doc, d, lang))];
  }

  private duplicateFinding(doc: string, d: Duplicate, lang: Lang): Finding {
    const originalText = this.models.get(d.original.doc)?.text ?? '';
    const line = lineAt(originalText, d.original.start);
    const place = placeText(lang, line, d.original.doc === doc ? undefined : this.options.displayName(d.original.doc));
    return {
      code: DUPLICATE_CODE,
      severity: 'warning',
      start: d.start,
      end: d.end,
      message: duplicateMessage(lang, d.kind, d.similarity, place),
      data: { kind: d.kind, similarity: d.similarity },
      related: [{ doc: d.original.doc, start: d.original.start, end: d.original.end, message: originalLabel(lang) }],
    };
  }
}

function lineAt(text: string, offset: number): number {
  return splitLines(text.slice(0, offset)).length - 1;
}
