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
  const finder = new PersonFinder(ctx);
  finder.vouched();
  finder.mentions(finder.names(0));
  const weak = finder.speakers();
  finder.mentions(finder.names(weak));
  return finder.sorted();
}

/**
 * The person rules in the order they claim spans, as steps, so that a text
 * can be read a line at a time: the names one step finds anywhere in the
 * document (`names`) feed the next step's search for other mentions
 * (`mentions`) in every line. Names the context vouches for, with their
 * lists and other mentions, go first: a name read only by what follows it
 * (排查中，上官|红梅一行) must not claim their place.
 */
export class PersonFinder {
  readonly found: Entity[] = [];
  private readonly taken: Uint8Array;

  /** Only spans starting in [from, to) are kept: the rest of the text is context. */
  constructor(
    private readonly ctx: TextContext,
    private readonly from = 0,
    private readonly to = ctx.text.length,
  ) {
    this.taken = new Uint8Array(ctx.text.length);
  }

  /** Names vouched for by a byline, a credit, a title or an appointment, with the lists they start. */
  vouched(): void {
    for (const rule of [dottedNames, anonymisedNames, bylineNames, creditNames, titledNames, triggeredNames, countedNames]) for (const e of rule(this.ctx)) this.add(e);
    this.lists(0);
  }

  /** Names followed by what people do (王某某指出), with their lists; returns where they start in `found`. */
  speakers(): number {
    const weak = this.found.length;
    for (const e of speakerNames(this.ctx)) this.add(e);
    this.lists(weak);
    return weak;
  }

  /** Every other mention of `names` not yet claimed. */
  mentions(names: ReadonlySet<string>): void {
    for (const e of repeatedMentions(this.ctx, names, this.isTaken)) this.add(e);
  }

  /** The names found from `found[from]` on, as other mentions are looked for (not those padded with spaces: 高  歌). */
  names(from: number): Set<string> {
    const names = new Set(this.found.slice(from).filter((e) => !/[ \u3000]/.test(e.text)).map((e) => e.text));
    // 达吾列提·加肯 is called 达吾列提 later on.
    for (const e of this.found.slice(from)) {
      const given = e.rule === 'dotted' ? dottedGivenName(e.text) : undefined;
      if (given) names.add(given);
    }
    return names;
  }

  sorted(): Entity[] {
    return this.found.sort((a, b) => a.start - b.start);
  }

  private lists(from: number): void {
    for (let i = from; i < this.found.length; i++) {
      for (const e of listContinuation(this.ctx, this.found[i])) if (!this.add(e)) break;
      for (const e of listBefore(this.ctx, this.found[i])) if (!this.add(e)) break;
    }
  }

  private readonly isTaken = (start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (this.taken[i]) return true;
    return false;
  };

  private add(e: Entity): boolean {
    if (this.isTaken(e.start, e.end)) return false;
    this.taken.fill(1, e.start, e.end);
    if (e.start >= this.from && e.start < this.to) this.found.push(e);
    return true;
  }
}
