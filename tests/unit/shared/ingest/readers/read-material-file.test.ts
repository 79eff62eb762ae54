import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliIngestLibraries } from '../../../../../cli/ingest-libraries';
import { CancelledError } from '../../../../../shared/errors';
import { IngestError, MAX_MATERIAL_BYTES } from '../../../../../shared/ingest/ingest-error';
import type { IngestBlock, Material } from '../../../../../shared/ingest/material';
import { type IngestLibraries, readMaterialFile } from '../../../../../shared/ingest/readers';
import {
  FIELD_NOTES_TEXT,
  generateIngestFixtures,
  type IngestFixtureFiles,
  PDF_TITLE,
  REPORT_MARKDOWN,
  SAVED_PAGE_FORBIDDEN,
} from '../../../../fixtures/ingest/generate';

let files: IngestFixtureFiles;
beforeAll(async () => {
  files = await generateIngestFixtures();
});

const fileOf = (file: string) => ({ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) });
const read = (file: string, libs: IngestLibraries = cliIngestLibraries) =>
  readMaterialFile(fileOf(file), libs);
const blocksOf = (material: Material): readonly IngestBlock[] =>
  material.kind === 'blocks' ? material.blocks : [];

async function refusal(promise: Promise<unknown>): Promise<IngestError | CancelledError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IngestError || error instanceof CancelledError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('readMaterialFile: files it reads', () => {
  it('reads a .txt file as text, named after the file', async () => {
    expect(await read(files.fieldNotes)).toEqual({
      kind: 'text',
      text: FIELD_NOTES_TEXT,
      name: 'night-shift.txt',
    });
  });

  it('reads a .md file as markdown', async () => {
    expect(await read(files.report)).toEqual({
      kind: 'markdown',
      text: REPORT_MARKDOWN,
      name: 'patrol-report.md',
    });
  });

  it('reads a saved .html page into blocks and hints, with nothing of its scripts or handlers', async () => {
    const material = await read(files.savedPage);
    expect(material).toMatchObject({
      kind: 'blocks',
      name: 'joint-patrols.html',
      hints: { title: 'Harbour police of two coasts agree on joint patrols', outlet: 'Coastwatch Weekly' },
    });
    expect(blocksOf(material)).toContainEqual({
      kind: 'heading',
      level: 2,
      text: 'Two days of talks in Aldeport',
    });
    const everything = JSON.stringify(material);
    for (const forbidden of SAVED_PAGE_FORBIDDEN) expect(everything).not.toContain(forbidden);
  });

  it('reads back a .docx made by our Word export: headings, marks, lists, the table and the quote', async () => {
    const material = await read(files.briefingDocx);
    expect(blocksOf(material)).toEqual([
      { kind: 'heading', level: 1, text: 'Joint estuary patrols' },
      {
        kind: 'paragraph',
        text: 'Aldeport and Brennhaven agreed on joint patrols of the estuary, with a shared radar picture.',
        runs: [
          { text: 'Aldeport and Brennhaven agreed on ' },
          { text: 'joint patrols', bold: true },
          { text: ' of the estuary, with a shared ' },
          { text: 'radar picture', italic: true },
          { text: '.' },
        ],
      },
      { kind: 'heading', level: 2, text: 'First tasks' },
      {
        kind: 'list',
        ordered: false,
        items: [
          { text: 'Shared radar picture by June' },
          { text: 'Quarterly boarding drills' },
          { text: 'A hotline staffed around the clock' },
        ],
      },
      { kind: 'heading', level: 2, text: 'Seizures' },
      {
        kind: 'table',
        header: true,
        rows: [
          ['Year', 'Aldeport', 'Brennhaven'],
          ['2022', '18', '14'],
          ['2023', '23', '21'],
        ],
      },
      { kind: 'quote', text: 'Now we will watch them together.' },
      {
        kind: 'list',
        ordered: true,
        items: [{ text: 'Review after one year' }, { text: 'Report to both councils' }],
      },
    ]);
    // The package's core properties: the title our exporter writes, and when it wrote the file.
    expect(material).toMatchObject({
      name: 'estuary-briefing.docx',
      hints: { title: expect.any(String), published: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
    });
  });

  it('reads a text PDF into headings, paragraphs and lists, with its title, author and date', async () => {
    const material = await read(files.reviewPdf);
    expect(material).toMatchObject({
      kind: 'blocks',
      name: 'estuary-review.pdf',
      hints: { title: PDF_TITLE, author: 'Estuary Liaison Office', published: '2024-04-02' },
    });
    expect(blocksOf(material)).toEqual([
      { kind: 'heading', level: 1, text: PDF_TITLE },
      {
        kind: 'paragraph',
        text: 'This review looks at the first three months of joint patrols between the harbour police of Aldeport and Brennhaven. It draws on the boarding logs of both services and on interviews with crews on either side of the estuary.',
      },
      { kind: 'heading', level: 2, text: 'Findings' },
      {
        kind: 'paragraph',
        text: 'Boardings rose in every month of the quarter. Crews report that the shared radar picture shortened the time between a sighting and a boarding to under forty minutes on average.',
      },
      {
        kind: 'list',
        ordered: false,
        items: [
          { text: 'Smuggled fuel remains the most common cargo found.' },
          {
            text: 'Most stopped vessels were registered outside both ports and carried papers that did not match their hulls.',
          },
          { text: 'Night boardings made up two thirds of the total.' },
        ],
      },
      { kind: 'heading', level: 2, text: 'Recommendations' },
      {
        kind: 'list',
        ordered: true,
        items: [
          { text: 'Extend the radar picture to the northern stations.' },
          { text: 'Train two more boarding teams before summer.' },
        ],
      },
      {
        kind: 'paragraph',
        text: 'The review will be repeated after the second quarter, when the hotline has been running for a full season.',
      },
    ]);
  });

  it('gives the same material for the same file twice, for every type', async () => {
    for (const file of [
      files.fieldNotes,
      files.report,
      files.savedPage,
      files.briefingDocx,
      files.reviewPdf,
    ]) {
      expect(await read(file)).toEqual(await read(file));
    }
  });

  it('leaves the caller’s bytes usable: pdf.js and mammoth get copies', async () => {
    for (const file of [files.reviewPdf, files.briefingDocx]) {
      const input = fileOf(file);
      await readMaterialFile(input, cliIngestLibraries);
      expect(input.bytes.byteLength).toBe(readFileSync(file).length);
    }
  });
});

describe('readMaterialFile: files it refuses', () => {
  it('refuses a file over the limit before reading it, naming the limit and its size', async () => {
    const huge = { name: 'report.txt', bytes: new Uint8Array(200 * 1024 * 1024) };
    const error = await refusal(readMaterialFile(huge, cliIngestLibraries));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('report.txt is 200 MB');
    expect(error.message).toContain('25 MB');
    const justOver = { name: 'a.pdf', bytes: new Uint8Array(MAX_MATERIAL_BYTES + 1) };
    expect((await refusal(readMaterialFile(justOver, cliIngestLibraries))).code).toBe('TOO_LARGE');
  });

  it('refuses an empty file, and a text file holding only blank space, with EMPTY', async () => {
    const error = await refusal(read(files.emptyTxt));
    expect(error).toMatchObject({ code: 'EMPTY', message: expect.stringContaining('empty.txt is empty') });
    const blank = { name: 'blank.md', bytes: new Uint8Array(Buffer.from(' \n\t\n')) };
    expect((await refusal(readMaterialFile(blank, cliIngestLibraries))).code).toBe('EMPTY');
  });

  it('refuses a picture renamed .txt as BINARY, saying what it is', async () => {
    const error = await refusal(read(files.pictureTxt));
    expect(error.code).toBe('BINARY');
    expect(error.message).toMatch(/^holiday-photo\.txt is not a text file: .*PNG picture/);
  });

  it('refuses a password-protected .docx, saying how to remove the password', async () => {
    const error = await refusal(read(files.protectedDocx));
    expect(error.code).toBe('PASSWORD_PROTECTED');
    expect(error.message).toBe(
      'protected.docx is protected with a password; open it in Word, remove the password (File › Info › Protect Document), save, and add it again.',
    );
  });

  it('refuses a password-protected PDF', async () => {
    const error = await refusal(read(files.protectedPdf));
    expect(error).toMatchObject({
      code: 'PASSWORD_PROTECTED',
      message: expect.stringContaining('protected.pdf is protected with a password'),
    });
  });

  it('refuses a .docx cut short, and one that is no ZIP at all, as BROKEN_FILE', async () => {
    const error = await refusal(read(files.brokenDocx));
    expect(error).toMatchObject({
      code: 'BROKEN_FILE',
      message: expect.stringContaining('broken.docx cannot be read as a Word document'),
    });
    const pdfNamedDocx = { name: 'letter.docx', bytes: new Uint8Array(readFileSync(files.reviewPdf)) };
    const renamed = await refusal(readMaterialFile(pdfNamedDocx, cliIngestLibraries));
    expect(renamed).toMatchObject({
      code: 'BROKEN_FILE',
      message: expect.stringContaining('it is a PDF (.pdf), not a Word document'),
    });
  });

  it('refuses a .docx whose entries claim to unpack to far more than a document holds (a ZIP bomb)', async () => {
    const bytes = new Uint8Array(readFileSync(files.briefingDocx));
    const view = new DataView(bytes.buffer);
    // Every central directory entry (PK\x01\x02) claims 3.75 GB unpacked.
    for (
      let at = bytes.indexOf(0x50);
      at !== -1 && at < bytes.length - 46;
      at = bytes.indexOf(0x50, at + 1)
    ) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0xf0000000, true);
    }
    const error = await refusal(readMaterialFile({ name: 'bomb.docx', bytes }, cliIngestLibraries));
    expect(error).toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringContaining('bomb.docx unpacks to'),
    });
  });

  it('tells an old-format Word file under a .docx name from a protected one', async () => {
    const { writeCompoundFile } = await import('../../../../fixtures/ingest/compound-file');
    const doc = writeCompoundFile([{ name: 'WordDocument', bytes: new Uint8Array(5000) }]);
    const error = await refusal(readMaterialFile({ name: 'old.docx', bytes: doc }, cliIngestLibraries));
    expect(error).toMatchObject({
      code: 'BROKEN_FILE',
      message: expect.stringContaining('old format (.doc)'),
    });
  });

  it('refuses a broken PDF, and a file named .pdf that is not one, as BROKEN_FILE', async () => {
    expect(await refusal(read(files.brokenPdf))).toMatchObject({
      code: 'BROKEN_FILE',
      message: expect.stringContaining('broken.pdf cannot be read as a PDF'),
    });
    const notPdf = { name: 'notes.pdf', bytes: new Uint8Array(Buffer.from('just some text')) };
    expect(await refusal(readMaterialFile(notPdf, cliIngestLibraries))).toMatchObject({
      code: 'BROKEN_FILE',
    });
  });

  it('refuses a PDF without a text layer as NO_TEXT', async () => {
    const error = await refusal(read(files.scanPdf));
    expect(error).toMatchObject({
      code: 'NO_TEXT',
      message: expect.stringContaining('has no text layer (a scan?)'),
    });
  });

  it('refuses types it does not read as UNSUPPORTED_TYPE, listing the ones it does', async () => {
    for (const name of ['budget.xlsx', 'memo.doc', 'README']) {
      const error = await refusal(
        readMaterialFile({ name, bytes: new Uint8Array([1, 2, 3]) }, cliIngestLibraries),
      );
      expect(error.code).toBe('UNSUPPORTED_TYPE');
      expect(error.message).toContain('.txt');
      expect(error.message).toContain('.docx');
      expect(error.message).toContain('.pdf');
    }
  });

  it('stops with CANCELLED when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await refusal(
      readMaterialFile(fileOf(files.reviewPdf), cliIngestLibraries, controller.signal),
    );
    expect(error.code).toBe('CANCELLED');
  });

  it('stops a PDF between pages when the signal fires while it reads', async () => {
    const controller = new AbortController();
    const libs: IngestLibraries = {
      ...cliIngestLibraries,
      async loadPdfjs() {
        const pdfjs = await cliIngestLibraries.loadPdfjs();
        return {
          getDocument(params) {
            const task = pdfjs.getDocument(params);
            const promise = task.promise.then((doc) => ({
              numPages: doc.numPages,
              getMetadata: () => doc.getMetadata(),
              async getPage(pageNumber: number) {
                const page = await doc.getPage(pageNumber);
                if (pageNumber === 1) controller.abort();
                return page;
              },
            }));
            return { promise, destroy: () => task.destroy() };
          },
        };
      },
    };
    const error = await refusal(readMaterialFile(fileOf(files.reviewPdf), libs, controller.signal));
    expect(error.code).toBe('CANCELLED');
  });
});

describe('the ingest fixtures', () => {
  it('hold a real encrypted PDF, which pdf.js opens with its password', async () => {
    const { PDF_PASSWORD } = await import('../../../../fixtures/ingest/generate');
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({
      data: new Uint8Array(readFileSync(files.protectedPdf)),
      password: PDF_PASSWORD,
      verbosity: 0,
    });
    try {
      const doc = await task.promise;
      const page = await doc.getPage(1);
      const text = (await page.getTextContent()).items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ');
      expect(text).toContain(PDF_TITLE);
    } finally {
      await task.destroy();
    }
  });
});
