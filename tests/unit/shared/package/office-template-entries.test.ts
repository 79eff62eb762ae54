// A dossier package carrying the office templates its briefings use: written as office-templates.json and
// office-templates/<id>.dotx, read back checked again by the reference reader and cleaned; an old package
// without them reads with none; a hostile template or an unlisted one refuses the whole package.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readOfficeReference } from '../../../../shared/export/reference';
import type { OfficeTemplate } from '../../../../shared/model';
import { readDossierPackage, writeDossierPackage } from '../../../../shared/package';
import { buildPackage } from '../../../fixtures/hostile/raw-zip';
import { generateHostileReferences } from '../../../fixtures/hostile/reference-documents';
import { sampleAttachments, sampleDossierJson, sha256Hex } from '../../../fixtures/packages/sample-dossier';
import { OFFICE_REFERENCE } from '../../../fixtures/reference/make-office-reference';

const work = mkdtempSync(path.join(tmpdir(), 'package-office-templates-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const hostile = generateHostileReferences(work);
const hostileBytes = (name: string) =>
  new Uint8Array(readFileSync(hostile.find((fixture) => fixture.name === name)?.file as string));

const at = '2025-03-14T09:30:00.000Z';
function officeTemplate(reference: Uint8Array, id = 'ot-ministry'): OfficeTemplate {
  return {
    id,
    name: 'Ministry house style',
    fileName: 'Ministry house style.dotx',
    dresses: ['briefing-note'],
    defaults: { author: 'Registry officer', distribution: ['Director'] },
    addedAt: at,
    updatedAt: at,
    reference: reference as Uint8Array<ArrayBuffer>,
  };
}

async function pack(officeTemplates?: OfficeTemplate[]): Promise<Uint8Array> {
  const attachments = sampleAttachments();
  const bytes = new Map(attachments.map((attachment) => [sha256Hex(attachment.bytes), attachment.bytes]));
  const stream = writeDossierPackage(sampleDossierJson(attachments) as never, (id) => bytes.get(id), {
    created: new Date(at),
    appVersion: 'test',
    ...(officeTemplates ? { officeTemplates } : {}),
  });
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('office templates in a dossier package', () => {
  it('carries them as optional entries, which unzip lists and the reader gives back', async () => {
    const reference = new Uint8Array(readFileSync(OFFICE_REFERENCE.file));
    const bytes = await pack([officeTemplate(reference)]);
    const file = path.join(work, 'with-templates.dossier');
    writeFileSync(file, bytes);
    const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
    expect(listing).toEqual(
      expect.arrayContaining(['office-templates.json', 'office-templates/ot-ministry.dotx']),
    );
    execFileSync('unzip', ['-tq', file]);

    const pkg = await readDossierPackage(bytes);
    expect(pkg.officeTemplates).toHaveLength(1);
    const [carried] = pkg.officeTemplates;
    expect(carried).toMatchObject({
      id: 'ot-ministry',
      name: 'Ministry house style',
      dresses: ['briefing-note'],
    });
    expect(carried?.defaults).toEqual({ author: 'Registry officer', distribution: ['Director'] });
    const again = await readOfficeReference(carried?.reference as Uint8Array);
    expect(again.header?.body).toContain(OFFICE_REFERENCE.headerText);
  });

  it('reads a package without them, as every older one is, with none', async () => {
    expect((await readDossierPackage(await pack())).officeTemplates).toEqual([]);
    const v1 = new Uint8Array(
      readFileSync(path.resolve(__dirname, '../../../fixtures/packages/v1-sample.dossier')),
    );
    expect((await readDossierPackage(v1)).officeTemplates).toEqual([]);
  });

  it('refuses the whole package when a template it carries is a zip bomb', async () => {
    const bytes = await pack([officeTemplate(hostileBytes('zip-bomb.dotx'))]);
    const error = await readDossierPackage(bytes).catch((e) => e);
    expect(error.code).toBe('OFFICE_TEMPLATE_INVALID');
    expect(error.message).toMatch(/Ministry house style.*REFERENCE_ZIP_BOMB/);
  });

  it('hands over a macro template cleaned, without its macros', async () => {
    const pkg = await readDossierPackage(await pack([officeTemplate(hostileBytes('macros.dotm'))]));
    const names = Object.keys(unzipSync(pkg.officeTemplates[0]?.reference as Uint8Array));
    expect(names.some((name) => /vba/i.test(name))).toBe(false);
  });

  it('refuses a template document the list does not name', async () => {
    const reference = new Uint8Array(readFileSync(OFFICE_REFERENCE.file));
    const bytes = buildPackage({
      extraEntries: [{ name: 'office-templates/ot-stray.dotx', data: reference, method: 8 }],
    });
    const error = await readDossierPackage(bytes).catch((e) => e);
    expect(error.code).toBe('EXTRA_ENTRY');
    expect(error.message).toContain('office-templates/ot-stray.dotx');
  });
});
