export { citationBookmark, describeSource, describeSourceText, renderCitation } from './citation';
export { renderSourcesAnnex, SOURCES_ANNEX_TITLE } from './sources-annex';
