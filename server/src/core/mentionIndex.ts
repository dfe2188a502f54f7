/**
 * Where each entity is mentioned across the workspace, kept without the
 * documents' models: a workspace file's mentions are filed once its
 * entities are found, and the model is let go. A lookup by name goes
 * straight to the documents that mention it.
 */
import type { Entity } from './model';

/** What names one entity across documents: its type and its text without padding spaces (高  歌 is 高歌). */
export function mentionKey(e: Pick<Entity, 'type' | 'text'>): string {
  // Most names hold no space: no regular expression for them (an open document's mentions are filed at each edit).
  const padded = e.text.includes(' ') || e.text.includes('\u3000');
  return `${e.type}:${padded ? e.text.replace(/[ \u3000]/g, '') : e.text}`;
}

/** The mentions of an entity in each document that has any, in document order, and whether every document is counted yet. */
export interface WorkspaceMentions {
  of(entity: Entity): [doc: string, mentions: Entity[]][];
  /** Every document's entities, in document order (for workspace symbols). */
  documents(): Iterable<[doc: string, entities: Entity[]]>;
  /** While documents are still being read: how many of how many are counted. */
  progress?: { done: number; total: number };
}

export class MentionIndex {
  /** Each document's entities, in text order, and grouped by key. */
  private readonly byDoc = new Map<string, { entities: Entity[]; byKey: Map<string, Entity[]> }>();
  /** The documents mentioning each key. */
  private readonly byKey = new Map<string, Set<string>>();

  constructor(private readonly compareDocs: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0)) {}

  /** Files (or refiles) a document's entities. */
  set(doc: string, entities: Entity[]): void {
    this.remove(doc);
    const byKey = new Map<string, Entity[]>();
    for (const e of entities) {
      const key = mentionKey(e);
      const list = byKey.get(key);
      if (list) list.push(e);
      else byKey.set(key, [e]);
    }
    this.byDoc.set(doc, { entities, byKey });
    for (const key of byKey.keys()) {
      let docs = this.byKey.get(key);
      if (!docs) this.byKey.set(key, (docs = new Set()));
      docs.add(doc);
    }
  }

  remove(doc: string): void {
    const old = this.byDoc.get(doc);
    if (!old) return;
    this.byDoc.delete(doc);
    for (const key of old.byKey.keys()) {
      const docs = this.byKey.get(key);
      docs?.delete(doc);
      if (docs && !docs.size) this.byKey.delete(key);
    }
  }

  has(doc: string): boolean {
    return this.byDoc.has(doc);
  }

  /** Documents filed. */
  size(): number {
    return this.byDoc.size;
  }

  /** The mentions of entities named like `entity`, per document, in document order. */
  of(entity: Pick<Entity, 'type' | 'text'>): [string, Entity[]][] {
    const key = mentionKey(entity);
    const docs = [...(this.byKey.get(key) ?? [])].sort(this.compareDocs);
    return docs.map((doc) => [doc, this.byDoc.get(doc)!.byKey.get(key)!]);
  }

  /** Every document filed with its entities, in document order. */
  *documents(): Iterable<[string, Entity[]]> {
    for (const doc of [...this.byDoc.keys()].sort(this.compareDocs)) yield [doc, this.byDoc.get(doc)!.entities];
  }
}

