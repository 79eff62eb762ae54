// The messages between the page and the search worker: what the page asks (build, follow a change,
// search) and what the worker answers, each search answered under the request id it was asked with.
// Answers are parsed on arrival, so a malformed one is caught at the border and not deep in the UI.

import { z } from 'zod';
import {
  SEARCH_KINDS,
  type SearchDocument,
  type SearchHit,
  type SearchKind,
  type SearchOptions,
} from '../../shared/search';

/** One committed write, as the index follows it. */
export type SearchChange =
  | { readonly type: 'upsert'; readonly document: SearchDocument }
  | { readonly type: 'remove'; readonly kind: SearchKind; readonly recordId: string }
  | { readonly type: 'remove-dossier'; readonly dossierId: string };

/** From the page to the index, in the order the page sends them. */
export type SearchIndexRequest =
  /** Build the index from the store now (a search starts the build too). */
  | { readonly type: 'build' }
  | { readonly type: 'change'; readonly change: SearchChange }
  | {
      readonly type: 'search';
      readonly requestId: number;
      readonly query: string;
      readonly options: SearchOptions;
    };

/** From the index to the page. */
export type SearchIndexReply =
  | { readonly type: 'built'; readonly documentCount: number; readonly millis: number }
  | { readonly type: 'build-failed'; readonly message: string }
  | { readonly type: 'hits'; readonly requestId: number; readonly hits: SearchHit[] }
  | { readonly type: 'search-failed'; readonly requestId: number; readonly message: string }
  | { readonly type: 'change-failed'; readonly message: string };

const range = z.tuple([z.number(), z.number()]);

const searchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  recordId: z.string(),
  dossierId: z.string(),
  title: z.string(),
  titleHighlights: z.array(range),
  score: z.number(),
  snippet: z.object({ text: z.string(), highlights: z.array(range) }),
});

const requestId = z.number().int().positive();

const searchIndexReply = z.discriminatedUnion('type', [
  z.object({ type: z.literal('built'), documentCount: z.number().int().nonnegative(), millis: z.number() }),
  z.object({ type: z.literal('build-failed'), message: z.string() }),
  z.object({ type: z.literal('hits'), requestId, hits: z.array(searchHit) }),
  z.object({ type: z.literal('search-failed'), requestId, message: z.string() }),
  z.object({ type: z.literal('change-failed'), message: z.string() }),
]);

/** The reply in `data`, or null when it is not one the worker may send. */
export function parseSearchIndexReply(data: unknown): SearchIndexReply | null {
  const parsed = searchIndexReply.safeParse(data);
  return parsed.success ? (parsed.data as SearchIndexReply) : null;
}
