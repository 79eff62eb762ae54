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

// ---- Page furniture, by structure first

/** What a block looks like on the page, read from its shape rather than its words. */
interface BlockShape {
  readonly words: number;
  /** Ends like a sentence (., !, ?, …, closing quote; Arabic ؟ too). */
  readonly sentence: boolean;
  /** Share of its text that is link text. */
  readonly linkDensity: number;
  /** Pieces separated by | · • › (menus, share bars, breadcrumbs, tag lists). */
  readonly segments: number;
  /** Opens with a short label and a colon: "TAGS:", "Mots-clés :", "Read more:", "بقلم:". */
  readonly label: boolean;
  /** Names a web address, a social handle, a copyright or a page count: the page's, not the article's. */
  readonly pageMark: boolean;
}

function linkDensityOf(block: IngestBlock): number {
  const runs =
    block.kind === 'paragraph'
      ? (block.runs ?? [])
      : block.kind === 'list'
        ? block.items.flatMap((item) => item.runs ?? [])
        : [];
  const total = blockText(block).replace(/\s+/g, '').length;
  if (total === 0) return 0;
  const linked = runs
    .filter((run) => run.href)
    .reduce((sum, run) => sum + run.text.replace(/\s+/g, '').length, 0);
  return linked / total;
}

/** "TAGS:" or "Read more:" opening a block; a wire's dateline in capitals ("ISLAMABAD:") is no label. */
function isLabelled(text: string): boolean {
  const label = /^([\p{L}][\p{L}\p{M}'’ -]{0,28}?)\s?[:：]\s*\S/u.exec(text)?.[1];
  if (!label) return false;
  return label !== label.toUpperCase() || !/^\p{Lu}+$/u.test(label) || label.length <= 4;
}

function shapeOf(block: IngestBlock): BlockShape {
  const text = blockText(block).trim();
  return {
    words: text.split(/\s+/).filter(Boolean).length,
    sentence: /[.!?…؟»"”)]$/u.test(text),
    linkDensity: linkDensityOf(block),
    segments: text.split(/\s[|·•›]\s|\s\/\s/u).length,
    label: isLabelled(text),
    pageMark:
      /\bhttps?:\/\/|\bwww\.|(?:^|\s)@[\w.]{3,}|^©|©\s*\d{4}|\bcopyright\b|^\(?\s*\d+\s*\/\s*\d+\s*\)?$|\b(?:page|seite|الصفحة)\s+\d+\s+(?:of|von|sur|من)\s+\d+/iu.test(
        text,
      ),
  };
}

const MARKING =
  /\bTLP\s*:|\b(?:UNCLASSIFIED|RESTRICTED|CONFIDENTIAL|SECRET|VS-NfD|VS-VERTRAULICH|DIFFUSION RESTREINTE)\b/u;

/** Prose that is surely the article: a long run of sentences, few of its words links. */
const isArticleProse = (block: IngestBlock, shape: BlockShape) =>
  (block.kind === 'paragraph' || block.kind === 'quote') &&
  shape.words >= 12 &&
  shape.sentence &&
  !shape.label &&
  shape.linkDensity < 0.3;

/**
 * Furniture told by structure: anywhere, a short block mostly made of links or cut by separators; before
 * the article's first prose and after its last, short blocks that are no sentence, open with a label,
 * name the page (an address, a handle, ©) or carry a furniture word of the article's language.
 * Headings at the top are left to the title; a short sentence at the end ("He will appeal.") stays.
 */
function furnitureIndexes(
  blocks: readonly IngestBlock[],
  reasons: readonly (DropReason | undefined)[],
  pageEdges: boolean,
): Set<number> {
  const shapes = blocks.map(shapeOf);
  const prose = blocks.map(
    (block, index) => !reasons[index] && isArticleProse(block, shapes[index] as BlockShape),
  );
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  const furniture = new Set<number>();
  if (first < 0) return furniture;
  blocks.forEach((block, index) => {
    if (reasons[index] || block.kind === 'table') return;
    // A marking ("TLP:CLEAR", "RESTRICTED") says how the text may be handled: never furniture.
    if (MARKING.test(blockText(block))) return;
    const shape = shapes[index] as BlockShape;
    if (shape.words > 40) return;
    const linked = shape.linkDensity >= 0.5 && shape.words <= 25;
    const cut = shape.segments >= 3 || (shape.segments === 2 && shape.words <= 8);
    if (linked || (cut && (block.kind !== 'heading' || shape.segments >= 3))) {
      furniture.add(index);
      return;
    }
    const before = index < first;
    const after = index > last;
    if ((!before && !after) || !pageEdges) return;
    if (block.kind === 'heading' && before) return;
    const phrase = FURNITURE_WORDS.test(blockText(block));
    if (before) {
      // A teaser may open the page without a stop; a kicker ("World Affairs") is a few words.
      if (shape.label || shape.pageMark || phrase || (shape.words <= 4 && !shape.sentence))
        furniture.add(index);
      return;
    }
    // A heading or a list may close a note unpunctuated ("Agreed points", then its items): only its words
    // or its marks make it furniture there; a paragraph without a stop after the article is furniture.
    const unpunctuated = block.kind === 'paragraph' && !shape.sentence;
    if (unpunctuated || shape.label || shape.pageMark || phrase || /^\(.*\)$/u.test(blockText(block).trim()))
      furniture.add(index);
  });
  // A heading over nothing but furniture ("Most read", "Mehr zum Thema") goes with it.
  for (let index = blocks.length - 1; index > last; index -= 1) {
    if (blocks[index]?.kind !== 'heading' || reasons[index]) continue;
    const rest = blocks.slice(index + 1).map((_, offset) => index + 1 + offset);
    if (rest.every((later) => furniture.has(later) || reasons[later])) furniture.add(index);
  }
  return furniture;
}

/**
 * The second signal: words that name a page's furniture, in the languages desk officers read. Only
 * counted in short blocks at the edges of the article (or, for the strongest, by the older list below).
 */
const FURNITURE_WORDS = new RegExp(
  [
    // English
    String.raw`\b(?:subscri\w*|newsletters?|comments?|print(?:ed)?|advertisement|donate|share|read more|related|tags?|topics?|next page|previous page|back to|continue reading|copyright|sign (?:in|up)|log ?in|unsubscribe)\b`,
    // French
    String.raw`\b(?:abonn\w*|désabonn\w*|commentaires?|imprimer|publicité|partager|lire aussi|à lire|mots-clés|page suivante|page précédente|réservé aux abonnés|diffusion|droits réservés|newsletter)\b`,
    // German
    String.raw`\b(?:abonn\w*|abmelden|kommentare?|kommentieren|drucken|anzeige|teilen|lesen sie|mehr (?:aus|zum)|schlagwörter|weiterlesen|zurück zu\w*|nächste seite|übersicht|verteiler|impressum|rechte vorbehalten|newsletter)\b`,
    // Arabic, without \b: it only knows ASCII letters
    'شارك|تابعونا|جميع الحقوق محفوظة|اشترك|الاشتراك|النشرة|ملفات تعريف الارتباط|الكوكيز|اقرأ المزيد|اقرأ أيضا|طباعة|التعليقات|تعليق|الكلمات المفتاحية|بقلم|للتواصل|مخصص للاستخدام الداخلي|التالي',
  ].join('|'),
  'iu',
);

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
  /**
   * Whether the material is a page with a site around it (HTML, a paste), whose edges hold the site's
   * furniture; false for a Word or PDF document, whose cover page (fields, distribution) is its own.
   */
  readonly pageEdges?: boolean;
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
  for (const index of furnitureIndexes(blocks, reasons, options.pageEdges ?? true))
    reasons[index] = 'boilerplate';

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
