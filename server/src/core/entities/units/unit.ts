/** Building a unit entity, with the full name of an abbreviated one. */
import { expandUnitName } from '../../lexicon/abbreviations';
import type { Entity } from '../../model';

export function unit(name: string, start: number, end: number, rule: string, known = false): Entity {
  const full = expandUnitName(name);
  return {
    type: 'unit', text: name, start, end, rule,
    ...(full && full !== name ? { fullName: full } : {}),
    ...(known ? { known: true } : {}),
  };
}
