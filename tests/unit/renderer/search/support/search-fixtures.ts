// Search documents for the tests of the search worker's host and client: a few dossiers with their
// sources and briefings, written as the index is given them.

import type { SearchIndexReply } from '../../../../../renderer/search/search-protocol';
import { type SearchDocument, type SearchKind, searchIdOf } from '../../../../../shared/search';

export function searchDocument(
  kind: SearchKind,
  recordId: string,
  dossierId: string,
  title: string,
  text = '',
): SearchDocument {
  return { id: searchIdOf(kind, recordId), kind, recordId, dossierId, title, text };
}

/** Two dossiers about ports and one about rail, with sources and a briefing. */
export function libraryDocuments(): SearchDocument[] {
  return [
    searchDocument('dossier', 'd-ports', 'd-ports', 'Baltic ports', 'Harbour security\nshipping'),
    searchDocument(
      'source',
      's-1',
      'd-ports',
      'Harbour master interview',
      'Cranes idle at Gdańsk since March.',
    ),
    searchDocument('source', 's-2', 'd-ports', 'Customs figures', 'Container traffic fell by a third.'),
    searchDocument('briefing', 'b-1', 'd-ports', 'Ports briefing', 'Container traffic and crane outages.'),
    searchDocument('dossier', 'd-north', 'd-north', 'North Sea ports', 'Rotterdam and Hamburg'),
    searchDocument(
      'source',
      's-3',
      'd-north',
      'Rotterdam container terminal',
      'Automated cranes, record traffic.',
    ),
    searchDocument('dossier', 'd-rail', 'd-rail', 'Rail freight', 'Corridors east'),
    searchDocument('source', 's-4', 'd-rail', 'Freight corridor report', 'Containers moved by rail to Łódź.'),
  ];
}

/** A promise with its resolve and reject at hand, for a build that finishes when the test says. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((resolveWith, rejectWith) => {
    resolve = resolveWith;
    reject = rejectWith;
  });
  return { promise, resolve, reject };
}

/** Lets queued promise callbacks and timers of zero delay run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The hits of one search reply, failing the test for any other reply. */
export function hitsOf(replies: readonly SearchIndexReply[], requestId: number) {
  const reply = replies.find(
    (candidate) =>
      (candidate.type === 'hits' || candidate.type === 'search-failed') && candidate.requestId === requestId,
  );
  if (reply?.type !== 'hits') throw new Error(`no hits for request ${requestId}: ${JSON.stringify(reply)}`);
  return reply.hits;
}
