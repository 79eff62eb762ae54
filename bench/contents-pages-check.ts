// The contents' page numbers against LibreOffice's pages, for the export bench: the briefing exported with its
// contents numbered, rendered to PDF by LibreOffice, and each heading looked for on the pages pdftotext reads.
// Prints `contents-pages exact=<n>/<total> off-by-one=<n>` (and, when any entry is further off, which ones).
// Target: at least 90% exact, none off by more than one page.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type AttachmentReader, exportBriefingToDocx } from '../shared/export';
import type { DossierDocument, Template } from '../shared/model';
import {
  type ContentsCheck,
  compareWithPages,
  pdfPages,
  writtenContents,
} from '../tests/unit/shared/export/support/contents-pages';

/** The export's time with the contents numbered and without (median of five each), and the difference. */
export async function timeContentsLayout(
  document: DossierDocument,
  template: Template,
  readAttachment: AttachmentReader,
): Promise<void> {
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  const times: Record<'always' | 'never', number[]> = { always: [], never: [] };
  for (let run = 0; run < 5; run += 1) {
    for (const mode of ['never', 'always'] as const) {
      globalThis.gc?.();
      const start = performance.now();
      await exportBriefingToDocx({ document, template, readAttachment, contentsPageNumbers: mode });
      times[mode].push(performance.now() - start);
    }
  }
  const numbered = median(times.always);
  const plain = median(times.never);
  console.log(
    `contents page numbers: export ${numbered.toFixed(0)} ms with them, ${plain.toFixed(0)} ms without (layout about ${(numbered - plain).toFixed(0)} ms)`,
  );
}

/** Exports, renders with LibreOffice, compares; prints the bench line. */
export async function checkContentsPages(
  document: DossierDocument,
  template: Template,
  readAttachment: AttachmentReader,
): Promise<ContentsCheck> {
  const dir = mkdtempSync(path.join(tmpdir(), 'contents-pages-'));
  try {
    const result = await exportBriefingToDocx({
      document,
      template,
      readAttachment,
      contentsPageNumbers: 'always',
    });
    const file = path.join(dir, 'briefing.docx');
    writeFileSync(file, result.bytes);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'pipe', timeout: 600_000 },
    );
    const check = compareWithPages(writtenContents(result.bytes), pdfPages(path.join(dir, 'briefing.pdf')));
    console.log(`contents-pages exact=${check.exact}/${check.total} off-by-one=${check.offByOne}`);
    for (const line of check.worse.slice(0, 10)) console.log(`  further off: ${line}`);
    return check;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
