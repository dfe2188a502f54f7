/**
 * A set of bulletins analysed together: each document's model (entities
 * corrected by the user dictionary), and the repeated paragraphs across all
 * of them. Documents are named by a key (a
 * path or URI) whose sort order decides which copy came first.
 *
 * A document is either set (analysed at once: an open document, the command
 * line) or only indexed (a workspace file: its paragraphs are compared at
 * once, and its full model, which needs word segmentation, is built the
 * first time someone asks for it).
 */
import { analyzeBulletin, analyzeLayout, contentBlocks } from './analysis';
import { ALL_CHECKS, type Checks, DUPLICATE_CODE } from './checks';
import { applyDictionary, EMPTY_DICTIONARY, type UserDictionary } from './dictionary';
import { DEFAULT_DUPLICATE_OPTIONS, type Duplicate, DuplicateIndex, type DuplicateOptions } from './duplicates/index';
import { encodingFindings } from './encoding';
import { lintFindings } from './lints/index';
import { duplicateMessage, type Lang, originalLabel, placeText } from './messages';
import type { BulletinLayout, BulletinModel, Entity, Finding } from './model';
import type { RawTagger } from './segmenter';
import { splitLines } from './text';

export { DUPLICATE_CODE } from './checks';

export interface CorpusOptions {
  duplicates: DuplicateOptions;
  /** Shows another document's key in messages (a file name rather than a URI). */
  displayName: (doc: string) => string;
}

interface DocState {
  text: string;
  isBulletin: boolean;
  notBulletinReason?: string;
  /** Built on set, or on first request for an indexed document. */
  model?: BulletinModel;
  /** The model's entities as the rules found them, before the user dictionary. */
  ruleEntities?: Entity[];
}

export class Corpus {
  private readonly docs = new Map<string, DocState>();
  private dictionary: UserDictionary = EMPTY_DICTIONARY;
  private index: DuplicateIndex;
  private options: CorpusOptions;

  constructor(private readonly tagger: RawTagger, options: Partial<CorpusOptions> = {}) {
    this.options = { duplicates: DEFAULT_DUPLICATE_OPTIONS, displayName: (d) => d, ...options };
    this.index = new DuplicateIndex(this.options.duplicates);
  }

  /** Analyses (or re-analyses) a document and indexes its paragraphs. */
  set(doc: string, text: string): BulletinModel {
    const layout = analyzeLayout(text, this.tagger);
    const state = this.store(doc, layout);
    return this.analyse(state, layout);
  }

  /** Indexes a document's paragraphs without word segmentation; says whether it is a bulletin. */
  add(doc: string, text: string): boolean {
    const layout = analyzeLayout(text, this.tagger);
    this.store(doc, layout);
    return layout.isBulletin;
  }

  private store(doc: string, layout: BulletinLayout): DocState {
    const state: DocState = { text: layout.text, isBulletin: layout.isBulletin, notBulletinReason: layout.notBulletinReason };
    this.docs.set(doc, state);
    this.index.setDocument(doc, layout.isBulletin ? contentBlocks(layout) : []);
    return state;
  }

  /** The full model: the rules' entities, then the user dictionary over them. */
  private analyse(state: DocState, layout?: BulletinLayout): BulletinModel {
    const analysed = analyzeBulletin(state.text, this.tagger, layout ?? analyzeLayout(state.text, this.tagger));
    state.ruleEntities = analysed.entities;
    state.model = { ...analysed, entities: applyDictionary(state.text, analysed.entities, this.dictionary) };
    return state.model;
  }

  /**
   * Applies a new user dictionary to every analysed document without
   * analysing again: it is a pass over the rules' entities, so a removed
   * entry is undone.
   */
  setDictionary(dictionary: UserDictionary): void {
    this.dictionary = dictionary;
    for (const state of this.docs.values()) {
      if (state.model && state.ruleEntities) state.model = { ...state.model, entities: applyDictionary(state.text, state.ruleEntities, dictionary) };
    }
  }

  /** Changes the duplicate options and, if they differ, re-indexes every document under them. */
  configureDuplicates(duplicates: Partial<DuplicateOptions>): void {
    const next = { ...this.options.duplicates, ...duplicates };
    const old = this.options.duplicates;
    if (next.minLength === old.minLength && next.nearThreshold === old.nearThreshold && next.compareDocs === old.compareDocs) return;
    this.options = { ...this.options, duplicates: next };
    this.index = new DuplicateIndex(next);
    for (const [doc, state] of this.docs) this.index.setDocument(doc, state.isBulletin ? contentBlocks(this.layoutOf(state)) : []);
  }

  remove(doc: string): void {
    this.docs.delete(doc);
    this.index.removeDocument(doc);
  }

  /** A document's model, analysed now if it was only indexed. */
  model(doc: string): BulletinModel | undefined {
    const state = this.docs.get(doc);
    if (!state) return undefined;
    return state.model ?? this.analyse(state);
  }

  /** Every document with its model, in document order (the order that decides which copy came first). */
  entries(): [string, BulletinModel][] {
    const compare = this.options.duplicates.compareDocs;
    return [...this.docs.keys()].sort(compare).map((doc) => [doc, this.model(doc)!]);
  }

  /** The text a document was last set or indexed with. */
  text(doc: string): string | undefined {
    return this.docs.get(doc)?.text;
  }

  has(doc: string): boolean {
    return this.docs.has(doc);
  }

  /** Documents known, and paragraphs long enough to be compared. */
  size(): { documents: number; paragraphs: number } {
    return { documents: this.docs.size, paragraphs: this.index.size() };
  }

  /** The problems of a document: repeated paragraphs (with the earlier copy) and layout lints. */
  findings(doc: string, lang: Lang = 'zh', checks: Checks = ALL_CHECKS): Finding[] {
    const state = this.docs.get(doc);
    if (!state) return [];
    if (!state.isBulletin) return encodingFindings(state, lang);
    const repeats = checks.duplicates ? this.index.duplicatesOf(doc).map((d) => this.duplicateFinding(doc, d, lang)) : [];
    const lints = checks.brokenParagraph || checks.doubledPhrase ? lintFindings(this.layoutOf(state), lang, checks) : [];
    return [...repeats, ...lints].sort((a, b) => a.start - b.start);
  }

  private layoutOf(state: DocState): BulletinLayout {
    return state.model ?? analyzeLayout(state.text, this.tagger);
  }

  private duplicateFinding(doc: string, d: Duplicate, lang: Lang): Finding {
    const originalText = this.docs.get(d.original.doc)?.text ?? '';
    const line = lineAt(originalText, d.original.start);
    const place = placeText(lang, line, d.original.doc === doc ? undefined : this.options.displayName(d.original.doc));
    const role = d.kind !== 'partial' ? 'earlier' : d.fragment === 'original' ? 'fragment' : 'whole';
    return {
      code: DUPLICATE_CODE,
      severity: 'warning',
      start: d.start,
      end: d.end,
      message: duplicateMessage(lang, d, place),
      data: { kind: d.kind, similarity: d.similarity, contained: d.contained, ...(d.fragment ? { fragment: d.fragment } : {}) },
      related: [{ ...d.original, message: originalLabel(lang, role) }],
    };
  }
}

/** The repeat a `duplicate-paragraph` finding describes (the inverse of the corpus's finding). */
export function duplicateOfFinding(f: Finding): Duplicate | undefined {
  const data = (f.data ?? {}) as Partial<Pick<Duplicate, 'kind' | 'similarity' | 'contained' | 'fragment'>>;
  const original = f.related[0];
  if (f.code !== DUPLICATE_CODE || !data.kind || !original) return undefined;
  return {
    start: f.start,
    end: f.end,
    kind: data.kind,
    similarity: data.similarity ?? 0,
    contained: data.contained === true,
    fragment: data.fragment,
    original: { doc: original.doc, start: original.start, end: original.end },
  };
}

function lineAt(text: string, offset: number): number {
  return splitLines(text.slice(0, offset)).length - 1;
}
