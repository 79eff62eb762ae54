import { describe, expect, it } from 'vitest';
import { exportBriefingInWorker } from '../../../../renderer/export/export-client';
import {
  type ExportWorkerReply,
  type ExportWorkerRequest,
  runExportRequest,
} from '../../../../renderer/export/export-worker';
import type { ExportProgress } from '../../../../shared/export';
import { FIXTURE_PNG, FIXTURE_PNG_SHA, fixtureDossier } from '../../shared/export/support/fixture-dossier';
import { readWithPandoc } from '../../shared/export/support/read-docx';

/** A stand-in for the Worker: runs the worker module's handler in this thread, replying asynchronously. */
class InThreadWorker {
  onmessage: ((event: MessageEvent<ExportWorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: ExportWorkerRequest[] = [];
  transferred: unknown[] = [];

  postMessage(request: ExportWorkerRequest) {
    this.requests.push(request);
    queueMicrotask(() => {
      void runExportRequest(request, (reply, transfer = []) => {
        this.transferred.push(...transfer);
        if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<ExportWorkerReply>);
      });
    });
  }

  terminate() {
    this.terminated = true;
  }
}

/** A worker that answers with what it is told to, for the client's error paths. */
function replyingWorker(reply: ExportWorkerReply) {
  const worker = new InThreadWorker();
  worker.postMessage = () =>
    queueMicrotask(() => worker.onmessage?.({ data: reply } as MessageEvent<ExportWorkerReply>));
  return worker;
}

describe('exporting a briefing in a worker', () => {
  it('sends the images it reads, forwards progress and resolves with the .docx bytes', async () => {
    const worker = new InThreadWorker();
    const progress: ExportProgress[] = [];
    let fileName = '';
    const bytes = await exportBriefingInWorker(fixtureDossier(), 'b-fixture', 'briefing-note', {
      createWorker: () => worker as unknown as Worker,
      readAttachment: async (sha) => (sha === FIXTURE_PNG_SHA ? FIXTURE_PNG : undefined),
      onProgress: (step) => progress.push(step),
      onResult: (result) => {
        fileName = result.fileName;
      },
    });
    expect(worker.requests[0]?.attachments.get(FIXTURE_PNG_SHA)).toBe(FIXTURE_PNG);
    expect(progress.at(-1)).toEqual({ phase: 'done', fraction: 1 });
    expect(fileName).toBe('Fixture briefing - cooperation in 2024.docx');
    expect(readWithPandoc(bytes).blocks.some((block) => block.kind === 'image')).toBe(true);
    // The bytes are handed over, not copied, and the worker is ended once done.
    expect(worker.transferred).toEqual([bytes.buffer]);
    expect(worker.terminated).toBe(true);
  });

  it('cancels by terminating the worker at once and rejecting with CANCELLED', async () => {
    const worker = new InThreadWorker();
    const controller = new AbortController();
    const exporting = exportBriefingInWorker(fixtureDossier(), 'b-fixture', 'briefing-note', {
      createWorker: () => worker as unknown as Worker,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(exporting).rejects.toMatchObject({ name: 'CancelledError', code: 'CANCELLED' });
    expect(worker.terminated).toBe(true);
  });

  it('does not start a worker when cancelled before it starts', async () => {
    let started = false;
    const controller = new AbortController();
    controller.abort();
    const exporting = exportBriefingInWorker(fixtureDossier(), 'b-fixture', 'briefing-note', {
      signal: controller.signal,
      createWorker: () => {
        started = true;
        return new InThreadWorker() as unknown as Worker;
      },
    });
    await expect(exporting).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(started).toBe(false);
  });

  it('rejects with the typed error the worker reports, such as an unknown template', async () => {
    const worker = new InThreadWorker();
    const exporting = exportBriefingInWorker(fixtureDossier(), 'b-fixture', 'memo', {
      createWorker: () => worker as unknown as Worker,
    });
    await expect(exporting).rejects.toMatchObject({ name: 'ExportError', code: 'TEMPLATE_NOT_FOUND' });
    expect(worker.terminated).toBe(true);
  });

  it('rejects with a plain Error when the export fails unexpectedly', async () => {
    const worker = replyingWorker({ type: 'error', code: 'FAILED', message: 'out of memory' });
    const exporting = exportBriefingInWorker(fixtureDossier(), 'b-fixture', 'briefing-note', {
      createWorker: () => worker as unknown as Worker,
    });
    await expect(exporting).rejects.toThrow(/^out of memory$/);
    expect(worker.terminated).toBe(true);
  });
});
