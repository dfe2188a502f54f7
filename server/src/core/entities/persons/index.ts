/**
 * Persons: names found by their context (a title before, a byline, an
 * appointment verb, an action after), continued through lists, then every
 * other mention of a name found. The first rule to claim a span keeps it.
 */
import type { Entity } from '../../model';
import type { TextContext } from '../context';
import { anonymisedNames } from './anonymised';
import { bylineNames } from './bylines';
import { countedNames } from './counted';
import { creditNames } from './credits';
import { dottedGivenName, dottedNames } from './dotted';
import { listBefore, listContinuation } from './lists';
import { repeatedMentions } from './repeats';
import { speakerNames } from './speakers';
import { titledNames } from './titled';
import { triggeredNames } from './triggers';

/** Persons of the text, in document order, not overlapping one another. */
export function findPersons(ctx: TextContext): Entity[] {
  const taken = new Uint8Array(ctx.text.length);
  const found: Entity[] = [];
  const isTaken = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (taken[i]) return true;
    return false;
  };
  const add = (e: Entity) => {
    if (isTaken(e.start, e.end)) return false;
    taken.fill(1, e.start, e.end);
    found.push(e);
    return true;
  };
  // Names the context vouches for, with their lists and other mentions, go first:
  // a name read only by what follows it (排查中，上官|红梅一行) must not claim their place.
  const spread = (from: number) => {
    for (let i = from; i < found.length; i++) {
      for (const e of listContinuation(ctx, found[i])) if (!add(e)) break;
      for (const e of listBefore(ctx, found[i])) if (!add(e)) break;
    }
    const names = new Set(found.slice(from).filter((e) => !/[ \u3000]/.test(e.text)).map((e) => e.text));
    // 达吾列提·加肯 is called 达吾列提 later on.
    for (const e of found.slice(from)) {
      const given = e.rule === 'dotted' ? dottedGivenName(e.text) : undefined;
      if (given) names.add(given);
    }
    for (const e of repeatedMentions(ctx, names, isTaken)) add(e);
  };
  for (const rule of [dottedNames, anonymisedNames, bylineNames, creditNames, titledNames, triggeredNames, countedNames]) for (const e of rule(ctx)) add(e);
  spread(0);
  const weak = found.length;
  for (const e of speakerNames(ctx)) add(e);
  spread(weak);
  return found.sort((a, b) => a.start - b.start);
}
