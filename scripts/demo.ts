// `npm run demo`: exports every briefing of the sample dossier (samples/) to Word with its own template,
// into out/, and prints where each file went. Uses the same reader and exporter as `dossier export`.

import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readDossierJson } from '../cli/commands/export';
import { readTemplates } from '../cli/commands/templates';
import { describeMarkingCheck, exportBriefingToDocx, findTemplate } from '../shared/export';

const ROOT = path.resolve(import.meta.dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', 'morocco-germany-security.dossier.json');
const OUT = path.join(ROOT, 'out');

const { document, readAttachment } = await readDossierJson(SAMPLE);
const templates = await readTemplates(path.join(ROOT, 'templates'));
mkdirSync(OUT, { recursive: true });

for (const briefing of document.briefings) {
  const result = await exportBriefingToDocx({
    document,
    briefing: briefing.id,
    template: findTemplate(templates, briefing.templateId),
    readAttachment,
    cover: {
      author: 'North Africa desk',
      distribution: ['Director', 'Head of Division', 'BKA liaison office, Rabat'],
    },
  });
  for (const warning of result.warnings) console.warn(`warning: ${warning.message}`);
  const marking = describeMarkingCheck(result.markingCheck, briefing);
  if (marking) console.warn(`warning: ${marking}`);
  const target = path.join(OUT, result.fileName);
  writeFileSync(`${target}.tmp`, result.bytes);
  renameSync(`${target}.tmp`, target);
  console.log(target);
}
