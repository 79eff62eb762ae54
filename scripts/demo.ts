// `npm run demo`: exports every briefing of the sample dossier (samples/) to Word with its own template,
// into out/, writes the dossier as out/<title>.dossier, and prints where each file went. Uses the same reader and exporter as `dossier export`.

import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readDossierFile } from '../cli/commands/export';
import { readTemplates } from '../cli/commands/templates';
import packageJson from '../package.json' with { type: 'json' };
import { describeMarkingCheck, exportBriefingToDocx, findTemplate } from '../shared/export';
import { writeDossierPackage } from '../shared/package';

const ROOT = path.resolve(import.meta.dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', 'morocco-germany-security.dossier.json');
const OUT = path.join(ROOT, 'out');

const { document, readAttachment } = await readDossierFile(SAMPLE);
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

// The same dossier as one .dossier package, as "Share dossier" writes it.
const stream = writeDossierPackage(
  document,
  (id) => {
    const bytes = readAttachment(id);
    if (!bytes) throw new Error(`The sample lacks the attachment ${id}.`);
    return bytes;
  },
  { appVersion: packageJson.version },
);
const packageBytes = new Uint8Array(await new Response(stream).arrayBuffer());
const packageTarget = path.join(
  OUT,
  `${document.dossier.title.replace(/[\\/:*?"<>|]+/g, ' ').trim()}.dossier`,
);
writeFileSync(`${packageTarget}.tmp`, packageBytes);
renameSync(`${packageTarget}.tmp`, packageTarget);
console.log(packageTarget);
