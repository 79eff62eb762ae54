// `dossier templates`: lists the briefing templates shipped in templates/. The shipped files are checked
// when the command line is built, so listing them at run time does not load zod (a tenth of a second).

// Read synchronously: a handful of small files, and node:fs/promises alone loads a dozen of Node's modules.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage } from '../../shared/errors';
import type { Template } from '../../shared/model';
import { templateLanguages } from '../../shared/model/template-languages';
import { CliFailure, type CliIo, EXIT_OK } from '../cli-io';

/** A template file as it was when the command line was built, and what it parsed to then. */
export interface ValidatedTemplate {
  readonly file: string;
  readonly source: string;
  readonly template: Template;
}

// Put in the bundle by scripts/build-cli.mjs; absent when running from the sources (tests, tsx).
declare const __VALIDATED_TEMPLATES__: readonly ValidatedTemplate[] | undefined;
const BUILT_TEMPLATES: readonly ValidatedTemplate[] =
  typeof __VALIDATED_TEMPLATES__ === 'undefined' ? [] : __VALIDATED_TEMPLATES__;

export const templatesHelp = `Usage: dossier templates [--json]

Lists the briefing templates: their id (for --template), name and the languages it has
words in (for dossier export --language; the template's own first).

Options:
  --json   print the list as JSON
  --help   show this help`;

/**
 * Reads and validates every template in the folder; a broken one stops with its file name. A file whose
 * text is exactly what was validated at build time is taken as parsed then; any other (edited or added by
 * the user) is validated now.
 */
export async function readTemplates(
  dir: string,
  validated: readonly ValidatedTemplate[] = BUILT_TEMPLATES,
): Promise<Template[]> {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  const templates: Template[] = [];
  for (const file of files) {
    try {
      const source = readFileSync(path.join(dir, file), 'utf8');
      const known = validated.find((entry) => entry.file === file && entry.source === source);
      templates.push(known ? known.template : (await parseTemplateLazily())(JSON.parse(source)));
    } catch (error) {
      throw new CliFailure(
        'TEMPLATE_INVALID',
        `The template ${file} is invalid: ${errorMessage(error)}. Reinstall the app.`,
      );
    }
  }
  return templates;
}

/** Template files of `dir` parsed and kept with their text; throws on the first invalid one. */
export async function validateTemplateFiles(dir: string): Promise<ValidatedTemplate[]> {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  const parseTemplate = await parseTemplateLazily();
  const validated: ValidatedTemplate[] = [];
  for (const file of files) {
    const source = readFileSync(path.join(dir, file), 'utf8');
    try {
      validated.push({ file, source, template: parseTemplate(JSON.parse(source)) });
    } catch (error) {
      throw new CliFailure('TEMPLATE_INVALID', `The template ${file} is invalid: ${errorMessage(error)}.`);
    }
  }
  return validated;
}

// The template schema brings zod with it: only a template not checked at build time pays for loading it.
async function parseTemplateLazily(): Promise<(json: unknown) => Template> {
  return (await import('../../shared/model/template')).parseTemplate;
}

export async function runTemplates(args: string[], io: CliIo, templatesDir: string): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    io.out(templatesHelp);
    return EXIT_OK;
  }
  const templates = await readTemplates(templatesDir);
  if (values.json)
    io.out(
      JSON.stringify(
        templates.map((template) => ({
          id: template.id,
          name: template.name,
          description: template.description,
          languages: templateLanguages(template),
        })),
        null,
        2,
      ),
    );
  else
    for (const template of templates)
      io.out(
        `${template.id.padEnd(20)} ${template.name.padEnd(20)} ${templateLanguages(template).join(' ')}`,
      );
  return EXIT_OK;
}
