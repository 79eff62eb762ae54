// What each committed write of the store changed, as one typed event, and the one emitter that tells
// whoever follows the store (the search index above all) once the write's transaction has committed.

import type {
  Briefing,
  BriefingVersion,
  Dossier,
  DossierDocument,
  Entity,
  Source,
  TimelineEvent,
} from '../../shared/model';

/**
 * One committed write. A write that changes several records tells them all in its one event: `put`
 * carries the records as now stored, `delete` the record as it was before it went, and both carry the
 * records whose links the write changed with it (an ingested source's entities and events, the events an
 * entity was unlinked from).
 */
export type StoreChange =
  | { readonly kind: 'dossier'; readonly op: 'put'; readonly dossier: Dossier }
  /** Dossiers emptied from the Trash, with everything they held. */
  | { readonly kind: 'dossier'; readonly op: 'delete'; readonly dossierIds: readonly string[] }
  /** A shared dossier as it was stored; `replaced` when it took the place of the dossier with its id. */
  | {
      readonly kind: 'dossier';
      readonly op: 'import';
      readonly document: DossierDocument;
      readonly replaced: boolean;
    }
  | {
      readonly kind: 'source';
      readonly op: 'put' | 'delete';
      readonly source: Source;
      readonly entities: readonly Entity[];
      readonly events: readonly TimelineEvent[];
    }
  | {
      readonly kind: 'entity';
      readonly op: 'put' | 'delete';
      readonly entity: Entity;
      readonly events: readonly TimelineEvent[];
    }
  | { readonly kind: 'event'; readonly op: 'put' | 'delete'; readonly event: TimelineEvent }
  | {
      readonly kind: 'briefing';
      readonly op: 'put' | 'delete';
      readonly briefing: Briefing;
      readonly versions: readonly BriefingVersion[];
    }
  | { readonly kind: 'version'; readonly op: 'put'; readonly version: BriefingVersion };

export type StoreChangeKind = StoreChange['kind'];
export type StoreChangeListener = (change: StoreChange) => void;

/** Tells every subscriber each change, in the order the writes committed. */
export class StoreChanges {
  private readonly listeners = new Set<StoreChangeListener>();

  /**
   * `onListenerError` hears what a subscriber threw: the write has committed by then, so its caller must
   * not see it fail, and the other subscribers must still hear of it.
   */
  constructor(private readonly onListenerError: (error: unknown) => void = (error) => console.error(error)) {}

  /** Follows every change from now on; the returned function stops following. */
  subscribe(listener: StoreChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(change: StoreChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
}
