/**
 * The analysis model of one bulletin. Every offset is a UTF-16 index into the
 * decoded text (no BOM); `end` is exclusive.
 */
import type { Paragraph, Span } from './text';

/**
 * What a node of the outline is. The first four are the export's kinds
 * (shared/spec/annotations.md); the others a reader sees too but are not
 * articles of this issue, so only the editor shows them:
 * - `item`: a bullet item of a 简讯 section (no headline of its own);
 * - `fragment`: text whose headline is not in this file (a page-break
 *   continuation such as （上接第一版①）, or text before the first headline);
 * - `teaser`: a headline pointing to text elsewhere (… 详见二版), or a table
 *   of contents (本期导读) holding one teaser per entry;
 * - `closing`: the closing block (本期送, 发, 责任编辑).
 */
export type OutlineKind = 'masthead' | 'section' | 'article' | 'subhead' | 'item' | 'fragment' | 'teaser' | 'closing';

/** A span with its text. */
export interface TextSpan extends Span {
  text: string;
}

/**
 * A line that points elsewhere: `from` （上接第一版①）, `to` （下转第二版）,
 * `see` 详见二版, `page` a page header (第二版).
 */
export interface Marker extends TextSpan {
  kind: 'from' | 'to' | 'see' | 'page';
}

/**
 * A node of the outline: the span it covers and its title's span. For a
 * masthead, section, article or subhead the title is the headline exactly as
 * printed (`text.slice(titleStart, titleEnd)`, without `#` or padding); for
 * the other kinds it names the node by its first words or its marker.
 */
export interface OutlineNode extends Span {
  kind: OutlineKind;
  title: string;
  titleStart: number;
  titleEnd: number;
  /** Byline, date or first words: shown beside the title. */
  detail?: string;
  /** The line above the headline (引题), e.g. 集全区之力 聚万众之心. */
  kicker?: TextSpan;
  /** The line below the headline (副题), e.g. ——市污染防治攻坚战督办督导组…纪实. */
  subtitle?: TextSpan;
  /** 编者按. */
  editorNote?: TextSpan;
  /** Who wrote it: 本报记者 孙阔河, (记者 王明琪), 记者 景静, （区城管局）, (来源：新华社). */
  byline?: TextSpan;
  /** The date the lead gives (12月1日), when it gives one. */
  date?: TextSpan;
  /** The body's paragraphs (for an inline headline, the part after it), in order. */
  body: Span[];
  markers: Marker[];
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
  /** The rule that found it (titled, byline, suffix, quoted, dictionary…): for tests and hover, not exported. */
  rule?: string;
  /** Found in a lexicon of well-known names (national bodies and slogans) rather than by shape. */
  known?: boolean;
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
