// What the search index is given for a dossier, source or briefing: its title and the rest of its words
// as plain text (rich text flattened by the model's plainTextOf), under an id unique across kinds.

import { type Briefing, type Dossier, plainTextOf, type Source } from '../model';

export const SEARCH_KINDS = ['dossier', 'source', 'briefing'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The model record each kind of search document is made from. */
export interface SearchableRecord {
  dossier: Dossier;
  source: Source;
  briefing: Briefing;
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

/** The search document of a dossier, source or briefing: plain text only, rich text flattened. */
export function searchDocumentOf<K extends SearchKind>(kind: K, record: SearchableRecord[K]): SearchDocument {
  const base = { id: searchIdOf(kind, record.id), kind, recordId: record.id, title: record.title };
  switch (kind) {
    case 'dossier': {
      const dossier = record as Dossier;
      return { ...base, dossierId: dossier.id, text: joinLines([dossier.summary, ...dossier.tags]) };
    }
    case 'source': {
      const source = record as Source;
      // Outlet and author first: they are short, so a search for them finds its snippet at once.
      const text = joinLines([source.outlet, source.author, plainTextOf(source.body), source.notes]);
      return { ...base, dossierId: source.dossierId, text };
    }
    default: {
      const briefing = record as Briefing;
      return { ...base, dossierId: briefing.dossierId, text: plainTextOf(briefing.content) };
    }
  }
}

function joinLines(parts: readonly string[]): string {
  return parts.filter((part) => part.length > 0).join('\n');
}
