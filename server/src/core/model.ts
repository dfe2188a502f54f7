/**
 * The analysis model of one bulletin. Every offset is a UTF-16 index into the
 * decoded text (no BOM); `end` is exclusive.
 */
import type { Paragraph, Span } from './text';

export type OutlineKind = 'masthead' | 'section' | 'article' | 'subhead';

/** A node of the outline: the span it covers and its title's span. */
export interface OutlineNode extends Span {
  kind: OutlineKind;
  title: string;
  titleStart: number;
  titleEnd: number;
  /** Byline, date or first words: shown beside the title. */
  detail?: string;
  children: OutlineNode[];
}

export type EntityType = 'person' | 'unit' | 'slogan';

export interface Entity extends Span {
  type: EntityType;
  text: string;
  /** For a person: the title or role written next to the name. */
  title?: string;
  /** For an abbreviated unit: its full form, when known. */
  fullName?: string;
  /** For a slogan: a one-line gloss, when known. */
  gloss?: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A place in another document (or this one), by URI or path as the caller named it. */
export interface RelatedSpan extends Span {
  doc: string;
  message?: string;
}

export interface Finding extends Span {
  code: string;
  severity: Severity;
  message: string;
  /** Free-form payload that quick fixes need (kind, similarity, edit spans…). */
  data?: Record<string, unknown>;
  related: RelatedSpan[];
}

export interface BulletinModel {
  text: string;
  isBulletin: boolean;
  notBulletinReason?: string;
  paragraphs: Paragraph[];
  outline: OutlineNode[];
  entities: Entity[];
}

/** What needs no word segmentation: the paragraphs and the outline (enough for repeats and layout lints). */
export type BulletinLayout = Omit<BulletinModel, 'entities'>;
