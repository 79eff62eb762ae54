// The office templates a package may carry (optional): `office-templates.json` lists them without their
// bytes, and `office-templates/<id>.dotx` holds each one's reference document. On reading, each is checked
// again as hostile input by the reference reader and handed over cleaned; the whole package is refused
// (OFFICE_TEMPLATE_INVALID) if one cannot be used, so nothing of it is stored.

import { z } from 'zod';
import { packOfficeReference, ReferenceDocumentError, readOfficeReference } from '../export/reference';
import {
  MAX_OFFICE_TEMPLATE_BYTES,
  type OfficeTemplate,
  officeTemplateInfoSchema,
  officeTemplateSchema,
} from '../model';
import { encodeUtf8 } from './bytes';
import { ADVICE_HOSTILE, PackageError, packageError, quoteName } from './package-error';

export const OFFICE_TEMPLATES_PATH = 'office-templates.json';
export const OFFICE_TEMPLATES_FOLDER = 'office-templates/';
const OFFICE_TEMPLATE_EXTENSION = '.dotx';
/** Office templates one package carries: one per structure is the usual case. */
export const MAX_PACKAGE_OFFICE_TEMPLATES = 20;
/** office-templates.json holds names and distribution lists only. */
const MAX_OFFICE_TEMPLATES_JSON_BYTES = 1024 * 1024;

export function officeTemplatePath(id: string): string {
  return `${OFFICE_TEMPLATES_FOLDER}${id}${OFFICE_TEMPLATE_EXTENSION}`;
}

/** Whether a path is one of this layout's: the list, or a template's document. */
export function isOfficeTemplatePath(path: string): boolean {
  return (
    path === OFFICE_TEMPLATES_PATH ||
    (path.startsWith(OFFICE_TEMPLATES_FOLDER) && path.endsWith(OFFICE_TEMPLATE_EXTENSION))
  );
}

const officeTemplatesListSchema = z
  .object({ templates: z.array(officeTemplateInfoSchema).max(MAX_PACKAGE_OFFICE_TEMPLATES) })
  .strict();

/** The entries for the templates a writer was given (checked against the model): the list first. */
export function officeTemplateEntries(
  templates: readonly OfficeTemplate[],
): { path: string; bytes: Uint8Array }[] {
  if (templates.length === 0) return [];
  const checked = templates.map((template) => {
    const parsed = officeTemplateSchema.safeParse(template);
    if (!parsed.success) {
      throw new PackageError(
        'OFFICE_TEMPLATE_INVALID',
        `The office template ${quoteName(String(template.name))} cannot be shared: ${parsed.error.issues[0]?.message}. Remove it in Office templates, add it again, then share again.`,
      );
    }
    return parsed.data;
  });
  const list = officeTemplatesListSchema.parse({
    templates: checked.map(({ reference: _bytes, ...info }) => info),
  });
  return [
    { path: OFFICE_TEMPLATES_PATH, bytes: encodeUtf8(JSON.stringify(list)) },
    ...checked.map((template) => ({ path: officeTemplatePath(template.id), bytes: template.reference })),
  ];
}

/**
 * Reads the office templates of a package: `entry(path)` gives an entry's checked bytes (listed in the
 * manifest, its SHA-256 verified), or undefined when the archive lacks it. Every template's document goes
 * through the reference reader again and comes back cleaned.
 */
export async function readOfficeTemplateEntries(
  paths: readonly string[],
  parseJson: (bytes: Uint8Array, path: string) => unknown,
  entry: (path: string, maxBytes: number) => Promise<Uint8Array | undefined>,
): Promise<OfficeTemplate[]> {
  const listBytes = await entry(OFFICE_TEMPLATES_PATH, MAX_OFFICE_TEMPLATES_JSON_BYTES);
  const documents = paths.filter((path) => path !== OFFICE_TEMPLATES_PATH && isOfficeTemplatePath(path));
  if (!listBytes) {
    if (documents.length > 0) {
      throw packageError(
        'EXTRA_ENTRY',
        `${quoteName(documents[0] as string)} is not listed in ${OFFICE_TEMPLATES_PATH}`,
        ADVICE_HOSTILE,
      );
    }
    return [];
  }
  const parsed = officeTemplatesListSchema.safeParse(parseJson(listBytes, OFFICE_TEMPLATES_PATH));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw packageError(
      'OFFICE_TEMPLATE_INVALID',
      `its ${OFFICE_TEMPLATES_PATH} is not valid (${issue?.path.join('.') || 'the list'}: ${issue?.message})`,
      ADVICE_HOSTILE,
    );
  }
  const listed = new Set(parsed.data.templates.map((info) => officeTemplatePath(info.id)));
  const unlisted = documents.find((path) => !listed.has(path));
  if (unlisted)
    throw packageError(
      'EXTRA_ENTRY',
      `${quoteName(unlisted)} is not listed in ${OFFICE_TEMPLATES_PATH}`,
      ADVICE_HOSTILE,
    );
  if (listed.size !== parsed.data.templates.length) {
    throw packageError(
      'OFFICE_TEMPLATE_INVALID',
      `its ${OFFICE_TEMPLATES_PATH} lists a template twice`,
      ADVICE_HOSTILE,
    );
  }
  const templates: OfficeTemplate[] = [];
  for (const info of parsed.data.templates) {
    const path = officeTemplatePath(info.id);
    const bytes = await entry(path, MAX_OFFICE_TEMPLATE_BYTES);
    if (!bytes)
      throw packageError('MISSING_ENTRY', `the office template ${quoteName(info.name)} (${path}) is missing`);
    try {
      const reference = await readOfficeReference(bytes);
      templates.push({ ...info, reference: packOfficeReference(reference) });
    } catch (error) {
      if (!(error instanceof ReferenceDocumentError)) throw error;
      throw packageError(
        'OFFICE_TEMPLATE_INVALID',
        `the office template ${quoteName(info.name)} it carries cannot be used (${error.code}: ${error.message})`,
        ADVICE_HOSTILE,
        error,
      );
    }
  }
  return templates;
}
