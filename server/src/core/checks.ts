/** The problems the analysis reports, each under a stable diagnostic code, and which of them to look for. */

export const DUPLICATE_CODE = 'duplicate-paragraph';
export const BROKEN_PARAGRAPH_CODE = 'broken-paragraph';
export const DOUBLED_PHRASE_CODE = 'doubled-phrase';

export interface Checks {
  duplicates: boolean;
  brokenParagraph: boolean;
  doubledPhrase: boolean;
}

export const ALL_CHECKS: Checks = { duplicates: true, brokenParagraph: true, doubledPhrase: true };
