import { describe, expect, it } from 'vitest';
import { CliFailure, UsageError } from '../../../cli/cli-io';
import { cliIngestLibraries } from '../../../cli/ingest-libraries';
import { StoreError } from '../../../renderer/db/store-error';
import { SearchError } from '../../../renderer/search/search-client';
import {
  CancelledError,
  DeskError,
  decodePlatformError,
  encodePlatformErrorMessage,
  isCancelled,
  PlatformError,
  throwIfCancelled,
} from '../../../shared/errors';
import { ExportError } from '../../../shared/export';
import { IngestError } from '../../../shared/ingest';
import { readMaterialFile } from '../../../shared/ingest/readers';
import { ModelError } from '../../../shared/model';
import { PackageError, readDossierPackage } from '../../../shared/package';
import { exportBlocks } from './export/support/export-briefing';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('one error base', () => {
  it.each([
    ['PackageError', new PackageError('UNSAFE_PATH', 'm')],
    ['ModelError', new ModelError('SCHEMA_INVALID', 'm')],
    ['IngestError', new IngestError('EMPTY', 'm')],
    ['ExportError', new ExportError('BRIEFING_NOT_FOUND', 'm')],
    ['StoreError', new StoreError('NOT_FOUND', 'm')],
    ['PlatformError', new PlatformError('INTERNAL', 'm')],
    ['SearchError', new SearchError('SEARCH_FAILED', 'm')],
    ['CliFailure', new CliFailure('FILE_NOT_FOUND', 'm')],
    ['UsageError', new UsageError('m')],
    ['CancelledError', new CancelledError('m')],
  ])('%s is a DeskError with its own name, a code and the message', (name, error) => {
    expect(error).toBeInstanceOf(DeskError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.code).toMatch(/^[A-Z][A-Z_]+$/);
    expect(error.message).toBe('m');
  });

  it('keeps the cause it was given', () => {
    const cause = new Error('quota');
    expect(new StoreError('QUOTA_EXCEEDED', 'Disk full.', cause).cause).toBe(cause);
    expect(new SearchError('WORKER_FAILED', 'Stopped.', cause).cause).toBe(cause);
  });
});

describe('one cancellation', () => {
  it('is the same CancelledError, code CANCELLED, whichever side was cancelled', async () => {
    const cancelled = new AbortController();
    cancelled.abort();
    const { signal } = cancelled;
    const stops = [
      await rejection(readDossierPackage(new Uint8Array(100), { signal })),
      await rejection(
        readMaterialFile(
          { name: 'a.txt', bytes: new TextEncoder().encode('text') },
          cliIngestLibraries,
          signal,
        ),
      ),
      await rejection(
        exportBlocks([{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }], { signal }),
      ),
    ];
    for (const stop of stops) {
      expect(stop).toBeInstanceOf(CancelledError);
      expect(isCancelled(stop)).toBe(true);
      expect(stop).toMatchObject({ code: 'CANCELLED' });
    }
  });

  it('is recognised only for a cancellation', () => {
    expect(isCancelled(new PackageError('CRC_MISMATCH', 'x'))).toBe(false);
    expect(isCancelled(new Error('CANCELLED'))).toBe(false);
    expect(isCancelled(Object.assign(new Error('x'), { code: 'CANCELLED' }))).toBe(false);
    expect(() => throwIfCancelled(new AbortController().signal)).not.toThrow();
    expect(() => throwIfCancelled(undefined)).not.toThrow();
  });
});

describe('coded errors across the bridge', () => {
  it('rebuilds the typed error from the message the bridge kept', () => {
    const crossed = new Error(
      encodePlatformErrorMessage('FILE_WRITE_FAILED', 'Disk full.\nNothing was changed.'),
    );
    const decoded = decodePlatformError(crossed);
    expect(decoded).toBeInstanceOf(PlatformError);
    expect(decoded).toMatchObject({ code: 'FILE_WRITE_FAILED', message: 'Disk full.\nNothing was changed.' });
  });

  it("reads through Electron's remote-method prefix", () => {
    const crossed = new Error(
      "Error invoking remote method 'desk:save-file': Error: [FILE_WRITE_FAILED] Could not save briefing.docx",
    );
    expect(decodePlatformError(crossed)).toMatchObject({ code: 'FILE_WRITE_FAILED' });
  });

  it('brings a cancellation back as the one CancelledError', () => {
    const decoded = decodePlatformError(
      new Error(encodePlatformErrorMessage('CANCELLED', 'Saving was cancelled.')),
    );
    expect(decoded).toBeInstanceOf(CancelledError);
    expect(isCancelled(decoded)).toBe(true);
    expect(decoded).toMatchObject({ message: 'Saving was cancelled.' });
  });

  it('leaves other errors alone', () => {
    const plain = new Error('something else');
    expect(decodePlatformError(plain)).toBe(plain);
    expect(decodePlatformError('text')).toBe('text');
    const typed = new ExportError('TEMPLATE_NOT_FOUND', '[X] y');
    expect(decodePlatformError(typed)).toBe(typed);
  });
});
