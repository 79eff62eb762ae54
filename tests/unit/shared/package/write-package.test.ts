// writeDossierPackage: the ZIP layout other programs can read, streaming with backpressure, and refusals.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { DOSSIER_MIME_TYPE } from '../../../../shared/app-identity';
import { CancelledError } from '../../../../shared/errors';
import { type DossierDocument, parseDossierDocument } from '../../../../shared/model';
import {
  DEFAULT_PACKAGE_LIMITS,
  PACKAGE_FORMAT_VERSION,
  PackageError,
  type PackageManifest,
  readDossierPackage,
  writeDossierPackage,
} from '../../../../shared/package';
import {
  pseudoRandomBytes,
  sampleAttachments,
  sampleDossierJson,
  sha256Hex,
} from '../../../fixtures/packages/sample-dossier';
import { emptyDossierJson } from './dossier-arbitrary';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-write-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

function sample() {
  const attachments = sampleAttachments();
  const document = parseDossierDocument(sampleDossierJson(attachments));
  const bytes = new Map(attachments.map((attachment) => [sha256Hex(attachment.bytes), attachment.bytes]));
  return { document, bytes };
}

async function refusal(stream: ReadableStream<Uint8Array>): Promise<PackageError | CancelledError> {
  try {
    await collect(stream);
  } catch (error) {
    if (error instanceof PackageError || error instanceof CancelledError) return error;
    throw error;
  }
  throw new Error('expected the writer to refuse');
}

/** A document holding the given attachment bytes and nothing else. */
function documentWith(files: Uint8Array[]): { document: DossierDocument; bytes: Map<string, Uint8Array> } {
  const bytes = new Map(files.map((file) => [sha256Hex(file), file]));
  const json = emptyDossierJson([...bytes].map(([id, file]) => ({ id, size: file.length })));
  return { document: parseDossierDocument(json), bytes };
}

/** Text of random words: compresses about as well as real prose. */
function pseudoRandomText(length: number): Uint8Array {
  const words = [
    'cooperation',
    'ministry',
    'police',
    'returns',
    'pilot',
    'border',
    'training',
    'data',
    'the',
    'of',
  ];
  const noise = pseudoRandomBytes(length);
  let text = '';
  for (let at = 0; text.length < length; at++) text += `${words[(noise[at] as number) % words.length]} `;
  return new TextEncoder().encode(text.slice(0, length));
}

/** zipinfo's view of an archive: each entry's size, compressed size and method. */
function zipinfo(file: string): Map<string, { size: number; compressed: number; method: string }> {
  const entries = new Map<string, { size: number; compressed: number; method: string }>();
  for (const line of execFileSync('zipinfo', ['-l', file], { encoding: 'utf8' }).split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (!line.startsWith('-') || fields.length < 10) continue;
    entries.set(fields[9] as string, {
      size: Number(fields[3]),
      compressed: Number(fields[5]),
      method: fields[6] as string,
    });
  }
  return entries;
}

describe('writeDossierPackage', () => {
  it('carries each briefing’s language, and leaves it out for a briefing from before languages', async () => {
    const attachments = sampleAttachments();
    const json = sampleDossierJson(attachments) as { briefings: Record<string, unknown>[] };
    const [first] = json.briefings;
    if (!first) throw new Error('the sample has no briefing');
    // A second briefing, from before languages: no language at all.
    json.briefings.push({ ...first, id: 'b-before-languages', title: 'Older briefing' });
    first.language = 'ar';
    const document = parseDossierDocument(json);
    const bytes = new Map(attachments.map((attachment) => [sha256Hex(attachment.bytes), attachment.bytes]));
    const read = await readDossierPackage(
      await collect(writeDossierPackage(document, (id) => bytes.get(id))),
    );
    expect(read.document.briefings[0]?.language).toBe('ar');
    expect(read.document.briefings[1]).not.toHaveProperty('language');
  });

  it('writes mimetype first and stored, so the media type sits at byte 38 like ODF and EPUB', async () => {
    const { document, bytes } = sample();
    const packed = await collect(writeDossierPackage(document, (id) => bytes.get(id)));
    const head = Buffer.from(packed.subarray(0, 38 + DOSSIER_MIME_TYPE.length));
    expect(head.readUInt32LE(0)).toBe(0x04034b50);
    expect(head.readUInt16LE(8)).toBe(0); // stored
    expect(head.readUInt16LE(6) & 0x0008).toBe(0); // CRC and sizes in the local header
    expect(head.readUInt16LE(28)).toBe(0); // no extra field
    expect(head.subarray(30, 38).toString('ascii')).toBe('mimetype');
    expect(head.subarray(38).toString('ascii')).toBe(DOSSIER_MIME_TYPE);
  });

  it('writes a ZIP that unzip tests clean and lists with the layout of format 1, as plain files', async () => {
    const { document, bytes } = sample();
    const file = path.join(work, 'sample.dossier');
    writeFileSync(file, await collect(writeDossierPackage(document, (id) => bytes.get(id))));
    expect(spawnSync('unzip', ['-tq', file], { encoding: 'utf8' }).status).toBe(0);
    const listing = execFileSync('zipinfo', [file], { encoding: 'utf8' });
    const names = listing
      .split('\n')
      .filter((line) => line.startsWith('-'))
      .map((line) => line.trim().split(/\s+/).at(-1));
    expect(names).toEqual([
      'mimetype',
      'manifest.json',
      'dossier.json',
      ...[...bytes.keys()].map((id) => `attachments/${id}`),
    ]);
    expect(listing).not.toMatch(/^l/m); // no links
    for (const line of listing.split('\n').filter((entry) => entry.startsWith('-')))
      expect(line).toMatch(/^-rw-r--r--/);
  });

  it('lists every other entry in manifest.json with its size and SHA-256, which fflate agrees with', async () => {
    const { document, bytes } = sample();
    const packed = await collect(
      writeDossierPackage(document, (id) => bytes.get(id), {
        appVersion: '9.8.7',
        created: new Date('2025-03-14T09:30:00.000Z'),
      }),
    );
    const entries = unzipSync(packed);
    const manifest = JSON.parse(
      Buffer.from(entries['manifest.json'] as Uint8Array).toString('utf8'),
    ) as PackageManifest;
    expect(manifest).toMatchObject({
      formatVersion: PACKAGE_FORMAT_VERSION,
      mediaType: DOSSIER_MIME_TYPE,
      appVersion: '9.8.7',
      created: '2025-03-14T09:30:00.000Z',
    });
    expect(manifest.entries.map((entry) => entry.path).sort()).toEqual(
      Object.keys(entries)
        .filter((name) => name !== 'manifest.json')
        .sort(),
    );
    for (const entry of manifest.entries) {
      const content = entries[entry.path] as Uint8Array;
      expect(entry.size).toBe(content.length);
      expect(entry.sha256).toBe(sha256Hex(content));
    }
    expect(JSON.parse(Buffer.from(entries['dossier.json'] as Uint8Array).toString('utf8'))).toEqual(document);
  });

  it('writes the same bytes for the same dossier and time', async () => {
    const { document, bytes } = sample();
    const created = new Date('2025-03-14T09:30:00.000Z');
    const first = await collect(writeDossierPackage(document, (id) => bytes.get(id), { created }));
    const second = await collect(writeDossierPackage(document, (id) => bytes.get(id), { created }));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('deflates attachments that compress and stores those that do not', async () => {
    const text = new TextEncoder().encode(
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(5000),
    );
    const random = pseudoRandomBytes(300_000);
    const { document, bytes } = documentWith([text, random]);
    const packed = Buffer.from(await collect(writeDossierPackage(document, (id) => bytes.get(id))));
    const methodOf = (id: string) => {
      const at = packed.indexOf(`attachments/${id}`);
      return packed.readUInt16LE(at - 30 + 8);
    };
    expect(methodOf(sha256Hex(text))).toBe(8);
    expect(methodOf(sha256Hex(random))).toBe(0);
  });

  it('never deflates an entry so far that a reader takes it for a bomb, however repetitive', async () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const zerosAfterText = new Uint8Array(5 * 1024 * 1024);
    zerosAfterText.set(pseudoRandomText(300_000));
    const text = pseudoRandomText(6 * 1024 * 1024);
    const { document, bytes } = documentWith([zeros, zerosAfterText, text]);
    const packed = await collect(writeDossierPackage(document, (id) => bytes.get(id)));
    const file = path.join(work, 'repetitive.dossier');
    writeFileSync(file, packed);
    expect(spawnSync('unzip', ['-tq', file]).status).toBe(0);
    const read = await readDossierPackage(packed);
    for (const [id, content] of bytes) {
      expect(Buffer.from(await read.attachments.bytes(id)).equals(Buffer.from(content))).toBe(true);
    }
    const entries = zipinfo(file);
    const ratio = (id: string) => {
      const entry = entries.get(`attachments/${id}`) as { size: number; compressed: number; method: string };
      return { method: entry.method, ratio: entry.size / entry.compressed };
    };
    // Too repetitive to deflate safely: stored. Ordinary text: deflated, well under the readers' limit.
    expect(ratio(sha256Hex(zeros))).toEqual({ method: 'stor', ratio: 1 });
    expect(ratio(sha256Hex(zerosAfterText)).method).toBe('stor');
    const deflated = ratio(sha256Hex(text));
    expect(deflated.method).toBe('defN');
    expect(deflated.ratio).toBeGreaterThan(1.5);
    expect(deflated.ratio).toBeLessThanOrEqual(DEFAULT_PACKAGE_LIMITS.maxCompressionRatio);
  });

  it('reads no attachment before the stream is read, and only as fast as it is read', async () => {
    const size = 32 * 1024 * 1024;
    const file = pseudoRandomBytes(size);
    const { document } = documentWith([file]);
    let pulled = 0;
    let asked = false;
    const stream = writeDossierPackage(document, () => {
      asked = true;
      let at = 0;
      return new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            if (at >= size) return controller.close();
            const chunk = file.subarray(at, at + 1024 * 1024);
            at += chunk.length;
            pulled += chunk.length;
            controller.enqueue(chunk);
          },
        },
        { highWaterMark: 0 },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toBe(false);
    const reader = stream.getReader();
    let received = 0;
    while (received < 4 * 1024 * 1024) received += ((await reader.read()).value as Uint8Array).length;
    expect(pulled).toBeLessThanOrEqual(received + 2 * 1024 * 1024);
    await reader.cancel();
  });

  it('cancels the attachment stream when the package stream is cancelled', async () => {
    const file = pseudoRandomBytes(8 * 1024 * 1024);
    const { document } = documentWith([file]);
    let cancelled = false;
    const stream = writeDossierPackage(document, () => {
      let at = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(file.subarray(at, at + 65536));
          at += 65536;
        },
        cancel() {
          cancelled = true;
        },
      });
    });
    const reader = stream.getReader();
    for (let i = 0; i < 8; i++) await reader.read();
    await reader.cancel();
    expect(cancelled).toBe(true);
  });

  it('reports progress up to the total, and stops with the one CancelledError when cancelled through its signal', async () => {
    const { document, bytes } = sample();
    const reports: [number, number][] = [];
    await collect(
      writeDossierPackage(document, (id) => bytes.get(id), {
        onProgress: (done, total) => reports.push([done, total]),
      }),
    );
    const last = reports.at(-1) as [number, number];
    expect(last[0]).toBe(last[1]);
    expect(
      reports.every(([done], index) => index === 0 || done >= (reports[index - 1] as [number, number])[0]),
    ).toBe(true);

    const controller = new AbortController();
    const stream = writeDossierPackage(
      document,
      (id) => {
        controller.abort();
        return bytes.get(id);
      },
      { signal: controller.signal },
    );
    const stopped = await refusal(stream);
    expect(stopped).toBeInstanceOf(CancelledError);
    expect(stopped.code).toBe('CANCELLED');
  });

  it('refuses an invalid dossier with the model’s message, before writing a byte', async () => {
    const json = sampleDossierJson();
    (json.sources[0] as { language: string }).language = 'English';
    const error = await refusal(writeDossierPackage(json as never, () => undefined));
    expect(error.code).toBe('SCHEMA_INVALID');
    expect(error.message).toContain('sources.0.language');
  });

  it('refuses a missing attachment, bytes that are not the attachment, and an empty passphrase', async () => {
    const { document, bytes } = sample();
    expect((await refusal(writeDossierPackage(document, () => undefined))).code).toBe('ATTACHMENT_MISSING');
    const other = (
      await refusal(
        writeDossierPackage(document, (id) => pseudoRandomBytes((bytes.get(id) as Uint8Array).length, 3)),
      )
    ).code;
    expect(other).toBe('ATTACHMENT_MISMATCH');
    const longer = await refusal(
      writeDossierPackage(document, (id) => new Uint8Array([...(bytes.get(id) as Uint8Array), 0])),
    );
    expect(longer.code).toBe('ATTACHMENT_MISMATCH');
    expect(longer.message).toContain('larger');
    expect(
      (await refusal(writeDossierPackage(document, (id) => bytes.get(id), { passphrase: '' }))).code,
    ).toBe('PASSPHRASE_EMPTY');
  });

  it('refuses a dossier over the 2 GiB a reader unpacks, before reading any attachment', async () => {
    const half = 1024 ** 3 + 1;
    const ids = ['a', 'b'].map((seed) => sha256Hex(new TextEncoder().encode(seed)));
    const document = parseDossierDocument(emptyDossierJson(ids.map((id) => ({ id, size: half }))));
    let asked = 0;
    const error = await refusal(
      writeDossierPackage(document, () => {
        asked += 1;
        return undefined;
      }),
    );
    expect(error.code).toBe('PACKAGE_TOO_LARGE');
    expect(error.message).toContain('2 GiB');
    expect(asked).toBe(0);
  });

  it('accepts attachment bytes as a promise of a stream', async () => {
    const { document, bytes } = sample();
    const packed = await collect(
      writeDossierPackage(document, async (id) =>
        new Blob([bytes.get(id) as Uint8Array<ArrayBuffer>]).stream(),
      ),
    );
    const read = await readDossierPackage(packed);
    expect(read.document).toEqual(document);
  });
});
