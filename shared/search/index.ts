// The public API of full-text search: the index over dossiers, sources, briefings, entities and timeline
// events, and its hits.

export * from './search-document';
export * from './search-index';
export type { HighlightRange, Snippet } from './snippet';
export { normalizeTerm } from './terms';
