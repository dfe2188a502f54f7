/** The layout lints of one bulletin as findings: text cut by a page break, a phrase typed twice. */
import { BROKEN_PARAGRAPH_CODE, type Checks, DOUBLED_PHRASE_CODE } from '../checks';
import { brokenParagraphMessage, doubledPhraseMessage, type Lang } from '../messages';
import type { BulletinLayout, Finding } from '../model';
import { breakSpan, findBrokenParagraphs } from './brokenParagraph';
import { type DoubledPhrase, findDoubledPhrases } from './doubledPhrase';
import type { ParagraphMemo } from '../paragraphMemo';

export function lintFindings(layout: BulletinLayout, lang: Lang, checks: Checks, memo?: ParagraphMemo<DoubledPhrase[]>): Finding[] {
  if (!layout.isBulletin) return [];
  const out: Finding[] = [];
  if (checks.brokenParagraph) {
    for (const b of findBrokenParagraphs(layout)) {
      out.push({
        code: BROKEN_PARAGRAPH_CODE,
        severity: 'warning',
        ...breakSpan(b),
        message: brokenParagraphMessage(lang),
        // The fix deletes the line breaks between the two parts.
        data: { join: { start: b.head.end, end: b.tail.start } },
        related: [],
      });
    }
  }
  if (checks.doubledPhrase) {
    for (const d of findDoubledPhrases(layout, memo)) {
      out.push({
        code: DOUBLED_PHRASE_CODE,
        severity: 'warning',
        start: d.start,
        end: d.end,
        message: doubledPhraseMessage(lang, d.phrase),
        data: { phrase: d.phrase },
        related: [],
      });
    }
  }
  return out;
}
