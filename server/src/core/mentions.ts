/** Where an entity is mentioned: in one model, and across many. */
import type { WorkspaceMentions } from './mentionIndex';
import type { BulletinModel, Entity } from './model';

export interface Mentions {
  inDocument: Entity[];
  /** Mentions per document key, documents in corpus order, only those with any. */
  byDocument: Map<string, number>;
  total: number;
}

/** Whether two entity mentions name the same thing. */
export function sameEntity(a: Entity, b: Entity): boolean {
  return a.type === b.type && a.text.replace(/[ \u3000]/g, '') === b.text.replace(/[ \u3000]/g, '');
}

/** The entity whose span holds `offset`, if any (binary search over sorted entities). */
export function entityAt(model: BulletinModel, offset: number): Entity | undefined {
  let lo = 0;
  let hi = model.entities.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = model.entities[mid];
    if (offset < e.start) hi = mid - 1;
    else if (offset > e.end) lo = mid + 1;
    else return e;
  }
  return undefined;
}

/** Mentions of `entity` in `doc` and in every document of `perDocument` (each document's entities, in document order). */
export function mentionsOf(entity: Entity, doc: string, perDocument: Iterable<[string, Entity[]]>): Mentions {
  const byDocument = new Map<string, number>();
  let inDocument: Entity[] = [];
  let total = 0;
  for (const [key, entities] of perDocument) {
    const found = entities.filter((e) => sameEntity(e, entity));
    if (key === doc) inDocument = found;
    if (found.length) byDocument.set(key, found.length);
    total += found.length;
  }
  return { inDocument, byDocument, total };
}

/** Titles written next to a person, most frequent first. */
export function titlesOf(mentions: Entity[]): string[] {
  const counts = new Map<string, number>();
  for (const e of mentions) if (e.title) counts.set(e.title, (counts.get(e.title) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
}

/** The mentions of a few documents' models, in the order given (for the command line and tests; the server keeps a MentionIndex). */
export function mentionsInModels(models: [string, BulletinModel][]): WorkspaceMentions {
  return {
    of: (entity) =>
      models.flatMap(([doc, m]): [string, Entity[]][] => {
        const found = m.entities.filter((e) => sameEntity(e, entity));
        return found.length ? [[doc, found]] : [];
      }),
    documents: () => models.map(([doc, m]): [string, Entity[]] => [doc, m.entities]),
  };
}
