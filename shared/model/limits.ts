// Every size limit the model enforces, in one place, so hostile or damaged files are refused with a clear
// message instead of exhausting memory or the stack. Generous for real desk work; docs/data-model.md lists them.

/** Deepest JSON nesting accepted anywhere; checked before zod so deep input cannot overflow the stack. */
export const MAX_JSON_DEPTH = 200;

/** Deepest node nesting in one rich-text document (doc = 1; a list in a table in a quote is about 8). */
export const MAX_RICH_TEXT_DEPTH = 64;
/** Most nodes in one rich-text document (a 100-page report is roughly 20,000). */
export const MAX_RICH_TEXT_NODES = 100_000;
/** Most characters of text in one rich-text document (about 300,000 words). */
export const MAX_RICH_TEXT_CHARS = 2_000_000;

/** Ids of dossiers, sources, entities, events, briefings, versions, and citation targets. */
export const MAX_ID_LENGTH = 64;
/** Titles of dossiers, sources, briefings, versions, events; template names. */
export const MAX_TITLE_LENGTH = 500;
/** Outlet, author, entity name, alias, section titles. */
export const MAX_NAME_LENGTH = 300;
/** One tag. */
export const MAX_TAG_LENGTH = 60;
/** Tags on one dossier. */
export const MAX_TAGS = 50;
/** Aliases of one entity. */
export const MAX_ALIASES = 200;
/** Dossier summary, event description, template description and section hint. */
export const MAX_SUMMARY_LENGTH = 20_000;
/** Free-text notes on a source or an entity. */
export const MAX_NOTES_LENGTH = 200_000;
/** A source URL or a link in rich text. */
export const MAX_URL_LENGTH = 2_048;
/** Attachment file name (the common file-system limit). */
export const MAX_FILE_NAME_LENGTH = 255;
/** Attachment MIME type. */
export const MAX_MIME_TYPE_LENGTH = 255;
/** Links from one item to others (an entity's sources, an event's sources or entities, a source's attachments). */
export const MAX_LINKS = 10_000;
/** Items in one collection of a DossierDocument (sources, entities, events, briefings, versions, attachments). */
export const MAX_ITEMS = 100_000;
/** Sections in one template. */
export const MAX_TEMPLATE_SECTIONS = 50;
/** Widest col/row span of a table cell. */
export const MAX_TABLE_SPAN = 1_000;
