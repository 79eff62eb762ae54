export { citationBookmark, describeSource, renderCitation } from './citation';
export { renderSourcesAnnex, SOURCES_ANNEX_TITLE } from './sources-annex';
