import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOSSIER_EXTENSION, DOSSIER_MIME_TYPE } from '../../../shared/app-identity';

describe('the web app manifest', () => {
  it('asks the OS to open .dossier files with the installed web app, under the type the desktop app declares', () => {
    const manifest = JSON.parse(
      readFileSync(path.resolve(__dirname, '../../../renderer/public/manifest.webmanifest'), 'utf8'),
    ) as { file_handlers: { accept: Record<string, string[]> }[] };
    expect(manifest.file_handlers.map((handler) => handler.accept)).toEqual([
      { [DOSSIER_MIME_TYPE]: [`.${DOSSIER_EXTENSION}`] },
    ]);
  });
});
