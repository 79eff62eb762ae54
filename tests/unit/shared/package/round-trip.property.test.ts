// Property: any dossier, packed and read back, is identical: document and every attachment byte, with
// and without a passphrase, empty dossiers and any Unicode included.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DossierDocument, parseDossierDocument } from '../../../../shared/model';
import { readDossierPackage, writeDossierPackage } from '../../../../shared/package';
import { pseudoRandomBytes, sha256Hex } from '../../../fixtures/packages/sample-dossier';
import { dossierArbitrary, emptyDossierJson, type GeneratedDossier } from './dossier-arbitrary';

const FAST_KDF = { testOnlyKdfIterations: 1000, testOnlyChunkSize: 16 * 1024 };

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

async function roundTrip({ json, attachments }: GeneratedDossier, passphrase?: string) {
  // What the model makes of the JSON (it trims required text) is what must come back.
  const expected = parseDossierDocument(JSON.parse(JSON.stringify(json)));
  const packed = await collect(
    writeDossierPackage(expected, (id) => attachments.get(id), { passphrase, ...FAST_KDF }),
  );
  const read = await readDossierPackage(packed, { passphrase, testOnlyMinKdfIterations: 1000 });
  expect(read.document).toEqual(expected);
  expect(read.encrypted).toBe(passphrase !== undefined);
  for (const [id, bytes] of attachments) {
    expect(Buffer.from(await read.attachments.bytes(id)).equals(Buffer.from(bytes))).toBe(true);
  }
  return { expected, read };
}

describe('packing and reading back', () => {
  it('gives back any dossier exactly, without a passphrase', async () => {
    await fc.assert(
      fc.asyncProperty(dossierArbitrary(), (dossier) => roundTrip(dossier).then(() => true)),
      {
        numRuns: 60,
      },
    );
  });

  it('gives back any dossier exactly, with any passphrase', async () => {
    await fc.assert(
      fc.asyncProperty(
        dossierArbitrary(),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
        (dossier, passphrase) => roundTrip(dossier, passphrase).then(() => true),
      ),
      { numRuns: 40 },
    );
  });

  it('gives back large attachments exactly, however compressible, in and out of encryption chunks', async () => {
    // Each attachment is runs of zeros, noise and repeated text: every mix of the writer's choices
    // (stored, deflated, held back and then stored) and of the readers' ratio checks.
    const run = fc.record({
      kind: fc.constantFrom('zeros', 'noise', 'text'),
      length: fc.integer({ min: 0, max: 1536 * 1024 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(run, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.boolean(),
        async (files, seed, encrypt) => {
          const attachments = new Map<string, Uint8Array>();
          files.forEach((runs, index) => {
            const parts = runs.map(({ kind, length }, at) => {
              if (kind === 'zeros') return new Uint8Array(length);
              if (kind === 'noise') return pseudoRandomBytes(length, seed + index * 7 + at);
              return new TextEncoder()
                .encode(`Report ${seed}, paragraph ${at}. `.repeat(length / 24 + 1))
                .subarray(0, length);
            });
            const bytes = new Uint8Array(Buffer.concat(parts));
            attachments.set(sha256Hex(bytes), bytes);
          });
          const json = emptyDossierJson([...attachments].map(([id, bytes]) => ({ id, size: bytes.length })));
          await roundTrip({ json, attachments }, encrypt ? 'large' : undefined);
          return true;
        },
      ),
      { numRuns: 12 },
    );
  });

  it('gives back an empty dossier (no sources, no attachments, nothing)', async () => {
    const { read } = await roundTrip({ json: emptyDossierJson([]), attachments: new Map() });
    expect(read.manifest.entries.map((entry) => entry.path)).toEqual(['mimetype', 'dossier.json']);
    await roundTrip({ json: emptyDossierJson([]), attachments: new Map() }, 'p');
  });

  it('keeps markup in every text field as the same inert text', async () => {
    const markup = '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>';
    const json = emptyDossierJson([]);
    (json.dossier as Record<string, unknown>).title = markup;
    (json.dossier as Record<string, unknown>).summary = `${markup}\u2028${markup}`;
    const { read } = await roundTrip({ json, attachments: new Map() });
    const document: DossierDocument = read.document;
    expect(document.dossier.title).toBe(markup);
    expect(document.dossier.summary).toBe(`${markup}\u2028${markup}`);
  });
});
