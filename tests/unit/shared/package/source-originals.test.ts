// A source's captured original travels in the package: its record in dossier.json, its bytes as an
// attachment whose SHA-256 the reader checks.

import { describe, expect, it } from 'vitest';
import { parseDossierDocument } from '../../../../shared/model';
import { readDossierPackage, writeDossierPackage } from '../../../../shared/package';
import { sampleAttachments, sampleDossierJson, sha256Hex } from '../../../fixtures/packages/sample-dossier';

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

const attachments = sampleAttachments();
const bytes = new Map(attachments.map((attachment) => [sha256Hex(attachment.bytes), attachment.bytes]));
const notesId = sha256Hex(attachments[0]?.bytes as Uint8Array);
const capturedAt = '2025-03-11T07:42:10.000Z';

function documentWithOriginal(attachmentId = notesId) {
  const json = sampleDossierJson(attachments) as { sources: { originals?: unknown }[] };
  const source = json.sources[1] as { originals?: unknown };
  source.originals = [{ attachmentId, capturedAt }];
  return json;
}

describe('a source’s captured original in a package', () => {
  it('comes back with its capture time and bytes whose SHA-256 is its id', async () => {
    const document = parseDossierDocument(documentWithOriginal());
    const packed = await collect(writeDossierPackage(document, (id) => bytes.get(id)));
    const read = await readDossierPackage(packed);
    expect(read.document.sources[1]?.originals).toEqual([{ attachmentId: notesId, capturedAt }]);
    expect(sha256Hex(await read.attachments.bytes(notesId))).toBe(notesId);
  });

  it('is refused when it names an attachment the source does not list', () => {
    expect(() => parseDossierDocument(documentWithOriginal('a'.repeat(64)))).toThrow(/original/);
  });
});
