// What a web page says about itself: title, outlet, address, author, date and language from its meta
// tags, canonical link, <time> elements and the "saved from" comment browsers write into saved pages.

import type { MetadataHints } from '../material';
import type { HtmlDocumentLike, HtmlElementLike } from './dom-like';
import { collapseText } from './html-blocks';
import type { ArticleLike } from './libraries';

/** Longer values are not metadata but a page stuffing its tags. */
const MAX_HINT_LENGTH = 500;

/** The address in `<!-- saved from url=(0044)https://… -->`, which browsers write at the top of a saved page. */
export function savedFromUrl(html: string): string | undefined {
  const match = /<!--\s*saved from url=\((\d{1,5})\)(\S+?)\s*-->/i.exec(html.slice(0, 4096));
  return match?.[2] ? webUrl(match[2]) : undefined;
}

function clean(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const text = collapseText(value);
  return text && text.length <= MAX_HINT_LENGTH ? text : undefined;
}

/** An absolute http(s) address, resolved against `base` when relative; anything else is no address. */
function webUrl(value: string | null | undefined, base?: string): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    const url = base ? new URL(text, base) : new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** meta tags by lower-cased name, property or itemprop; the first of each wins. */
function metaTags(doc: HtmlDocumentLike): Map<string, string> {
  const tags = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let index = 0; index < metas.length; index += 1) {
    const meta = metas[index] as HtmlElementLike;
    const content = clean(meta.getAttribute('content'));
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function first(...values: (string | undefined)[]): string | undefined {
  return values.find((value) => value !== undefined && value !== '');
}

function elementText(element: HtmlElementLike | null): string | undefined {
  return element ? clean(element.textContent) : undefined;
}

/** A page title often ends with the outlet's name ("Headline | Outlet"); the outlet is a field of its own. */
function withoutOutlet(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ']) {
    const suffix = `${separator}${outlet}`;
    if (title.toLowerCase().endsWith(suffix.toLowerCase()) && title.length > suffix.length) {
      return title.slice(0, -suffix.length).trim();
    }
  }
  return title;
}

/** An author meta tag sometimes holds a profile address rather than a name. */
function authorName(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//i.test(value) ? value : undefined;
}

function publishedFromTime(doc: HtmlDocumentLike): string | undefined {
  const dated =
    doc.querySelector('[itemprop="datePublished"]') ??
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[datetime]');
  if (!dated) return undefined;
  return clean(dated.getAttribute('datetime') ?? dated.getAttribute('content'));
}

export interface HtmlHintSources {
  /** The address the caller knows the page by (where it was pasted from), used when the page names none. */
  readonly url?: string;
  /** The address in the saved-page comment; see savedFromUrl. */
  readonly savedFrom?: string;
}

/** Hints from the whole document; call it before anything cuts the page down to its article. */
export function htmlMetadataHints(doc: HtmlDocumentLike, sources: HtmlHintSources = {}): MetadataHints {
  const meta = metaTags(doc);
  const outlet = first(meta.get('og:site_name'), meta.get('application-name'));
  const pageTitle = elementText(doc.querySelector('title'));
  const title = first(
    meta.get('og:title'),
    meta.get('twitter:title'),
    elementText(doc.querySelector('h1')),
    pageTitle ? withoutOutlet(pageTitle, outlet) : undefined,
  );
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const knownUrl = first(webUrl(meta.get('og:url')), sources.savedFrom, webUrl(sources.url));
  const url = first(webUrl(canonical, knownUrl), knownUrl);
  const author = first(
    authorName(meta.get('author')),
    authorName(meta.get('article:author')),
    authorName(meta.get('dc.creator')),
  );
  const published = first(
    meta.get('article:published_time'),
    meta.get('date'),
    meta.get('datepublished'),
    meta.get('dc.date'),
    meta.get('dcterms.created'),
    meta.get('dcterms.date'),
    meta.get('dcterms.issued'),
    publishedFromTime(doc),
  );
  const language = first(
    clean(doc.documentElement?.getAttribute('lang')),
    clean(doc.documentElement?.getAttribute('xml:lang')),
    meta.get('content-language'),
    meta.get('og:locale')?.replace('_', '-'),
  );
  return {
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(url ? { url } : {}),
    ...(author ? { author } : {}),
    ...(published ? { published } : {}),
    ...(language ? { language } : {}),
  };
}

/** Fills what the page's tags left out from Readability's reading (a byline in the text, JSON-LD data). */
export function withArticleHints(
  hints: MetadataHints,
  article: ArticleLike | null | undefined,
): MetadataHints {
  if (!article) return hints;
  const title = hints.title ?? clean(article.title);
  const outlet = hints.outlet ?? clean(article.siteName);
  const author = hints.author ?? authorName(clean(article.byline));
  const published = hints.published ?? clean(article.publishedTime);
  const language = hints.language ?? clean(article.lang);
  return {
    ...hints,
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(author ? { author } : {}),
    ...(published ? { published } : {}),
    ...(language ? { language } : {}),
  };
}
