import { describe, expect, it } from 'vitest';
import {
  carriesFiles,
  materialFiles,
  startFromClipboard,
} from '../../../../renderer/ingest/clipboard-material';

/** The little of a DataTransfer the functions read. */
function transfer(flavours: Record<string, string>, files: File[] = []): DataTransfer {
  return {
    files,
    types: [...Object.keys(flavours), ...(files.length ? ['Files'] : [])],
    getData: (type: string) => flavours[type] ?? '',
  } as unknown as DataTransfer;
}

describe('what a paste or a drop hands to ingest', () => {
  it('prefers the HTML flavour of a paste and keeps the text beside it', () => {
    expect(startFromClipboard(transfer({ 'text/plain': 'Title', 'text/html': '<h1>Title</h1>' }))).toEqual({
      kind: 'paste',
      text: 'Title',
      html: '<h1>Title</h1>',
    });
    expect(startFromClipboard(transfer({ 'text/plain': 'Only text' }))).toEqual({
      kind: 'paste',
      text: 'Only text',
    });
  });

  it('reads a pasted file when the paste carries no text', async () => {
    const start = startFromClipboard(transfer({}, [new File(['Report text'], 'report.txt')]));
    expect(start.kind).toBe('file');
    if (start.kind !== 'file') return;
    expect(start.file).toMatchObject({ name: 'report.txt', size: 11 });
    expect(new TextDecoder().decode(await start.file.read())).toBe('Report text');
  });

  it('leaves .dossier files to the import dialog', () => {
    const files = [new File(['zip'], 'Shared.DOSSIER'), new File(['text'], 'notes.md')];
    expect(materialFiles(transfer({}, files)).map((file) => file.name)).toEqual(['notes.md']);
    expect(materialFiles(transfer({}, [new File(['zip'], 'a.dossier')]))).toEqual([]);
  });

  it('gives an empty paste to the dialog, which says there is nothing to add', () => {
    expect(startFromClipboard(null)).toEqual({ kind: 'paste', text: '' });
    expect(carriesFiles(transfer({}, [new File(['x'], 'x.pdf')]))).toBe(true);
    expect(carriesFiles(transfer({ 'text/plain': 'x' }))).toBe(false);
  });
});
