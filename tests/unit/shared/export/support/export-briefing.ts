// Exports a briefing made of some blocks, for tests that look at the Word XML of one kind of block.

import {
  type ExportBriefingRequest,
  type ExportResult,
  exportBriefingToDocx,
} from '../../../../../shared/export';
import { parseDossierDocument, parseTemplate, type Template } from '../../../../../shared/model';
import { fixtureDossierJson, readFixtureAttachment } from './fixture-dossier';
import { docxPart } from './read-docx';

/** A template that names only its sections: every layout field at its default (A4, 25 mm margins, no cover). */
export const PLAIN_TEMPLATE = parseTemplate({
  id: 'plain',
  name: 'Plain',
  description: '',
  sections: [{ title: 'Section', hint: '' }],
});

/** The fixture dossier with its briefing's content replaced by these blocks. */
export function dossierWithBlocks(blocks: unknown[]) {
  const json = fixtureDossierJson();
  (json.briefings[0] as { content: unknown }).content = { type: 'doc', content: blocks };
  return parseDossierDocument(json);
}

export async function exportBlocks(
  blocks: unknown[],
  options: Partial<Omit<ExportBriefingRequest, 'document'>> & { template?: Template } = {},
): Promise<ExportResult & { documentXml: string }> {
  const result = await exportBriefingToDocx({
    document: dossierWithBlocks(blocks),
    template: options.template ?? PLAIN_TEMPLATE,
    readAttachment: readFixtureAttachment,
    ...options,
  });
  return { ...result, documentXml: docxPart(result.bytes, 'word/document.xml') };
}

/** The body of document.xml, without the section properties. */
export function bodyXml(documentXml: string): string {
  return documentXml.slice(documentXml.indexOf('<w:body>'), documentXml.lastIndexOf('<w:sectPr'));
}
