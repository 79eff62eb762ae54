// Briefing templates (templates/*.json): the sections a new briefing starts with, and the office layout the
// Word export gives it (page, fonts, headings, colours, cover, contents, header and footer). Every layout
// field is optional and has a default, so a template that names only its sections is still valid; unknown
// fields are refused so a typo in a template is caught, not ignored.

import { z } from 'zod';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages';
import { guardJson } from './json-guard';
import { MAX_NAME_LENGTH, MAX_SUMMARY_LENGTH, MAX_TEMPLATE_SECTIONS, MAX_TITLE_LENGTH } from './limits';
import { modelErrorFromZod } from './model-error';
import type { BlockNode, RichTextDoc, TableRowNode } from './rich-text';
import { plainText } from './text-fields';

export { templateLanguages } from './template-languages';

/** Template ids are kebab-case and match the file name, e.g. `briefing-note` in briefing-note.json. */
export const templateIdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case template id such as briefing-note' });

/** Most columns a section's scaffolded table may have; wider tables do not fit a portrait page. */
export const MAX_TEMPLATE_TABLE_COLUMNS = 8;

export const templateSectionSchema = z
  .object({
    title: plainText(MAX_NAME_LENGTH, true),
    /** Shown to the author as a placeholder in the empty section; never part of the briefing text. */
    hint: plainText(MAX_SUMMARY_LENGTH),
    /** A table the section starts with (e.g. a meeting brief's participants): its header row. */
    table: z
      .object({
        columns: z.array(plainText(MAX_NAME_LENGTH, true)).min(1).max(MAX_TEMPLATE_TABLE_COLUMNS),
      })
      .strict()
      .optional(),
  })
  .strict();
export type TemplateSection = z.infer<typeof templateSectionSchema>;

// ---- Layout. Lengths are in millimetres and type sizes in points, the units an office's style guide uses.

export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

const colorSchema = z.string().regex(/^#[0-9A-Fa-f]{6}$/, { error: 'expected a colour written #RRGGBB' });

/** A font family name as Word writes it; letters, digits and spaces only, since it ends up in XML and CSS. */
const fontNameSchema = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ]*$/, { error: 'expected a font name such as Arial' });

const marginSchema = z.number().min(5).max(80);
const pointSizeSchema = z.number().min(6).max(72);
const spacingSchema = z.number().min(0).max(72);

export const templatePageSchema = z
  .object({
    size: z.enum(PAGE_SIZES, { error: 'expected A4 or Letter' }).default('A4'),
    /** Millimetres from each edge of the paper to the text. */
    margins: z
      .object({ top: marginSchema, right: marginSchema, bottom: marginSchema, left: marginSchema })
      .strict()
      .default({ top: 25, right: 25, bottom: 25, left: 25 }),
  })
  .strict();

export const templateFontsSchema = z
  .object({
    body: fontNameSchema.default('Arial'),
    headings: fontNameSchema.default('Arial'),
    /** Body text size in points. */
    size: z.number().min(6).max(24).default(11),
  })
  .strict();

export const templateHeadingStyleSchema = z
  .object({
    size: pointSizeSchema,
    bold: z.boolean().default(true),
    italic: z.boolean().default(false),
    color: colorSchema.optional(),
    /** Space above and below the heading, in points. */
    spaceBefore: spacingSchema.default(12),
    spaceAfter: spacingSchema.default(6),
    /** Start every heading of this level on a new page. */
    pageBreakBefore: z.boolean().default(false),
  })
  .strict();
export type TemplateHeadingStyle = z.infer<typeof templateHeadingStyleSchema>;

export const HEADING_NUMBERINGS = ['decimal', 'none'] as const;

export const templateHeadingsSchema = z
  .object({
    /** `decimal` numbers headings 1., 1.1, 1.1.1; `none` leaves them unnumbered. */
    numbering: z.enum(HEADING_NUMBERINGS, { error: 'expected decimal or none' }).default('decimal'),
    h1: templateHeadingStyleSchema.prefault({ size: 16, spaceBefore: 18 }),
    h2: templateHeadingStyleSchema.prefault({ size: 13 }),
    h3: templateHeadingStyleSchema.prefault({ size: 11.5, spaceBefore: 10, spaceAfter: 4 }),
  })
  .strict();

export const templateColorsSchema = z
  .object({
    text: colorSchema.default('#000000'),
    /** Headings without a colour of their own, the title and rules on the cover. */
    accent: colorSchema.default('#1F3864'),
    /** Secondary text: header and footer lines, cover labels, footnotes' grading. */
    muted: colorSchema.default('#595959'),
    /** Fill of table header rows and the summary box. */
    tableHeader: colorSchema.default('#DCE3EE'),
    border: colorSchema.default('#8EA0B8'),
    link: colorSchema.default('#0563C1'),
  })
  .strict();

export const COVER_FIELDS = [
  'title',
  'subtitle',
  'date',
  'author',
  'reference',
  'marking',
  'caveat',
  'distribution',
] as const;
export type CoverField = (typeof COVER_FIELDS)[number];

export const templateCoverSchema = z
  .object({
    /** What the cover shows, from top to bottom; a field with no value at export is left out. */
    fields: z
      .array(z.enum(COVER_FIELDS, { error: `expected one of ${COVER_FIELDS.join(', ')}` }))
      .min(1)
      .max(COVER_FIELDS.length)
      .refine((fields) => new Set(fields).size === fields.length, { error: 'lists the same field twice' }),
    /** The usual distribution list; the export can be given another. */
    distribution: z.array(plainText(MAX_NAME_LENGTH, true)).max(50).default([]),
  })
  .strict();
export type TemplateCover = z.infer<typeof templateCoverSchema>;

/** What header and footer text may say: replaced at export by the briefing's values. */
export const TEMPLATE_PLACEHOLDERS = ['title', 'dossier', 'reference', 'date', 'author', 'template'] as const;

function placeholderText(allowed: readonly string[]) {
  return plainText(MAX_NAME_LENGTH).refine(
    (text) => [...text.matchAll(/\{([^{}]*)\}/g)].every((match) => allowed.includes(match[1] ?? '')),
    { error: `expected only the placeholders ${allowed.map((name) => `{${name}}`).join(', ')}` },
  );
}

export const templateHeaderSchema = z
  .object({
    /** A line under the marking at the top of every page, e.g. "{reference} · {date}". */
    text: placeholderText(TEMPLATE_PLACEHOLDERS).default(''),
  })
  .strict();

export const templateFooterSchema = z
  .object({
    /** A line above the marking at the bottom of every page. */
    text: placeholderText(TEMPLATE_PLACEHOLDERS).default(''),
    /** How page numbers are written; {page} and {pages} become Word's PAGE and NUMPAGES fields. */
    pageNumbers: placeholderText([...TEMPLATE_PLACEHOLDERS, 'page', 'pages'])
      .refine((text) => text.includes('{page}') && text.includes('{pages}'), {
        error: 'must contain {page} and {pages}',
      })
      .default('Page {page} of {pages}'),
  })
  .strict();

/** The words the export prints around a briefing; a template may give its own per language. */
export const EXPORT_LABEL_KEYS = [
  'contents',
  'pageFooter',
  'sourcesAnnex',
  'annex',
  'date',
  'author',
  'reference',
  'status',
  'draft',
  'final',
  'distribution',
  'handling',
  'retrieved',
  'grading',
  'annexNote',
  'sourceNumber',
  'source',
  'published',
  'gradingColumn',
  'marking',
  'notDated',
] as const;
export type ExportLabelKey = (typeof EXPORT_LABEL_KEYS)[number];

const labelOverridesSchema = z
  .object(
    Object.fromEntries(EXPORT_LABEL_KEYS.map((key) => [key, plainText(MAX_SUMMARY_LENGTH, true).optional()])),
  )
  .strict() as unknown as z.ZodType<Partial<Record<ExportLabelKey, string>>>;

/** A template's words in one more language: its name, its sections (in the same order) and labels. */
export const templateTranslationSchema = z
  .object({
    name: plainText(MAX_TITLE_LENGTH, true),
    description: plainText(MAX_SUMMARY_LENGTH),
    sections: z
      .array(
        z
          .object({
            title: plainText(MAX_NAME_LENGTH, true),
            hint: plainText(MAX_SUMMARY_LENGTH),
            columns: z
              .array(plainText(MAX_NAME_LENGTH, true))
              .min(1)
              .max(MAX_TEMPLATE_TABLE_COLUMNS)
              .optional(),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_TEMPLATE_SECTIONS),
    labels: labelOverridesSchema.optional(),
    /** The header and footer lines in this language, where they hold words (e.g. "SITREP · {title}"). */
    header: placeholderText(TEMPLATE_PLACEHOLDERS).optional(),
    footer: placeholderText(TEMPLATE_PLACEHOLDERS).optional(),
    /** The cover's usual distribution list in this language. */
    distribution: z.array(plainText(MAX_NAME_LENGTH, true)).max(50).optional(),
  })
  .strict();
export type TemplateTranslation = z.infer<typeof templateTranslationSchema>;

export const templateSchema = z
  .object({
    id: templateIdSchema,
    /** The language its name, sections and header and footer lines are written in. */
    language: z
      .enum(LANGUAGES, { error: `expected one of ${LANGUAGES.join(', ')}` })
      .default(DEFAULT_LANGUAGE),
    name: plainText(MAX_TITLE_LENGTH, true),
    description: plainText(MAX_SUMMARY_LENGTH),
    sections: z.array(templateSectionSchema).min(1).max(MAX_TEMPLATE_SECTIONS),
    /** The same template in other languages, by language. */
    translations: z.partialRecord(z.enum(LANGUAGES), templateTranslationSchema).default({}),
    page: templatePageSchema.prefault({}),
    fonts: templateFontsSchema.prefault({}),
    headings: templateHeadingsSchema.prefault({}),
    colors: templateColorsSchema.prefault({}),
    /** A cover page before everything else; absent or null for none. */
    cover: templateCoverSchema.nullable().default(null),
    /** A table of contents after the cover, filled from the headings. */
    tableOfContents: z.boolean().default(false),
    /** Draw the first section (e.g. a situation report's summary) in a shaded box. */
    summaryBox: z.boolean().default(false),
    header: templateHeaderSchema.prefault({}),
    footer: templateFooterSchema.prefault({}),
  })
  .strict()
  .superRefine((template, issues) => {
    for (const [language, translation] of Object.entries(template.translations)) {
      if (!translation) continue;
      if (translation.sections.length !== template.sections.length) {
        issues.addIssue({
          code: 'custom',
          path: ['translations', language, 'sections'],
          message: `expected ${template.sections.length} sections, as the template has`,
        });
      }
      translation.sections.forEach((section, index) => {
        const columns = template.sections[index]?.table?.columns.length;
        if (section.columns && section.columns.length !== columns) {
          issues.addIssue({
            code: 'custom',
            path: ['translations', language, 'sections', index, 'columns'],
            message: `expected ${columns ?? 'no'} columns, as the template's section has`,
          });
        }
      });
    }
  });
/** A parsed template: every layout field filled in, with its default where the file leaves it out. */
export type Template = z.infer<typeof templateSchema>;
/** A template as written in a file: the layout fields are optional. */
export type TemplateInput = z.input<typeof templateSchema>;

/** Parse a template file's JSON; throws ModelError naming the path of the first problem. */
export function parseTemplate(json: unknown): Template {
  guardJson(json, 'This template cannot be read');
  const result = templateSchema.safeParse(json);
  if (!result.success) {
    throw modelErrorFromZod(result.error, 'This template cannot be read', 'Fix the template file.');
  }
  return result.data;
}

/**
 * The template in a language: its name, description, sections, header and footer lines and distribution
 * list in that language's words where it has them, else as written. The layout stays as it is.
 */
export function localizeTemplate(template: Template, language: Language): Template {
  const translation = language === template.language ? undefined : template.translations[language];
  if (!translation) return template;
  return {
    ...template,
    header: { ...template.header, text: translation.header ?? template.header.text },
    footer: { ...template.footer, text: translation.footer ?? template.footer.text },
    cover:
      template.cover && translation.distribution
        ? { ...template.cover, distribution: translation.distribution }
        : template.cover,
    name: translation.name,
    description: translation.description,
    sections: template.sections.map((section, index) => {
      const translated = translation.sections[index];
      if (!translated) return section;
      const table = section.table ? { columns: translated.columns ?? section.table.columns } : undefined;
      return { title: translated.title, hint: translated.hint, ...(table ? { table } : {}) };
    }),
  };
}

/**
 * The content of a new briefing: a level-1 heading per section, then the section's table (header row and
 * one empty row) if it has one, else an empty paragraph.
 */
export function briefingContentFromTemplate(template: Pick<Template, 'sections'>): RichTextDoc {
  return {
    type: 'doc',
    content: template.sections.flatMap((section): BlockNode[] => [
      {
        type: 'heading',
        attrs: { level: 1 },
        content: [{ type: 'text', text: section.title }],
      },
      section.table ? scaffoldTable(section.table.columns) : { type: 'paragraph' },
    ]),
  };
}

function scaffoldTable(columns: readonly string[]): BlockNode {
  const cellAttrs = { colspan: 1, rowspan: 1, colwidth: null };
  const header: TableRowNode = {
    type: 'tableRow',
    content: columns.map((column) => ({
      type: 'tableHeader',
      attrs: cellAttrs,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: column }] }],
    })),
  };
  const empty: TableRowNode = {
    type: 'tableRow',
    content: columns.map(() => ({ type: 'tableCell', attrs: cellAttrs, content: [{ type: 'paragraph' }] })),
  };
  return { type: 'table', content: [header, empty] };
}
