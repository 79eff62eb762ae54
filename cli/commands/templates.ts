// `dossier templates`: lists the briefing templates shipped in templates/.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CliIo, EXIT_OK } from '../cli-io';

export const templatesHelp = `Usage: dossier templates [--json]

Lists the briefing templates: their id (for --template) and name.

Options:
  --json   print the list as JSON
  --help   show this help`;

export async function readTemplateSummaries(
  dir: string,
): Promise<{ id: string; name: string; description: string }[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
  const templates = [];
  for (const file of files) {
    const data = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    templates.push({
      id: String(data.id ?? path.basename(file, '.json')),
      name: String(data.name ?? ''),
      description: String(data.description ?? ''),
    });
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
  const templates = await readTemplateSummaries(templatesDir);
  if (values.json) io.out(JSON.stringify(templates, null, 2));
  else for (const template of templates) io.out(`${template.id.padEnd(20)} ${template.name}`);
  return EXIT_OK;
}
