/**
 * A set of bulletins analysed together: each document's model (entities
 * corrected by the user dictionary), and the repeated paragraphs across all
 * of them. Documents are named by a key (a
 * path or URI) whose sort order decides which copy came first.
 *
 * A document is either set (an open document, the command line: its layout
 * is kept, and its entities are found line by line so that the next edit
 * reads again only the lines it touched) or only indexed (a workspace file:
 * its paragraphs are compared at once, and its entities, which need word
 * segmentation, are found when someone asks for them).
 */
import { analyzeLayout, contentBlocks, layoutSteps } from './analysis';
import { ALL_CHECKS, type Checks } from './checks';
import { EMPTY_DICTIONARY, type UserDictionary } from './dictionary';
import { duplicateFinding } from './duplicateFindings';
import { DEFAULT_DUPLICATE_OPTIONS, DuplicateIndex, type DuplicateOptions } from './duplicates/index';
import { encodingFindings } from './encoding';
import { fileSizeFindings } from './fileSize';
import { findEntities } from './entities';
import { EntitiesByLine, groupLines } from './entities/byLine';
import { LineTagger, splitAtLineFeeds } from './lineWords';
import type { DoubledPhrase } from './lints/doubledPhrase';
import { lintFindings } from './lints/index';
import type { LineInfo } from './outline/lines';
import { ParagraphMemo } from './paragraphMemo';
import type { Lang } from './messages';
import type { BulletinLayout, BulletinModel, Entity, Finding } from './model';
import { type RawTagger, tagWithOffsets } from './segmenter';
import { drain, type Steps } from './steps';

export { DUPLICATE_CODE } from './checks';
export { duplicateOfFinding } from './duplicateFindings';

function newLineState(tagger: RawTagger): LineState {
  return { words: new LineTagger(tagger), entities: new EntitiesByLine(), outline: new ParagraphMemo(), doubled: new ParagraphMemo() };
}

/** An indexed document shorter than this (UTF-16 units) has its entities found in one go. */
const WHOLE_TEXT_LIMIT = 100_000;

export interface CorpusOptions {
  duplicates: DuplicateOptions;
  /** Shows another document's key in messages (a file name rather than a URI). */
  displayName: (doc: string) => string;
  /** A text over this many bytes of UTF-8 is not analysed (only told so); no limit by default. */
  maxFileBytes: number;
}

interface DocState {
  text: string;
  isBulletin: boolean;
  notBulletinReason?: string;
  /** Paragraphs and outline, kept for a document set; an indexed one's are read again when needed. */
  layout?: BulletinLayout;
  /** The model of the current text, once its entities are found. */
  model?: BulletinModel;
  /** What makes the next edit of a set document cheap: its lines' words and entities. */
  lines?: LineState;
  /** The last findings asked for, while no document has changed since (a code action asks again at once). */
  findings?: { key: string; version: number; list: Finding[] };
}

interface LineState {
  words: LineTagger;
  entities: EntitiesByLine;
  /** How the outline read each paragraph, and the phrases typed twice in it, in the last version. */
  outline: ParagraphMemo<LineInfo>;
  doubled: ParagraphMemo<DoubledPhrase[]>;
}

export class Corpus {
  private readonly docs = new Map<string, DocState>();
  private dictionary: UserDictionary = EMPTY_DICTIONARY;
  private index: DuplicateIndex;
  /** Counts changes of any document: another document's text or paragraphs change a document's repeats. */
  private version = 0;
  private options: CorpusOptions;

  constructor(private readonly tagger: RawTagger, options: Partial<CorpusOptions> = {}) {
    this.options = { duplicates: DEFAULT_DUPLICATE_OPTIONS, displayName: (d) => d, maxFileBytes: Infinity, ...options };
    this.index = new DuplicateIndex(this.options.duplicates);
  }

  /** Analyses (or re-analyses) a document and indexes its paragraphs. */
  set(doc: string, text: string): BulletinModel {
    this.setLayout(doc, text);
    return this.analyse(doc)!;
  }

  /**
   * The cheap half of `set`: paragraphs, outline and repeats of a new text
   * (the entities of the last text are dropped until `analyse`).
   */
  setLayout(doc: string, text: string): BulletinLayout {
    return drain(this.layoutSteps(doc, text));
  }

  /** `setLayout` in steps; the document is refiled in the last, so nothing changes until then. */
  *layoutSteps(doc: string, text: string): Steps<BulletinLayout> {
    const lines = this.docs.get(doc)?.lines ?? newLineState(this.tagger);
    lines.outline.begin();
    const layout = yield* layoutSteps(text, this.tagger, lines.outline, this.options.maxFileBytes);
    lines.outline.end();
    const state = this.store(doc, layout);
    state.lines = lines;
    state.layout = layout;
    return layout;
  }

  /** Indexes a document's paragraphs without word segmentation (its layout is not kept). */
  add(doc: string, text: string): BulletinLayout {
    const layout = analyzeLayout(text, this.tagger, undefined, this.options.maxFileBytes);
    this.store(doc, layout);
    return layout;
  }

  private store(doc: string, layout: BulletinLayout): DocState {
    this.version++;
    const state: DocState = { text: layout.text, isBulletin: layout.isBulletin, notBulletinReason: layout.notBulletinReason };
    this.docs.set(doc, state);
    this.index.setDocument(doc, layout.isBulletin ? contentBlocks(layout) : []);
    return state;
  }

  /** The full model of a document's current text, its entities found now if they are not yet. */
  analyse(doc: string): BulletinModel | undefined {
    return drain(this.analysis(doc));
  }

  /**
   * `analyse` in steps, each a few milliseconds of work, for a caller that
   * answers requests in between. Gives undefined when the document was set
   * again or removed before the last step.
   */
  *analysis(doc: string): Generator<void, BulletinModel | undefined> {
    const state = this.docs.get(doc);
    if (!state) return undefined;
    if (state.model) return state.model;
    const entities = yield* this.entitySteps(state);
    if (this.docs.get(doc) !== state) return undefined;
    state.model = { ...this.layoutOf(state), entities };
    return state.model;
  }

  /** The entities of an indexed document, found now and not kept (for an index of mentions). */
  entitiesOnce(doc: string): Entity[] | undefined {
    const state = this.docs.get(doc);
    return state && (state.model?.entities ?? drain(this.entitySteps(state)));
  }

  private *entitySteps(state: DocState): Generator<void, Entity[]> {
    // Without a segmenter (its dictionary could not be loaded) there are no entities; the rest works.
    if (!state.isBulletin || this.tagger.available?.() === false) return [];
    const { text } = state;
    // A file read once is read whole (faster, the same result); a large one in steps, like an open one.
    if (!state.lines && text.length < WHOLE_TEXT_LIMIT) return findEntities(text, tagWithOffsets(this.tagger, text), this.dictionary);
    const lines = state.lines ?? newLineState(this.tagger);
    const spans = splitAtLineFeeds(text);
    const lineTexts = spans.map((l) => text.slice(l.start, l.end));
    yield* lines.words.tagMissing(lineTexts);
    const words = lines.words.wordsOf(lineTexts);
    const entities = yield* lines.entities.steps({ text, lines: spans, words: (i) => words[i], units: groupLines(text, spans) }, this.dictionary);
    lines.words.retain(lineTexts);
    return entities;
  }

  /**
   * Applies a new user dictionary to every analysed document without
   * analysing again: it is a pass over the rules' entities, so a removed
   * entry is undone. An indexed document's model is let go and found again
   * when asked for.
   */
  setDictionary(dictionary: UserDictionary): void {
    this.dictionary = dictionary;
    for (const state of this.docs.values()) {
      if (!state.model) continue;
      state.model = state.lines && state.isBulletin ? { ...state.model, entities: state.lines.entities.withDictionary(dictionary) } : undefined;
    }
  }

  /** Changes the duplicate options and, if they differ, re-indexes every document under them. */
  configureDuplicates(duplicates: Partial<DuplicateOptions>): void {
    const next = { ...this.options.duplicates, ...duplicates };
    const old = this.options.duplicates;
    if (next.minLength === old.minLength && next.nearThreshold === old.nearThreshold && next.compareDocs === old.compareDocs) return;
    this.options = { ...this.options, duplicates: next };
    this.version++;
    this.index = new DuplicateIndex(next);
    for (const [doc, state] of this.docs) this.index.setDocument(doc, state.isBulletin ? contentBlocks(this.layoutOf(state)) : []);
  }

  /**
   * Changes the size limit; true when it changed. Documents already read
   * keep their verdict until set again (the caller sets the open ones
   * again; a file is read again or forgotten).
   */
  setMaxFileBytes(limitBytes: number): boolean {
    if (limitBytes === this.options.maxFileBytes) return false;
    this.options = { ...this.options, maxFileBytes: limitBytes };
    this.version++;
    return true;
  }

  get maxFileBytes(): number {
    return this.options.maxFileBytes;
  }

  /** Whether the last set, add or remove may have changed the repeats found in `doc` (another document). */
  repeatsMayHaveChanged(doc: string): boolean {
    return this.index.mayHaveChanged(doc);
  }

  /** Makes the repeat index ready for lookups now, after many documents were added. */
  compactIndex(): void {
    this.index.compact();
  }

  remove(doc: string): void {
    this.version++;
    this.docs.delete(doc);
    this.index.removeDocument(doc);
  }

  /** A set document's layout (paragraphs and outline), kept since it was set. */
  layout(doc: string): BulletinLayout | undefined {
    return this.docs.get(doc)?.layout;
  }

  /** A document's model if its entities are found already (nothing is analysed). */
  currentModel(doc: string): BulletinModel | undefined {
    return this.docs.get(doc)?.model;
  }

  /** A document's model, analysed now if it was only indexed (and then kept). */
  model(doc: string): BulletinModel | undefined {
    return this.analyse(doc);
  }

  /** Every document with its model, in document order (the order that decides which copy came first). */
  entries(): [string, BulletinModel][] {
    return this.documents().map((doc) => [doc, this.model(doc)!]);
  }

  /** Every document's key, in document order. */
  documents(): string[] {
    return [...this.docs.keys()].sort(this.options.duplicates.compareDocs);
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
    return drain(this.findingsSteps(doc, lang, checks));
  }

  /** `findings` in steps. Kept until any document changes; not kept when one changed while they were found. */
  *findingsSteps(doc: string, lang: Lang = 'zh', checks: Checks = ALL_CHECKS): Steps<Finding[]> {
    const state = this.docs.get(doc);
    if (!state) return [];
    const key = `${lang}:${checks.duplicates}:${checks.brokenParagraph}:${checks.doubledPhrase}`;
    if (state.findings?.key === key && state.findings.version === this.version) return state.findings.list;
    const version = this.version;
    const list = yield* this.findingsOf(doc, state, lang, checks);
    if (this.version === version) state.findings = { key, version, list };
    return list;
  }

  private *findingsOf(doc: string, state: DocState, lang: Lang, checks: Checks): Steps<Finding[]> {
    if (!state.isBulletin) return [...encodingFindings(state, lang), ...fileSizeFindings(state, lang, this.options.maxFileBytes)];
    const ctx = { lang, textOf: (d: string) => this.text(d), displayName: this.options.displayName };
    const repeats = checks.duplicates ? (yield* this.index.duplicateSteps(doc)).map((d) => duplicateFinding(doc, d, ctx)) : [];
    state.lines?.doubled.begin();
    const lints = checks.brokenParagraph || checks.doubledPhrase ? lintFindings(this.layoutOf(state), lang, checks, state.lines?.doubled) : [];
    state.lines?.doubled.end();
    return [...repeats, ...lints].sort((a, b) => a.start - b.start);
  }

  private layoutOf(state: DocState): BulletinLayout {
    return state.layout ?? state.model ?? analyzeLayout(state.text, this.tagger, undefined, this.options.maxFileBytes);
  }
}
