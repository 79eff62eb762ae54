// Proposes a source's details from the material: what the file says about itself (meta tags, document
// properties) first, then byline, date and "Source:" lines near the top. A field that cannot be found
// stays empty; nothing is guessed.

import { isAllowedLinkHref } from '../model';
import { dateLineValue, findDates, parsePublishedDate } from './dates';
import { languageFromTag } from './language';
import type { IngestBlock, MetadataHints, ProposedMetadata } from './material';

/** How far from the top a byline or date line may sit. */
const OPENING_BLOCKS = 8;

const BYLINE =
  /^(?:by|von|par|por|di|written by|text:)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|van|von|de|del|der|al|el|bin|ibn|da|di|le|la)){0,4}(?:\s+(?:and|und|et|y)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})?)\s*(?:[,|·•–—-].*)?$/iu;
const SOURCE_LINE = /^(?:source|url|link|quelle|fuente|original)\s*:\s*(\S+)\s*$/i;
const URL_ONLY = /^(https?:\/\/\S+)$/i;

export interface MetadataLines {
  readonly author?: string;
  readonly published?: string;
  readonly url?: string;
  /** Blocks that are only a byline, a date or a link, dropped from the body once read. */
  readonly indexes: ReadonlySet<number>;
}

function paragraphText(block: IngestBlock | undefined): string | undefined {
  return block && (block.kind === 'paragraph' || block.kind === 'heading') ? block.text.trim() : undefined;
}

/** Blocks at the top that may carry the document's own date, and how many words such a line has at most. */
const DATED_OPENING_BLOCKS = 3;
const DATED_OPENING_WORDS = 12;

function datedOpening(blocks: readonly IngestBlock[]): string | undefined {
  for (const block of blocks.slice(0, DATED_OPENING_BLOCKS)) {
    const text = paragraphText(block);
    if (!text || text.split(/\s+/).length > DATED_OPENING_WORDS) continue;
    // Only a date written out whole: nothing relative, nothing to resolve.
    const [day] = findDates([text], { today: '1970-01-01' }).filter(
      (date) => date.precision === 'day' && !date.approximate,
    );
    if (day) return day.date;
  }
  return undefined;
}

/** Byline, date and source lines among the opening blocks (and a source line among the last ones). */
export function findMetadataLines(blocks: readonly IngestBlock[]): MetadataLines {
  const indexes = new Set<number>();
  let author: string | undefined;
  let published: string | undefined;
  let url: string | undefined;
  const positions = [
    ...Array.from({ length: Math.min(OPENING_BLOCKS, blocks.length) }, (_, index) => index),
    ...Array.from({ length: Math.min(3, blocks.length) }, (_, index) => blocks.length - 1 - index),
  ];
  for (const index of new Set(positions)) {
    const text = paragraphText(blocks[index]);
    if (!text) continue;
    const opening = index < OPENING_BLOCKS;
    const byline = opening && !author ? BYLINE.exec(text) : null;
    if (byline?.[1]) {
      author = byline[1].trim();
      indexes.add(index);
      // "By Jane Roe | 26 February 2024"
      const rest = text.slice(byline[0].indexOf(byline[1]) + byline[1].length);
      published ??= dateLineValue(rest.replace(/^\s*[,|·•–—-]\s*/, ''));
      continue;
    }
    const date = opening && !published ? dateLineValue(text) : undefined;
    if (date) {
      published = date;
      indexes.add(index);
      continue;
    }
    const link = SOURCE_LINE.exec(text)?.[1] ?? URL_ONLY.exec(text)?.[1];
    if (link && !url && isAllowedLinkHref(link) && /^https?:/i.test(link)) {
      url = link;
      indexes.add(index);
    }
  }
  // No date line: a short line at the very top that holds a whole day ("REVUE DE PRESSE – 20 février 2025",
  // "Rédigée le 9 avril 2025 par la cellule Maghreb.") dates the document; the line itself stays.
  published ??= datedOpening(blocks);
  return {
    indexes,
    ...(author ? { author } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
  };
}

function httpUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && /^https?:\/\//i.test(trimmed) && isAllowedLinkHref(trimmed) ? trimmed : undefined;
}

/** "www.example-news.com" for an outlet the material does not name, since the address does. */
function outletFromUrl(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function proposeMetadata(
  hints: MetadataHints | undefined,
  lines: MetadataLines,
  detectedLanguage: string,
): ProposedMetadata {
  const url = httpUrl(hints?.url) ?? lines.url ?? '';
  const outlet = hints?.outlet?.trim() || (url ? outletFromUrl(url) : '');
  return {
    outlet,
    url,
    author: hints?.author?.trim().replace(/^by\s+/i, '') || lines.author || '',
    published: parsePublishedDate(hints?.published) ?? lines.published ?? '',
    language: detectedLanguage || languageFromTag(hints?.language),
  };
}
