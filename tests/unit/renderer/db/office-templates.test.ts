import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Dexie } from 'dexie';
import { unzipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DossierDatabase } from '../../../../renderer/db/database';
import { DossierStore } from '../../../../renderer/db/dossier-store';
import {
  addOfficeTemplate,
  deleteOfficeTemplate,
  officeReferenceOf,
  storeSharedOfficeTemplates,
  updateOfficeTemplate,
} from '../../../../renderer/db/office-templates';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V3 } from '../../../../renderer/db/schema';
import { parseDossierDocument } from '../../../../shared/model';
import {
  generateHostileReferences,
  type HostileReference,
} from '../../../fixtures/hostile/reference-documents';
import { OFFICE_REFERENCE } from '../../../fixtures/reference/make-office-reference';
import { loadTemplate } from '../../shared/export/support/fixture-dossier';

let db: DossierDatabase;
let counter = 0;
let work = '';
let hostile: HostileReference[] = [];

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'office-templates-'));
  hostile = generateHostileReferences(work);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function freshDb(): Promise<DossierDatabase> {
  counter += 1;
  db = new DossierDatabase(`office-templates-${counter}`);
  await db.open();
  return db;
}
afterEach(async () => {
  db?.close();
  await Dexie.delete(db.name);
});

const officeFile = () => ({
  name: 'Ministry house style.dotx',
  bytes: new Uint8Array(readFileSync(OFFICE_REFERENCE.file)),
});
const hostileFile = (fixture: HostileReference) => ({
  name: fixture.name,
  bytes: new Uint8Array(readFileSync(fixture.file)),
});

describe('office templates in the store', () => {
  it('adds a template from a .dotx, named after the file, its reference readable again', async () => {
    await freshDb();
    const { template, notices } = await addOfficeTemplate(db, officeFile());
    expect(notices).toEqual([]);
    expect(template.name).toBe('Ministry house style');
    const stored = await db.officeTemplates.get(template.id);
    expect(stored?.fileName).toBe('Ministry house style.dotx');
    const reference = await officeReferenceOf(stored as NonNullable<typeof stored>);
    expect(reference.header?.body).toContain(OFFICE_REFERENCE.headerText);
  });

  it('stores nothing of a file it refuses, and says why with the code', async () => {
    await freshDb();
    for (const fixture of hostile.filter((item) => item.refusedWith)) {
      const error = await addOfficeTemplate(db, hostileFile(fixture)).catch((e) => e);
      expect(error.code, fixture.name).toBe(fixture.refusedWith);
    }
    expect(await db.officeTemplates.count()).toBe(0);
  });

  it('stores a macro-enabled template without its macros, and tells the user', async () => {
    await freshDb();
    const macros = hostile.find((item) => item.name === 'macros.dotm') as HostileReference;
    const { template, notices } = await addOfficeTemplate(db, hostileFile(macros));
    expect(notices.map((notice) => notice.code)).toEqual(['MACROS_REMOVED']);
    const stored = await db.officeTemplates.get(template.id);
    const names = Object.keys(unzipSync(stored?.reference as Uint8Array));
    expect(names.some((name) => /vba/i.test(name))).toBe(false);
  });

  it('sets which structures it dresses and its cover defaults, refusing what is not a structure id', async () => {
    await freshDb();
    const { template } = await addOfficeTemplate(db, officeFile());
    const updated = await updateOfficeTemplate(db, template.id, {
      dresses: ['briefing-note', 'meeting-brief'],
      defaults: { author: 'Desk officer', distribution: ['Director', 'Registry'] },
    });
    expect((await db.officeTemplates.get(template.id))?.dresses).toEqual(['briefing-note', 'meeting-brief']);
    expect(updated.defaults.distribution).toEqual(['Director', 'Registry']);
    const error = await updateOfficeTemplate(db, template.id, { dresses: ['Not An Id'] }).catch((e) => e);
    expect(error.code).toBe('INVALID_RECORD');
    await deleteOfficeTemplate(db, template.id);
    expect(await db.officeTemplates.count()).toBe(0);
  });

  it('stores templates that came with a shared dossier only after checking them again', async () => {
    await freshDb();
    const { template } = await addOfficeTemplate(db, officeFile());
    await deleteOfficeTemplate(db, template.id);
    const bomb = hostile.find((item) => item.name === 'zip-bomb.dotx') as HostileReference;
    const forged = { ...template, id: 'forged', reference: hostileFile(bomb).bytes };
    const error = await storeSharedOfficeTemplates(db, [template, forged]).catch((e) => e);
    expect(error.code).toBe('REFERENCE_ZIP_BOMB');
    expect(await db.officeTemplates.count()).toBe(0);
    expect(await storeSharedOfficeTemplates(db, [template])).toHaveLength(1);
    // One already there is left as the user set it up.
    await updateOfficeTemplate(db, template.id, { name: 'Renamed here' });
    expect(await storeSharedOfficeTemplates(db, [template])).toEqual([]);
    expect((await db.officeTemplates.get(template.id))?.name).toBe('Renamed here');
  });

  it('stores the templates a shared dossier carried in the import, and none when the import fails', async () => {
    await freshDb();
    const store = new DossierStore(db);
    const dossier = await store.createDossier({ title: 'Rabat' });
    await store.createBriefing(dossier.id, loadTemplate('briefing-note'));
    const document = parseDossierDocument(
      JSON.parse(JSON.stringify(await store.dossierDocument(dossier.id))),
    );
    const { template } = await addOfficeTemplate(db, officeFile());
    await deleteOfficeTemplate(db, template.id);

    const broken = {
      ...document,
      attachments: [{ id: 'b'.repeat(64), name: 'x.pdf', mimeType: 'application/pdf', size: 1 }],
    };
    const sharing = { states: new Map(), officeTemplates: [template] };
    await expect(store.importDocument(broken, new Map(), 'keep-both', sharing)).rejects.toThrow(/attachment/);
    expect(await db.officeTemplates.count()).toBe(0);

    await store.importDocument(document, new Map(), 'keep-both', sharing);
    expect((await db.officeTemplates.get(template.id))?.name).toBe(template.name);
  });

  it('opens a version 3 database, keeps its records and adds the empty office templates table', async () => {
    counter += 1;
    const name = `office-templates-upgrade-${counter}`;
    const old = new Dexie(name);
    old.version(3).stores(SCHEMA_V3);
    await old.open();
    await old
      .table('briefingStates')
      .add({ briefingId: 'b1', dossierId: 'd1', state: new Uint8Array([1, 2]) });
    old.close();
    db = new DossierDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.table('briefingStates').get('b1')).toMatchObject({ dossierId: 'd1' });
    expect(await db.officeTemplates.count()).toBe(0);
    await addOfficeTemplate(db, officeFile());
    expect(await db.officeTemplates.count()).toBe(1);
  });
});
