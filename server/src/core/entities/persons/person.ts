/** Building a person entity: the span, the title written with it, the rule that found it. */
import type { Entity } from '../../model';

export function person(text: string, start: number, end: number, rule: string, title?: string): Entity {
  return { type: 'person', text: text.slice(start, end), start, end, rule, ...(title ? { title } : {}) };
}
