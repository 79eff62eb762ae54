// Pasted HTML and saved web pages as material: metadata from the whole page first, then the blocks of
// Readability's article when it found a real one, else of the whole body.

import { IngestError } from '../ingest-error';
import type { Material } from '../material';
import type { HtmlDocumentLike } from './dom-like';
import { blocksTextLength, htmlToBlocks, removePageChrome } from './html-blocks';
import { htmlMetadataHints, savedFromUrl, withArticleHints } from './html-metadata';
import type { ArticleLike, IngestLibraries } from './libraries';

/** Readability's article is used when it holds at least this much text… */
const MIN_ARTICLE_CHARACTERS = 250;
/** …and at least this share of the body's: less means it cut away part of the story. */
const MIN_ARTICLE_SHARE = 0.2;

export interface HtmlMaterialOptions {
  /** The page's address when the caller knows it (the page it was pasted from). */
  readonly url?: string;
  /** The file name, for messages and the material. */
  readonly name?: string;
  /** Shown the parsed page before anything is taken out of it (a saved page's picture references). */
  readonly onParsed?: (doc: HtmlDocumentLike) => void;
}

/** Parses HTML the way every reader must: through the sanitiser first when the app supplies one. */
export function parseHtml(html: string, libs: IngestLibraries): HtmlDocumentLike {
  return libs.parseHtml(libs.sanitizeHtml ? libs.sanitizeHtml(html) : html);
}

function readArticle(doc: HtmlDocumentLike, libs: IngestLibraries): ArticleLike | null {
  try {
    return libs.readArticle(doc);
  } catch {
    // Readability gives up on odd pages by throwing; the body is still there to read.
    return null;
  }
}

export function materialFromHtml(
  html: string,
  libs: IngestLibraries,
  options: HtmlMaterialOptions = {},
): Material {
  const what = options.name ?? 'The pasted text';
  if (!html.trim()) throw new IngestError('EMPTY', `${what} is empty: there is nothing to add.`);
  const doc = parseHtml(html, libs);
  options.onParsed?.(doc);
  // Metadata first, from the whole page, before anything is taken out of it.
  const tagHints = htmlMetadataHints(doc, { url: options.url, savedFrom: savedFromUrl(html) });
  const root = doc.body ?? doc.documentElement;
  const bodyBlocks = root ? htmlToBlocks(root) : [];
  if (root) removePageChrome(root);
  const article = readArticle(doc, libs);
  const hints = withArticleHints(tagHints, article);
  let blocks = bodyBlocks;
  if (article?.content) {
    const articleDoc = parseHtml(article.content, libs);
    const articleRoot = articleDoc.body ?? articleDoc.documentElement;
    const articleBlocks = articleRoot ? htmlToBlocks(articleRoot) : [];
    const length = blocksTextLength(articleBlocks);
    if (length >= MIN_ARTICLE_CHARACTERS && length >= MIN_ARTICLE_SHARE * blocksTextLength(bodyBlocks)) {
      blocks = articleBlocks;
    }
  }
  if (blocks.length === 0) {
    throw new IngestError(
      'NO_TEXT',
      `${what} holds no readable text, only markup, scripts or pictures: open it, copy the text you need and paste it.`,
    );
  }
  return {
    kind: 'blocks',
    blocks,
    ...(Object.keys(hints).length > 0 ? { hints } : {}),
    ...(options.name ? { name: options.name } : {}),
  };
}
