// The contents' page numbers an export wrote, and the pages LibreOffice puts the headings on, for the layout's
// test and the export bench.

import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';

/** The contents entries the export wrote: title (as the heading reads, without its number) and page. */
export function writtenContents(docx: Uint8Array): { title: string; page: number }[] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml'] as Uint8Array);
  const entries: { title: string; page: number }[] = [];
  const entry = /w:anchor="_TocDD\d+"[^>]*>.*?<w:t[^>]*>([^<]*)<\/w:t><w:tab\/><w:t[^>]*>(\d+)<\/w:t>/g;
  for (const match of xml.matchAll(entry)) {
    entries.push({ title: (match[1] as string).replace(/^[\d.]+\u2002/, ''), page: Number(match[2]) });
  }
  return entries;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ');

/** Each PDF page's text, one line a row, as pdftotext -layout reads it. */
export function pdfPages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).split('\f');
}

export interface ContentsCheck {
  readonly exact: number;
  readonly offByOne: number;
  readonly total: number;
  readonly worse: readonly string[];
}

/** Compares written page numbers with the page LibreOffice puts each heading on. */
export function compareWithPages(
  entries: readonly { title: string; page: number }[],
  pages: readonly string[],
) {
  // Contents pages are those whose lines end in leader dots and a number; headings are looked for after them.
  const isContents = pages.map((page) => /\.{4,}\s*\d+\s*$/m.test(page));
  const flat = pages.map(normalise);
  let exact = 0;
  let offByOne = 0;
  const worse: string[] = [];
  let from = 0;
  for (const { title, page } of entries) {
    let found = -1;
    for (let index = from; index < flat.length; index += 1) {
      if (!isContents[index] && flat[index]?.includes(normalise(title))) {
        found = index + 1;
        break;
      }
    }
    if (found === -1) {
      worse.push(`${title}: not found`);
      continue;
    }
    from = found - 1;
    if (found === page) exact += 1;
    else if (Math.abs(found - page) === 1) offByOne += 1;
    else worse.push(`${title}: written ${page}, LibreOffice ${found}`);
  }
  return { exact, offByOne, total: entries.length, worse };
}
