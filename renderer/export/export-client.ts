// Runs a briefing's Word export in a Web Worker (export-worker.ts) for the UI: progress as it goes, Cancel
// through an AbortSignal (which terminates the worker at once), and the .docx bytes at the end. The
// caller saves them through the platform bridge. No React here: the UI wires it to its button and dialog.

import { CancelledError } from '../../shared/errors';
import type { CoverDetails, ExportProgress, ExportWarning } from '../../shared/export';
// The error class straight from its module: the package index would pull the whole exporter into the page.
import {
  EXPORT_CANCELLED_MESSAGE,
  ExportError,
  type ExportErrorCode,
} from '../../shared/export/export-error';
import {
  ReferenceDocumentError,
  type ReferenceErrorCode,
} from '../../shared/export/reference/reference-error';
import { type BriefingMarkingCheck, type DossierDocument, imageAttachmentIds } from '../../shared/model';
import { translate } from '../i18n';
import type { ExportWorkerReply, ExportWorkerRequest } from './export-worker';

export interface ExportInWorkerOptions {
  readonly onProgress?: (progress: ExportProgress) => void;
  /** Aborting terminates the worker; the promise rejects with CancelledError (code CANCELLED). */
  readonly signal?: AbortSignal;
  /** The bytes of an attachment (the briefing's images), e.g. from the dossier store. */
  readonly readAttachment?: (sha256: string) => Promise<Uint8Array | undefined> | Uint8Array | undefined;
  readonly cover?: Partial<CoverDetails>;
  /** A saved version's id: the differences from it are written as Word revisions. */
  readonly changesSince?: string;
  /** An office template's reference document (the stored, cleaned .dotx) to dress the export in. */
  readonly reference?: Uint8Array;
  /** What the export worked around (missing images, …) and the marking check, for the UI to show. */
  readonly onResult?: (result: {
    readonly fileName: string;
    readonly warnings: readonly ExportWarning[];
    readonly markingCheck: BriefingMarkingCheck;
  }) => void;
  /** How the worker is made; tests give a fake. */
  readonly createWorker?: () => Worker;
}

function createExportWorker(): Worker {
  return new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module', name: 'docx-export' });
}

function cancelled(): CancelledError {
  return new CancelledError(EXPORT_CANCELLED_MESSAGE);
}

/** The briefing's image bytes, read before the worker starts (the worker cannot reach the store). */
async function readImages(
  document: DossierDocument,
  briefingId: string,
  readAttachment: ExportInWorkerOptions['readAttachment'],
): Promise<Map<string, Uint8Array>> {
  const images = new Map<string, Uint8Array>();
  const briefing = document.briefings.find((candidate) => candidate.id === briefingId);
  if (!briefing || !readAttachment) return images;
  for (const id of imageAttachmentIds(briefing.content)) {
    const bytes = await readAttachment(id);
    if (bytes) images.set(id, bytes);
  }
  return images;
}

/** Exports a briefing to .docx bytes in a worker. Rejects with ExportError, CancelledError or Error. */
export async function exportBriefingInWorker(
  document: DossierDocument,
  briefingId: string,
  templateId: string,
  options: ExportInWorkerOptions = {},
): Promise<Uint8Array> {
  const { signal } = options;
  if (signal?.aborted) throw cancelled();
  const attachments = await readImages(document, briefingId, options.readAttachment);
  if (signal?.aborted) throw cancelled();

  const worker = (options.createWorker ?? createExportWorker)();
  return new Promise<Uint8Array>((resolve, reject) => {
    const finish = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<ExportWorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        options.onProgress?.(reply.progress);
      } else if (reply.type === 'done') {
        finish();
        options.onResult?.({
          fileName: reply.fileName,
          warnings: reply.warnings,
          markingCheck: reply.markingCheck,
        });
        resolve(reply.bytes);
      } else {
        finish();
        reject(
          reply.code === 'FAILED'
            ? new Error(reply.message)
            : reply.code.startsWith('REFERENCE_')
              ? new ReferenceDocumentError(reply.code as ReferenceErrorCode, reply.message)
              : new ExportError(reply.code as ExportErrorCode, reply.message),
        );
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      finish();
      reject(
        new Error(
          event.message
            ? translate('export:stoppedBecause', { reason: event.message })
            : translate('export:stopped'),
        ),
      );
    };
    const request: ExportWorkerRequest = {
      type: 'export',
      document,
      briefingId,
      templateId,
      attachments,
      cover: options.cover,
      changesSince: options.changesSince,
      ...(options.reference ? { reference: options.reference } : {}),
    };
    worker.postMessage(request);
  });
}
