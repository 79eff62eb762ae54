// "Export changes since…" in the app: the export worker writes the differences from the chosen saved version
// as Word revisions, the client asks it to, and the file is named for what it holds.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBriefingInWorker } from '../../../../renderer/export/export-client';
import {
  type ExportWorkerReply,
  type ExportWorkerRequest,
  runExportRequest,
} from '../../../../renderer/export/export-worker';
import { changesFileName } from '../../../../renderer/review/changes-file-name';
import { parseDossierDocument } from '../../../../shared/model';
import { docxPart } from '../../shared/export/support/read-docx';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const sample = () =>
  parseDossierDocument(
    JSON.parse(readFileSync(path.join(ROOT, 'samples', 'morocco-germany-security.dossier.json'), 'utf8')),
  );
const VERSION_ID = sample().briefingVersions[0]?.id ?? '';

describe('export changes since a saved version', () => {
  it('writes the differences as insertions and deletions when the worker is given the version', async () => {
    const replies: ExportWorkerReply[] = [];
    await runExportRequest(
      {
        type: 'export',
        document: sample(),
        briefingId: 'b-note-cooperation',
        templateId: 'briefing-note',
        attachments: new Map(),
        changesSince: VERSION_ID,
      },
      (reply) => replies.push(reply),
    );
    const done = replies.find((reply) => reply.type === 'done');
    if (done?.type !== 'done') throw new Error(`no document: ${JSON.stringify(replies.at(-1))}`);
    const xml = docxPart(done.bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="[^"]+" w:date="/);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="[^"]+" w:date="/);
  });

  it('is asked of the worker by the client', async () => {
    const requests: ExportWorkerRequest[] = [];
    const worker = {
      onmessage: null as ((event: MessageEvent<ExportWorkerReply>) => void) | null,
      onerror: null,
      postMessage(request: ExportWorkerRequest) {
        requests.push(request);
        queueMicrotask(() =>
          this.onmessage?.({ data: { type: 'error', code: 'FAILED', message: 'stop here' } } as MessageEvent),
        );
      },
      terminate() {},
    };
    await expect(
      exportBriefingInWorker(sample(), 'b-note-cooperation', 'briefing-note', {
        changesSince: VERSION_ID,
        createWorker: () => worker as unknown as Worker,
      }),
    ).rejects.toThrow('stop here');
    expect(requests[0]?.changesSince).toBe(VERSION_ID);
  });

  it('names the file after the briefing and the version, without characters file systems refuse', () => {
    expect(changesFileName('Note for the director.docx', { name: 'Sent to HoD: 3/4' })).toBe(
      'Note for the director - changes since Sent to HoD- 3-4.docx',
    );
  });
});
