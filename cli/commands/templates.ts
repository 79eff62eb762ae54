// `dossier templates`: lists the briefing templates shipped in templates/.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage } from '../../shared/errors';
import { parseTemplate, type Template, templateLanguages } from '../../shared/model';
import { CliFailure, type CliIo, EXIT_OK } from '../cli-io';

export const templatesHelp = `Usage: dossier templates [--json]

Lists the briefing templates: their id (for --template), name and the languages it has
words in (for dossier export --language; the template's own first).

Options:
  --json   print the list as JSON
  --help   show this help`;

/** Reads and validates every template in the folder; a broken one stops with its file name. */
export async function readTemplates(dir: string): Promise<Template[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
  const templates: Template[] = [];
  for (const file of files) {
    try {
      templates.push(parseTemplate(JSON.parse(await readFile(path.join(dir, file), 'utf8'))));
    } catch (error) {
      throw new CliFailure(
        'TEMPLATE_INVALID',
        `The template ${file} is invalid: ${errorMessage(error)}. Reinstall the app.`,
      );
    }
  }
  return templates;
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
