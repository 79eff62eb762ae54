// The Web Worker that runs the Word export, so the window stays responsive through a 300-page briefing.
// It receives the dossier, the briefing and template ids and the images' bytes; it answers with progress
// messages and then the .docx bytes (transferred, not copied) or an error. Cancel terminates it.

import { errorMessage } from '../../shared/errors';
import {
  type CoverDetails,
  ExportError,
  type ExportErrorCode,
  type ExportProgress,
  type ExportWarning,
  exportBriefingToDocx,
  findTemplate,
  ReferenceDocumentError,
  type ReferenceErrorCode,
  readOfficeReference,
} from '../../shared/export';
import type { BriefingMarkingCheck, DossierDocument } from '../../shared/model';
import { templates } from '../templates';

export interface ExportWorkerRequest {
  readonly type: 'export';
  readonly document: DossierDocument;
  readonly briefingId: string;
  readonly templateId: string;
  /** The bytes of the briefing's images, by SHA-256. */
  readonly attachments: ReadonlyMap<string, Uint8Array>;
  readonly cover?: Partial<CoverDetails>;
  /** A saved version's id: the differences from it are written as Word revisions. */
  readonly changesSince?: string;
  /** An office template's reference document (its cleaned .dotx), checked again here before use. */
  readonly reference?: Uint8Array;
}

export type ExportWorkerReply =
  | { readonly type: 'progress'; readonly progress: ExportProgress }
  | {
      readonly type: 'done';
      readonly bytes: Uint8Array;
      readonly fileName: string;
      readonly warnings: readonly ExportWarning[];
      readonly markingCheck: BriefingMarkingCheck;
    }
  | {
      readonly type: 'error';
      readonly code: ExportErrorCode | ReferenceErrorCode | 'FAILED';
      readonly message: string;
    };

/** Runs one export request, posting progress and the result through `post`. */
export async function runExportRequest(
  request: ExportWorkerRequest,
  post: (reply: ExportWorkerReply, transfer?: Transferable[]) => void,
): Promise<void> {
  try {
    const result = await exportBriefingToDocx({
      document: request.document,
      briefing: request.briefingId,
      template: findTemplate(templates, request.templateId),
      readAttachment: (sha256) => request.attachments.get(sha256),
      cover: request.cover,
      changesSince: request.changesSince,
      ...(request.reference ? { reference: await readOfficeReference(request.reference) } : {}),
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    const { bytes, fileName, warnings, markingCheck } = result;
    post({ type: 'done', bytes, fileName, warnings, markingCheck }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    post({
      type: 'error',
      code: error instanceof ExportError || error instanceof ReferenceDocumentError ? error.code : 'FAILED',
      message: errorMessage(error),
    });
  }
}

// In a worker (not when a test imports this module), answer the page's requests.
if ('WorkerGlobalScope' in globalThis) {
  const scope = globalThis as unknown as {
    postMessage(message: unknown, transfer: Transferable[]): void;
    onmessage: ((event: MessageEvent<ExportWorkerRequest>) => void) | null;
  };
  scope.onmessage = (event) => {
    if (event.data?.type === 'export') {
      void runExportRequest(event.data, (reply, transfer = []) => scope.postMessage(reply, transfer));
    }
  };
}
