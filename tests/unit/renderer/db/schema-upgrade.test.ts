import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DossierDatabase } from '../../../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../../../renderer/db/schema';

const name = 'upgrade-test';

afterEach(async () => {
  await Dexie.delete(name);
});

const at = '2024-05-20T09:00:00.000Z';
const v1Records = {
  dossiers: [
    {
      id: 'd1',
      title: 'Morocco–Germany security cooperation',
      summary: 'Police cooperation 2022–2024',
      tags: ['Morocco', 'Germany'],
      marking: { scheme: 'tlp', level: 'amber' },
      createdAt: at,
      updatedAt: at,
      status: 'active',
    },
    {
      id: 'd2',
      title: 'Old visit',
      summary: '',
      tags: [],
      marking: { scheme: 'de', level: 'vs-nfd' },
      createdAt: at,
      updatedAt: at,
      status: 'archived',
    },
  ],
  sources: [
    {
      id: 's1',
      dossierId: 'd1',
      title: 'Joint operations table',
      outlet: 'Ministry report',
      author: '',
      retrievedAt: '2024-05-20',
      language: 'en',
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fifteen operations.' }] }],
      },
      notes: 'Figures for 2022 and 2023',
      marking: { scheme: 'tlp', level: 'green' },
      grading: { reliability: 'B', credibility: 2 },
      attachmentIds: [],
      createdAt: at,
      updatedAt: at,
    },
  ],
  entities: [
    {
      id: 'e1',
      dossierId: 'd1',
      kind: 'organisation',
      name: 'BKA',
      aliases: ['Bundeskriminalamt'],
      notes: '',
      sourceIds: ['s1'],
      createdAt: at,
      updatedAt: at,
    },
  ],
  timeline: [
    {
      id: 't1',
      dossierId: 'd1',
      date: { value: '2024-05', precision: 'month', approximate: false },
      title: 'Meeting in Rabat',
      description: '',
      sourceIds: ['s1'],
      entityIds: ['e1'],
      createdAt: at,
      updatedAt: at,
    },
  ],
  briefings: [
    {
      id: 'b1',
      dossierId: 'd1',
      title: 'Brief for the Rabat meeting',
      templateId: 'meeting-brief',
      marking: { scheme: 'tlp', level: 'amber' },
      status: 'draft',
      content: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Talking points.' }] }],
      },
      createdAt: at,
      updatedAt: at,
    },
  ],
  briefingVersions: [
    {
      id: 'v1',
      briefingId: 'b1',
      name: 'First draft',
      createdAt: at,
      title: 'Brief',
      marking: { scheme: 'tlp', level: 'amber' },
      content: { type: 'doc', content: [] },
    },
  ],
  attachments: [
    {
      id: 'a'.repeat(64),
      name: 'table.pdf',
      mimeType: 'application/pdf',
      size: 3,
      chunkCount: 1,
      createdAt: at,
    },
  ],
  attachmentChunks: [{ attachmentId: 'a'.repeat(64), index: 0, data: new Blob(['abc']) }],
};

describe('the IndexedDB schema', () => {
  it('opens a database written by version 1 and finds every record intact', async () => {
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.open();
    for (const [table, records] of Object.entries(v1Records)) await old.table(table).bulkAdd(records);
    old.close();

    const current = new DossierDatabase(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, records] of Object.entries(v1Records)) {
      if (table === 'attachmentChunks') continue;
      const stored = await current.table(table).toArray();
      expect(stored.length, table).toBe(records.length);
      for (const record of records) {
        expect(
          stored.find((candidate: { id: string }) => candidate.id === (record as { id: string }).id),
          table,
        ).toMatchObject(record as object);
      }
    }
    const chunk = await current.attachmentChunks.get(['a'.repeat(64), 0]);
    expect(await chunk?.data.text()).toBe('abc');
    current.close();
  });

  it('gives every version-1 dossier the marking rank version 2 indexes', async () => {
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.open();
    await old.table('dossiers').bulkAdd(v1Records.dossiers);
    old.close();

    const current = new DossierDatabase(name);
    const amber = await current.dossiers.where('markingRank').equals('tlp:02').toArray();
    expect(amber.map((dossier) => dossier.id)).toEqual(['d1']);
    expect((await current.dossiers.get('d2'))?.markingRank).toBe('de:00');
    current.close();
  });

  it('opens a database written by version 2 with every record intact and empty sharing tables', async () => {
    const old = new Dexie(name);
    old.version(2).stores(SCHEMA_V2);
    await old.open();
    const v2Records = {
      ...v1Records,
      dossiers: v1Records.dossiers.map((dossier) => ({ ...dossier, markingRank: 'tlp:02' })),
    };
    for (const [table, records] of Object.entries(v2Records)) await old.table(table).bulkAdd(records);
    old.close();

    const current = new DossierDatabase(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, records] of Object.entries(v2Records)) {
      if (table === 'attachmentChunks') continue;
      expect(await current.table(table).toArray(), table).toEqual(records);
    }
    expect(await (await current.attachmentChunks.get(['a'.repeat(64), 0]))?.data.text()).toBe('abc');
    expect(await current.briefingStates.count()).toBe(0);
    expect(await current.sharedBases.count()).toBe(0);
    // The new tables answer the queries the store makes of them.
    await current.briefingStates.put({ briefingId: 'b1', dossierId: 'd1', state: new Uint8Array([1]) });
    expect(await current.briefingStates.where('dossierId').equals('d1').count()).toBe(1);
    current.close();
  });

  it('opens a database written by version 3 with every record intact and no identity or trusted key yet', async () => {
    const old = new Dexie(name);
    old.version(3).stores(SCHEMA_V3);
    await old.open();
    const v3Records = {
      ...v1Records,
      dossiers: v1Records.dossiers.map((dossier) => ({ ...dossier, markingRank: 'tlp:02' })),
      briefingStates: [{ briefingId: 'b1', dossierId: 'd1', state: new Uint8Array([1, 2]) }],
    };
    for (const [table, records] of Object.entries(v3Records)) await old.table(table).bulkAdd(records);
    old.close();

    const current = new DossierDatabase(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, records] of Object.entries(v3Records)) {
      if (table === 'attachmentChunks') continue;
      expect(await current.table(table).toArray(), table).toEqual(records);
    }
    expect(await current.identity.count()).toBe(0);
    expect(await current.trustedKeys.count()).toBe(0);
    await current.trustedKeys.put({ name: 'A', publicKey: 'k', fingerprint: 'f', trustedAt: at });
    expect(await current.trustedKeys.orderBy('trustedAt').count()).toBe(1);
    current.close();
  });
});
