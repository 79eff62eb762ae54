// What the search index is given for a dossier, source, briefing, entity or timeline event: its title and
// the rest of its words as plain text (rich text flattened by the model's plainTextOf), under an id unique
// across kinds.

import {
  type Briefing,
  type Dossier,
  type Entity,
  plainTextOf,
  type Source,
  type TimelineEvent,
} from '../model';

export const SEARCH_KINDS = ['dossier', 'source', 'briefing', 'entity', 'event'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The model record each kind of search document is made from. */
export interface SearchableRecord {
  dossier: Dossier;
  source: Source;
  briefing: Briefing;
  entity: Entity;
  event: TimelineEvent;
}

/** What the index is given for one record: its title and all its other words as plain text. */
export interface SearchDocument {
  /** `kind:recordId`, unique across kinds. */
  id: string;
  kind: SearchKind;
  recordId: string;
  /** The dossier the record belongs to; a dossier's own id for a dossier. */
  dossierId: string;
  title: string;
  /** Everything else searchable, one part a line; snippets are cut from it. */
  text: string;
}

export function searchIdOf(kind: SearchKind, recordId: string): string {
  return `${kind}:${recordId}`;
}

/** The search document of a record of any searchable kind: plain text only, rich text flattened. */
export function searchDocumentOf<K extends SearchKind>(kind: K, record: SearchableRecord[K]): SearchDocument {
  const base = { id: searchIdOf(kind, record.id), kind, recordId: record.id };
  switch (kind) {
    case 'dossier': {
      const dossier = record as Dossier;
      const text = joinLines([dossier.summary, ...dossier.tags]);
      return { ...base, dossierId: dossier.id, title: dossier.title, text };
    }
    case 'source': {
      const source = record as Source;
      // Outlet and author first: they are short, so a search for them finds its snippet at once.
      const text = joinLines([source.outlet, source.author, plainTextOf(source.body), source.notes]);
      return { ...base, dossierId: source.dossierId, title: source.title, text };
    }
    case 'entity': {
      const entity = record as Entity;
      // Aliases carry the other spellings and transliterations the entity is searched under.
      const text = joinLines([...entity.aliases, entity.notes]);
      return { ...base, dossierId: entity.dossierId, title: entity.name, text };
    }
    case 'event': {
      const event = record as TimelineEvent;
      // The date as written (2024-05-20), so a year or a month finds the events in it.
      const text = joinLines([event.date.value, event.description]);
      return { ...base, dossierId: event.dossierId, title: event.title, text };
    }
    default: {
      const briefing = record as Briefing;
      const text = plainTextOf(briefing.content);
      return { ...base, dossierId: briefing.dossierId, title: briefing.title, text };
    }
  }
}

function joinLines(parts: readonly string[]): string {
  return parts.filter((part) => part.length > 0).join('\n');
}
