// The app's export in its worker with an office template: the stored reference document travels with the
// request, is checked again in the worker, and a refused one comes back as the same coded error.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportBriefingInWorker } from '../../../../renderer/export/export-client';
import {
  type ExportWorkerReply,
  type ExportWorkerRequest,
  runExportRequest,
} from '../../../../renderer/export/export-worker';
import { ReferenceDocumentError } from '../../../../shared/export/reference';
import { generateHostileReferences } from '../../../fixtures/hostile/reference-documents';
import { OFFICE_REFERENCE } from '../../../fixtures/reference/make-office-reference';
import { fixtureDossier } from '../../shared/export/support/fixture-dossier';
import { docxPart } from '../../shared/export/support/read-docx';

const work = mkdtempSync(path.join(tmpdir(), 'worker-reference-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the worker module's handler in this thread. */
function inThreadWorker() {
  const worker = {
    onmessage: null as ((event: MessageEvent<ExportWorkerReply>) => void) | null,
    onerror: null,
    requests: [] as ExportWorkerRequest[],
    postMessage(request: ExportWorkerRequest) {
      worker.requests.push(request);
      void runExportRequest(request, (reply) =>
        worker.onmessage?.({ data: reply } as MessageEvent<ExportWorkerReply>),
      );
    },
    terminate() {},
  };
  return worker;
}

describe('exporting in the worker with an office template', () => {
  it('sends the reference document and gets back a document in its look, with its cover defaults', async () => {
    const worker = inThreadWorker();
    const reference = new Uint8Array(readFileSync(OFFICE_REFERENCE.file));
    const bytes = await exportBriefingInWorker(fixtureDossier(), 'b-fixture', 'briefing-note', {
      createWorker: () => worker as unknown as Worker,
      reference,
      cover: { author: 'Registry officer' },
    });
    expect(worker.requests[0]?.reference).toBe(reference);
    expect(docxPart(bytes, 'word/styles.xml')).toContain(`w:ascii="${OFFICE_REFERENCE.bodyFont}"`);
    expect(docxPart(bytes, 'word/header1.xml')).toContain(OFFICE_REFERENCE.headerText);
    expect(docxPart(bytes, 'word/document.xml')).toContain('Registry officer');
  });

  it('rejects with the reference error and its code when the stored template is refused', async () => {
    const bomb = generateHostileReferences(work).find((fixture) => fixture.name === 'zip-bomb.dotx');
    const exporting = exportBriefingInWorker(fixtureDossier(), 'b-fixture', 'briefing-note', {
      createWorker: () => inThreadWorker() as unknown as Worker,
      reference: new Uint8Array(readFileSync(bomb?.file as string)),
    });
    const error = await exporting.catch((e) => e);
    expect(error).toBeInstanceOf(ReferenceDocumentError);
    expect(error.code).toBe('REFERENCE_ZIP_BOMB');
  });
});
