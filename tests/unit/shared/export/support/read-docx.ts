// Reads exported .docx files back with the tools people open them with: the package's parts (unzipped
// with fflate, each XML part checked for well-formedness), pandoc's reading of the document, and
// LibreOffice's rendering to PDF as pdftotext sees each page.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

// ---- The package

/** The parts of a .docx by path; XML parts as text. */
export function docxParts(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

export function docxPart(bytes: Uint8Array, name: string): string {
  const part = docxParts(bytes).get(name);
  if (!part) throw new Error(`no part ${name} in the package`);
  return strFromU8(part);
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

/**
 * Problems that make a text not well-formed XML (empty when it is): unbalanced or crossed tags, bad names,
 * unquoted or repeated attributes, a bare `<` or `&`, text outside the one root element. Enough of the
 * XML 1.0 rules to catch what a writer gets wrong; DTDs are refused since Office never writes them.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let roots = 0;
  let at = xml.startsWith('\ufeff') ? 1 : 0;
  const checkEntities = (text: string, where: number) => {
    for (let index = text.indexOf('&'); index !== -1; index = text.indexOf('&', index + 1)) {
      if (!ENTITY.test(text.slice(index))) problems.push(`bare & at ${where + index}`);
    }
  };
  const checkText = (text: string, where: number) => {
    checkEntities(text, where);
    if (open.length === 0 && text.trim() !== '') problems.push(`text outside the root at ${where}`);
  };
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > at) checkText(xml.slice(at, textEnd), at);
    if (lt === -1) break;
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt);
      if (end === -1) return [...problems, `unterminated processing instruction at ${lt}`];
      at = end + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end === -1) return [...problems, `unterminated comment at ${lt}`];
      at = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end === -1) return [...problems, `unterminated CDATA at ${lt}`];
      at = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      return [...problems, `declaration at ${lt}`];
    } else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt);
      if (end === -1) return [...problems, `unterminated end tag at ${lt}`];
      const name = xml.slice(lt + 2, end).trim();
      const expected = open.pop();
      if (name !== expected) problems.push(`</${name}> at ${lt} closes <${expected ?? 'nothing'}>`);
      at = end + 1;
    } else {
      // A start tag: name, then attributes name="value" or name='value', then > or />.
      const nameMatch = /^<([^\s/>]+)/.exec(xml.slice(lt, lt + 300));
      const name = nameMatch?.[1] ?? '';
      if (!NAME.test(name)) problems.push(`bad element name "${name}" at ${lt}`);
      let cursor = lt + 1 + name.length;
      const seen = new Set<string>();
      let closed = false;
      let selfClosing = false;
      while (cursor < xml.length) {
        while (/\s/.test(xml[cursor] ?? '')) cursor += 1;
        if (xml.startsWith('/>', cursor)) {
          selfClosing = true;
          closed = true;
          cursor += 2;
          break;
        }
        if (xml[cursor] === '>') {
          closed = true;
          cursor += 1;
          break;
        }
        const attribute = /^([^\s=/>]+)\s*=\s*(["'])/.exec(xml.slice(cursor, cursor + 300));
        if (!attribute) {
          problems.push(`bad attribute in <${name}> at ${cursor}`);
          break;
        }
        const [whole, attributeName = '', quote = '"'] = attribute;
        if (!NAME.test(attributeName)) problems.push(`bad attribute name "${attributeName}" at ${cursor}`);
        if (seen.has(attributeName)) problems.push(`repeated attribute ${attributeName} in <${name}>`);
        seen.add(attributeName);
        const valueStart = cursor + whole.length;
        const valueEnd = xml.indexOf(quote, valueStart);
        if (valueEnd === -1) return [...problems, `unterminated attribute value at ${valueStart}`];
        const value = xml.slice(valueStart, valueEnd);
        if (value.includes('<')) problems.push(`< in attribute ${attributeName} at ${valueStart}`);
        checkEntities(value, valueStart);
        cursor = valueEnd + 1;
      }
      if (!closed) return [...problems, `unterminated start tag <${name}> at ${lt}`];
      if (open.length === 0) roots += 1;
      if (!selfClosing) open.push(name);
      at = cursor;
    }
  }
  if (open.length > 0) problems.push(`unclosed <${open.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

// ---- pandoc

type PandocInline = { t: string; c?: unknown };
type PandocBlock = { t: string; c?: unknown };

/** A document as pandoc reads it, simplified to what the tests look at. */
export type ReadBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'para'; text: string; rtl: boolean }
  | { kind: 'bullets'; items: ReadBlock[][] }
  | { kind: 'ordered'; start: number; items: ReadBlock[][] }
  | { kind: 'table'; header: string[][]; body: string[][]; cells: ReadBlock[] }
  | { kind: 'quote'; blocks: ReadBlock[] }
  | { kind: 'image'; alt: string; width: string | undefined; height: string | undefined }
  | { kind: 'other'; type: string };

export interface PandocReading {
  readonly blocks: ReadBlock[];
  /** Footnote texts in order. */
  readonly notes: string[];
  /** Link targets in order, body and notes. */
  readonly links: string[];
}

export function readWithPandoc(bytes: Uint8Array): PandocReading {
  const dir = mkdtempSync(path.join(tmpdir(), 'docx-pandoc-'));
  try {
    const file = path.join(dir, 'in.docx');
    writeFileSync(file, bytes);
    const json = JSON.parse(execFileSync('pandoc', ['-f', 'docx', '-t', 'json', file], { encoding: 'utf8' }));
    const notes: string[] = [];
    const links: string[] = [];
    const inlineText = (inlines: PandocInline[]): string =>
      inlines
        .map((inline) => {
          const c = inline.c as never;
          switch (inline.t) {
            case 'Str':
              return c as string;
            case 'Space':
            case 'SoftBreak':
              return ' ';
            case 'LineBreak':
              return '\n';
            case 'Emph':
            case 'Strong':
            case 'Underline':
            case 'Strikeout':
            case 'SmallCaps':
            case 'Superscript':
            case 'Subscript':
              return inlineText(c);
            case 'Span':
              return inlineText((c as [unknown, PandocInline[]])[1]);
            case 'Quoted':
              return `“${inlineText((c as [unknown, PandocInline[]])[1])}”`;
            case 'Link': {
              const [, content, [url]] = c as [unknown, PandocInline[], [string]];
              links.push(url);
              return inlineText(content);
            }
            case 'Note':
              notes.push(blocksText(simplify(c)));
              return '';
            default:
              return '';
          }
        })
        .join('');
    const isRtl = (inlines: PandocInline[]) =>
      inlines.some(
        (inline) => inline.t === 'Span' && JSON.stringify((inline.c as unknown[])[0]).includes('rtl'),
      );
    type PandocRow = [unknown, [unknown, unknown, number, number, PandocBlock[]][]];
    // Each cell is read once, so the notes in it are counted once.
    const readRows = (rows: unknown[]) =>
      (rows as PandocRow[]).map((row) => row[1].map((cell) => simplify(cell[4])));
    const simplify = (blocks: PandocBlock[]): ReadBlock[] =>
      blocks.map((block): ReadBlock => {
        const c = block.c as never;
        switch (block.t) {
          case 'Header': {
            const [level, , inlines] = c as [number, unknown, PandocInline[]];
            return { kind: 'heading', level, text: inlineText(inlines) };
          }
          case 'Para':
          case 'Plain': {
            const inlines = c as PandocInline[];
            const image = inlines.find((inline) => inline.t === 'Image');
            if (image && inlines.length === 1) {
              const [[, , attributes], alt] = image.c as [
                [unknown, unknown, [string, string][]],
                PandocInline[],
              ];
              const attribute = (key: string) => attributes.find(([name]) => name === key)?.[1];
              return {
                kind: 'image',
                alt: inlineText(alt),
                width: attribute('width'),
                height: attribute('height'),
              };
            }
            return { kind: 'para', text: inlineText(inlines), rtl: isRtl(inlines) };
          }
          case 'BulletList':
            return { kind: 'bullets', items: (c as PandocBlock[][]).map(simplify) };
          case 'OrderedList': {
            const [[start], items] = c as [[number], PandocBlock[][]];
            return { kind: 'ordered', start, items: items.map(simplify) };
          }
          case 'BlockQuote':
            return { kind: 'quote', blocks: simplify(c) };
          case 'Table': {
            const [, , , [, headRows], bodies] = c as [
              unknown,
              unknown,
              unknown,
              [unknown, unknown[]],
              [unknown, unknown, unknown[], unknown[]][],
            ];
            const header = readRows(headRows);
            const body = readRows(bodies.flatMap((rows) => [...rows[2], ...rows[3]]));
            const texts = (rows: ReadBlock[][][]) => rows.map((row) => row.map(blocksText));
            return {
              kind: 'table',
              header: texts(header),
              body: texts(body),
              cells: [...header, ...body].flat(2),
            };
          }
          default:
            return { kind: 'other', type: block.t };
        }
      });
    const blocks = simplify(json.blocks);
    return { blocks, notes, links };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of some read blocks, one line per paragraph, cells separated by " | ". */
export function blocksText(blocks: readonly ReadBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
        case 'para':
          return block.text;
        case 'bullets':
        case 'ordered':
          return block.items.map(blocksText).join('\n');
        case 'quote':
          return blocksText(block.blocks);
        case 'table':
          return [...block.header, ...block.body].map((row) => row.join(' | ')).join('\n');
        case 'image':
          return block.alt;
        default:
          return '';
      }
    })
    .join('\n')
    .trim();
}

/** Every block, depth first, including those inside lists, quotes and table cells. */
export function allBlocks(blocks: readonly ReadBlock[]): ReadBlock[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'bullets' || block.kind === 'ordered')
      return [block, ...block.items.flatMap(allBlocks)];
    if (block.kind === 'quote') return [block, ...allBlocks(block.blocks)];
    if (block.kind === 'table') return [block, ...allBlocks(block.cells)];
    return [block];
  });
}

// ---- LibreOffice and poppler

/**
 * Converts .docx files to PDF (or another format LibreOffice writes, such as odt) in one LibreOffice run (its
 * start-up is the slow part); returns the paths of the files written.
 */
export function convertToPdf(files: readonly string[], outDir: string, format = 'pdf'): string[] {
  // A profile of its own, so tests running side by side do not share (and lock) one.
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((file) => path.join(outDir, `${path.basename(file, '.docx')}.${format}`));
}

/** The text of each page of a PDF, in reading layout. */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** The first page of a PDF as a PNG, at a low resolution, for looking at. */
export function firstPagePng(pdf: string, outStem: string, page = 1): Uint8Array {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    outStem,
  ]);
  return new Uint8Array(readFileSync(`${outStem}.png`));
}
