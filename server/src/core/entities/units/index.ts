/**
 * Units: organisations named with a suffix (区城管局, 新安路街道), companies
 * named by brand and trade (宇某机械), and national bodies known by name.
 * Where candidates overlap, the longest name written wins.
 */
import type { Entity } from '../../model';
import type { TextContext } from '../context';
import { brandCompanies } from './companies';
import { knownUnits } from './known';
import { suffixedUnits } from './suffixed';

/** Units of the text; `persons` are spans a unit's name may not run into. */
export function findUnits(ctx: TextContext, persons: Entity[]): Entity[] {
  const blocked = new Uint8Array(ctx.text.length);
  for (const p of persons) blocked.fill(1, p.start, p.end);
  return [...knownUnits(ctx), ...suffixedUnits(ctx, blocked), ...brandCompanies(ctx, blocked)];
}
