// The clean-up: decides, block by block, what of the material is the article and what is packaging —
// the title (kept as the source's title), byline and date lines, photo captions and their repeats,
// contents lists that repeat the headings, share/subscribe/cookie boilerplate, and trailing text in
// another language. Nothing is deleted: every dropped block keeps its reason so the user can restore it.

import { normalizeTerm } from '../search/terms';
import { detectLanguage, isClearlyOtherLanguage, MIN_LANGUAGE_SAMPLE } from './language';
import type { DropReason, IngestBlock, IngestListBlock, ReviewedBlock } from './material';

/** How a block's parts are joined into one line: plain spaces for matching, marks for labels. */
export interface BlockTextSeparators {
  readonly item: string;
  readonly cell: string;
  readonly row: string;
}
const SPACES: BlockTextSeparators = { item: ' ', cell: ' ', row: ' ' };

/** All the words of a block, as one line of text. */
export function blockText(block: IngestBlock, separators: BlockTextSeparators = SPACES): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return block.text;
    case 'list':
      return listTexts(block).join(separators.item);
    case 'table':
      return block.rows.map((row) => row.join(separators.cell)).join(separators.row);
  }
}

export function listTexts(list: IngestListBlock): string[] {
  return list.items.flatMap((item) => [item.text, ...(item.children ? listTexts(item.children) : [])]);
}

/** The form two texts are compared in: lower case, no accents, no punctuation, single spaces. */
export function comparable(text: string): string {
  return normalizeTerm(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether the text has more than `limit` words; stops counting there, as blocks can be long. */
function longerThan(text: string, limit: number): boolean {
  if (text.length <= limit * 2) return false;
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const space = text.charCodeAt(index) <= 32;
    if (!space && !inWord && ++words > limit) return true;
    inWord = !space;
  }
  return false;
}

/** The key repeated paragraphs share: case and spacing ignored; cheaper than comparable on long text. */
function repeatKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// ---- Captions

const CREDIT =
  '(?:photo(?:graph)?s?|foto|image|picture|pic|credit|archive|file|getty images|reuters|afp|ap|dpa|epa)';
const CAPTION_PATTERNS = [
  // "… - PHOTO/FILE", "… | Photo: Reuters", "… (Photo: AFP)"
  new RegExp(String.raw`(?:^|\s)[-–—|/]\s*${CREDIT}(?:\s*[/:]\s*[\p{L} .]+)?\s*\)?$`, 'iu'),
  new RegExp(String.raw`\(\s*${CREDIT}\s*[:/][^)]*\)$`, 'iu'),
  // "PHOTO/FILE - …", "Photo: …", "Image credit: …"
  new RegExp(String.raw`^${CREDIT}(?:\s*/\s*${CREDIT})?\s*(?:credit)?\s*[-–—:|]`, 'iu'),
  /^©\s*\S/u,
];

/** The caption's words without its credit, to find the same caption repeated without one. */
function captionCore(text: string): string {
  let core = text;
  for (const pattern of CAPTION_PATTERNS) core = core.replace(pattern, ' ');
  return repeatKey(core);
}

function isCaption(block: IngestBlock): boolean {
  if (block.kind === 'paragraph' && block.caption) return true;
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return false;
  if (longerThan(block.text, 40)) return false;
  return CAPTION_PATTERNS.some((pattern) => pattern.test(block.text.trim()));
}

// ---- Boilerplate

const BOILERPLATE = new RegExp(
  [
    String.raw`\bsubscri(?:be|ption)\b`,
    String.raw`\bnewsletters?\b`,
    String.raw`\bsign(?:ing)? up\b`,
    String.raw`\bcookies?\b`,
    String.raw`\bshare (?:this|on|via)\b`,
    String.raw`\bfollow us\b`,
    String.raw`\ball rights reserved\b`,
    '^advertisement$',
    String.raw`^(?:read more|related (?:articles|stories|news|content)|recommended|most read)\b`,
    String.raw`\bprivacy (?:policy|settings)\b`,
    String.raw`\bterms of (?:use|service)\b`,
    String.raw`\bclick here\b`,
    String.raw`\bdownload (?:our|the) app\b`,
    String.raw`\bsend us your (?:news|tips|stories)\b`,
    String.raw`\bdo you have (?:a story|news|a tip)\b`,
    // German, French, Spanish, Italian
    String.raw`\babonnieren\b|\bjetzt teilen\b|\bdatenschutz`,
    String.raw`\babonnez-vous\b|\bpartager\b|\blettre d['’]information\b`,
    String.raw`\bsuscr[ií]be|\bbolet[ií]n\b|\benv[ií]anos\b|\bcompartir\b`,
    String.raw`\biscriviti\b|\bcondividi\b`,
  ].join('|'),
  'iu',
);
const SOCIAL_ONLY =
  /^(?:(?:share|print|e-?mail|copy link|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|flipboard|threads|bluesky)\s*[|·•,/]?\s*)+$/iu;

/** Short blocks that are a site's furniture rather than the article: share bars, sign-up boxes, cookie notes. */
function isBoilerplate(block: IngestBlock): boolean {
  const text = blockText(block).trim();
  if (block.kind === 'table' || longerThan(text, 60)) return false;
  if (SOCIAL_ONLY.test(text)) return true;
  if (block.kind === 'list')
    return block.items.every((item) => SOCIAL_ONLY.test(item.text.trim()) || BOILERPLATE.test(item.text));
  return BOILERPLATE.test(text);
}

// ---- Contents lists

const CONTENTS_HEADING =
  /^(?:table of )?contents?$|^in this (?:article|story|report)$|^inhalt(?:sverzeichnis)?$|^sommaire$|^[ií]ndice$/iu;

function stripNumbering(text: string): string {
  return text.replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[ivxlc]+\.)\s+/i, '');
}

/** A list of two or more items, most of which are headings that follow it. */
function isContentsList(block: IngestBlock, laterHeadings: ReadonlySet<string>): boolean {
  if (block.kind !== 'list') return false;
  const items = listTexts(block).map((text) => comparable(stripNumbering(text)));
  if (items.length < 2) return false;
  const matched = items.filter((item) => laterHeadings.has(item)).length;
  return matched >= 2 && matched / items.length >= 0.8;
}

// ---- Title

export interface TitleChoice {
  readonly title: string;
  /** The block the title was taken from, if it is one of the material's blocks. */
  readonly index?: number;
}

/**
 * A headline without the site's name that <title> adds: after a bar always ("… | Example News"), after a
 * dash only when it is the outlet's name, since headlines have dashes of their own ("Rabat – Berlin talks").
 */
function withoutSiteName(title: string, outlet: string | undefined): string {
  const bar = /\s+\|\s+[^|]{2,60}$/u;
  if (bar.test(title)) return title.replace(bar, '');
  const dash = /\s+[–—-]\s+([^–—-]{2,60})$/u.exec(title);
  if (dash && outlet && comparable(dash[1] ?? '') === comparable(outlet)) return title.slice(0, dash.index);
  return title;
}

/**
 * The title: the block matching the file's own title when it has one (og:title, h1, Word's Title), else the
 * first heading among the opening blocks (a teaser paragraph may come first). Empty when there is none:
 * the user types it rather than the clean-up inventing one.
 */
export function chooseTitle(
  blocks: readonly IngestBlock[],
  hinted: string | undefined,
  outlet?: string,
): TitleChoice {
  const hint = hinted?.trim() ?? '';
  const headline = withoutSiteName(hint, outlet);
  const candidates = [comparable(hint), comparable(headline)].filter(Boolean);
  if (candidates.length > 0) {
    const index = blocks.findIndex(
      (block, position) =>
        position < 8 &&
        (block.kind === 'heading' || block.kind === 'paragraph') &&
        candidates.includes(comparable(block.text)),
    );
    const found = blocks[index];
    if (found && (found.kind === 'heading' || found.kind === 'paragraph'))
      return { title: found.text, index };
  }
  // The file names its title but no block repeats it (Readability takes the headline out of the article).
  if (hint) return { title: headline || hint };
  const opening = blocks.slice(0, 4);
  const headingIndex = opening.findIndex((block) => block.kind === 'heading');
  const heading = blocks[headingIndex];
  // A heading after the first blocks only counts if nothing but a teaser paragraph precedes it.
  const before = blocks.slice(0, headingIndex);
  if (heading?.kind === 'heading' && before.every((block) => block.kind === 'paragraph' && !block.caption)) {
    return { title: heading.text, index: headingIndex };
  }
  return { title: '' };
}

// ---- Trailing blocks in another language

/** Walks back from the end, dropping blocks in another language until one in the article's language. */
function dropTrailingOtherLanguage(
  reviewed: (DropReason | undefined)[],
  blocks: readonly IngestBlock[],
  language: string,
) {
  if (!language) return;
  let foreignAfter = false;
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    if (reviewed[index]) continue;
    const text = blockText(blocks[index] as IngestBlock);
    if (text.length < MIN_LANGUAGE_SAMPLE * 2) {
      // Too short to tell by itself (a heading such as "Send us your news"): it goes with what follows it.
      if (foreignAfter) reviewed[index] = 'other-language';
      continue;
    }
    if (!isClearlyOtherLanguage(text, language)) return;
    reviewed[index] = 'other-language';
    foreignAfter = true;
  }
}

// ---- The whole pass

export interface CleanupResult {
  readonly title: string;
  readonly blocks: ReviewedBlock[];
  /** The article's language (ISO 639-1), from what is kept; '' when too little text. */
  readonly language: string;
}

export interface CleanupOptions {
  readonly titleHint?: string;
  /** The outlet the file names, to take its name off the end of the title. */
  readonly outletHint?: string;
  /** Blocks a metadata step already recognised as byline or date lines. */
  readonly metadataLines?: ReadonlySet<number>;
}

export function cleanUpBlocks(blocks: readonly IngestBlock[], options: CleanupOptions = {}): CleanupResult {
  const reasons: (DropReason | undefined)[] = blocks.map((block) =>
    /[\p{L}\p{N}]/u.test(blockText(block)) ? undefined : 'empty',
  );
  const title = chooseTitle(blocks, options.titleHint, options.outletHint);
  if (title.index !== undefined) reasons[title.index] = 'title';
  for (const index of options.metadataLines ?? []) reasons[index] ??= 'metadata';

  const captionCores = new Set<string>();
  blocks.forEach((block, index) => {
    if (reasons[index] || !isCaption(block)) return;
    reasons[index] = 'caption';
    captionCores.add(captionCore(blockText(block)));
  });

  // Headings after each position, to recognise a contents list by what follows it.
  const laterHeadings = new Set<string>();
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const block = blocks[index] as IngestBlock;
    if (!reasons[index] && isContentsList(block, laterHeadings)) {
      reasons[index] = 'contents';
      const before = blocks[index - 1];
      // Its label ("Contents", "In this article") goes with it, as a heading or a bold line.
      const label = before?.kind === 'heading' || before?.kind === 'paragraph' ? before.text.trim() : '';
      if (CONTENTS_HEADING.test(label.replace(/[:：]$/, '')) && !reasons[index - 1])
        reasons[index - 1] = 'contents';
    }
    if (block.kind === 'heading' || (block.kind === 'paragraph' && !longerThan(block.text, 15))) {
      laterHeadings.add(comparable(block.text));
    }
  }

  const keptText = blocks
    .filter((block, index) => !reasons[index] && (block.kind === 'paragraph' || block.kind === 'list'))
    .map((block) => blockText(block))
    .join(' ');
  const language = detectLanguage(keptText);
  dropTrailingOtherLanguage(reasons, blocks, language);

  blocks.forEach((block, index) => {
    if (!reasons[index] && isBoilerplate(block)) reasons[index] = 'boilerplate';
  });

  // Repeats: the same paragraph twice (pull quotes, captions without their credit), never lists or tables.
  const seen = new Set<string>(captionCores);
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' && block.kind !== 'quote') return;
    const key = repeatKey(block.text);
    if (!key) return;
    if (!reasons[index] && seen.has(key)) reasons[index] = 'duplicate';
    if (!reasons[index] || reasons[index] === 'caption') seen.add(key);
  });

  return {
    title: title.title,
    language,
    blocks: blocks.map((block, index) => {
      const dropped = reasons[index];
      return dropped ? { index, block, dropped } : { index, block };
    }),
  };
}
