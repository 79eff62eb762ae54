// Choosing what to export: a briefing by id or title, a template by id, with errors that list the choices.

import type { Briefing, BriefingVersion, DossierDocument, Template } from '../../model';
import { ExportError } from '../export-error';

function listOf(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/** The briefing with this id, else the one with this title (ignoring case); the first briefing if none is asked for. */
export function findBriefing(document: DossierDocument, idOrTitle?: string): Briefing {
  const { briefings } = document;
  if (idOrTitle === undefined) {
    const first = briefings[0];
    if (!first) throw new ExportError('BRIEFING_NOT_FOUND', 'This dossier has no briefing to export.');
    return first;
  }
  const byId = briefings.find((briefing) => briefing.id === idOrTitle);
  if (byId) return byId;
  const wanted = idOrTitle.trim().toLowerCase();
  const byTitle = briefings.filter((briefing) => briefing.title.trim().toLowerCase() === wanted);
  if (byTitle.length > 1) {
    throw new ExportError(
      'BRIEFING_AMBIGUOUS',
      `${byTitle.length} briefings are titled "${idOrTitle}"; name one by its id: ${listOf(byTitle.map((briefing) => briefing.id))}.`,
    );
  }
  const [match] = byTitle;
  if (match) return match;
  throw new ExportError(
    'BRIEFING_NOT_FOUND',
    briefings.length === 0
      ? 'This dossier has no briefing to export.'
      : `No briefing has the id or title "${idOrTitle}". Briefings: ${listOf(briefings.map((briefing) => briefing.title))}.`,
  );
}

/** The briefing's saved version with this id, else with this name (ignoring case); the latest of that name. */
export function findBriefingVersion(
  document: DossierDocument,
  briefing: Briefing,
  idOrName: string,
): BriefingVersion {
  const versions = document.briefingVersions.filter((version) => version.briefingId === briefing.id);
  const byId = versions.find((version) => version.id === idOrName);
  if (byId) return byId;
  const wanted = idOrName.trim().toLowerCase();
  const byName = versions
    .filter((version) => version.name.trim().toLowerCase() === wanted)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const [match] = byName;
  if (match) return match;
  throw new ExportError(
    'VERSION_NOT_FOUND',
    versions.length === 0
      ? `"${briefing.title}" has no saved version to compare with; save a version in the Versions panel first.`
      : `"${briefing.title}" has no saved version named "${idOrName}". Versions: ${listOf(versions.map((version) => version.name))}.`,
  );
}

export function findTemplate(templates: readonly Template[], id: string): Template {
  const template = templates.find((candidate) => candidate.id === id);
  if (template) return template;
  throw new ExportError(
    'TEMPLATE_NOT_FOUND',
    `There is no template "${id}". Templates: ${listOf(templates.map((candidate) => candidate.id))}.`,
  );
}

/** A file name for the exported briefing: its title without the characters file systems refuse. */
export function docxFileName(briefing: Briefing): string {
  const stem = briefing.title
    .replace(/\s*[:|]\s+/g, ' - ')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being removed
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 120)
    .trim();
  return `${stem || 'briefing'}.docx`;
}
