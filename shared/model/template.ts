// Briefing templates (templates/*.json): a name and the sections a new briefing starts with. The export
// issue will add page, fonts and cover as optional fields here; until then unknown fields are refused so
// a typo in a template is caught, not ignored.

import { z } from 'zod';
import { guardJson } from './json-guard';
import { MAX_NAME_LENGTH, MAX_SUMMARY_LENGTH, MAX_TEMPLATE_SECTIONS, MAX_TITLE_LENGTH } from './limits';
import { modelErrorFromZod } from './model-error';
import type { RichTextDoc } from './rich-text';
import { plainText } from './text-fields';

/** Template ids are kebab-case and match the file name, e.g. `briefing-note` in briefing-note.json. */
export const templateIdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case template id such as briefing-note' });

export const templateSectionSchema = z
  .object({
    title: plainText(MAX_NAME_LENGTH, true),
    /** Shown to the author as a placeholder in the empty section; never part of the briefing text. */
    hint: plainText(MAX_SUMMARY_LENGTH),
  })
  .strict();
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export const templateSchema = z
  .object({
    id: templateIdSchema,
    name: plainText(MAX_TITLE_LENGTH, true),
    description: plainText(MAX_SUMMARY_LENGTH),
    sections: z.array(templateSectionSchema).min(1).max(MAX_TEMPLATE_SECTIONS),
  })
  .strict();
export type Template = z.infer<typeof templateSchema>;

/** Parse a template file's JSON; throws ModelError naming the path of the first problem. */
export function parseTemplate(json: unknown): Template {
  guardJson(json, 'This template cannot be read');
  const result = templateSchema.safeParse(json);
  if (!result.success) {
    throw modelErrorFromZod(result.error, 'This template cannot be read', 'Fix the template file.');
  }
  return result.data;
}

/** The content of a new briefing: a level-1 heading per section, each followed by an empty paragraph. */
export function briefingContentFromTemplate(template: Template): RichTextDoc {
  return {
    type: 'doc',
    content: template.sections.flatMap((section) => [
      {
        type: 'heading' as const,
        attrs: { level: 1 as const },
        content: [{ type: 'text' as const, text: section.title }],
      },
      { type: 'paragraph' as const },
    ]),
  };
}
