import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DossierDatabase } from '../../../../renderer/db/database';
import { DossierStore } from '../../../../renderer/db/dossier-store';
import {
  citedSourceIds,
  parseDossierDocument,
  parseTemplate,
  type RichTextDoc,
} from '../../../../shared/model';

const template = parseTemplate({
  id: 'briefing-note',
  name: 'Briefing note',
  description: '',
  sections: [{ title: 'Purpose', hint: '' }],
});

let db: DossierDatabase;
let store: DossierStore;
const name = 'import-test';

beforeEach(() => {
  db = new DossierDatabase(name);
  store = new DossierStore(db);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

async function sampleDocument() {
  const dossier = await store.createDossier({ title: 'Rabat' });
  const source = await store.addSource(dossier.id, { title: 'Report', attachmentIds: [] });
  await store.addEntity(dossier.id, { name: 'BKA', kind: 'organisation', sourceIds: [source.id] });
  const briefing = await store.createBriefing(dossier.id, template);
  const content = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'See' },
          { type: 'citation', attrs: { sourceId: source.id } },
        ],
      },
    ],
  } as RichTextDoc;
  await store.updateBriefing(briefing.id, { content });
  await store.saveBriefingVersion(briefing.id, 'v1');
  return parseDossierDocument(JSON.parse(JSON.stringify(await store.dossierDocument(dossier.id))));
}

describe('importing a shared dossier', () => {
  it('keeps both: a copy with new ids whose links and citations point at the copy', async () => {
    const document = await sampleDocument();
    const copy = await store.importDocument(document, new Map(), 'keep-both');
    expect(copy.id).not.toBe(document.dossier.id);
    expect(await db.dossiers.count()).toBe(2);
    const copied = parseDossierDocument(JSON.parse(JSON.stringify(await store.dossierDocument(copy.id))));
    const sourceId = copied.sources[0]?.id;
    expect(sourceId).not.toBe(document.sources[0]?.id);
    expect(copied.entities[0]?.sourceIds).toEqual([sourceId]);
    expect(citedSourceIds(copied.briefings[0]?.content ?? { type: 'doc', content: [] })).toEqual([sourceId]);
    expect(copied.briefingVersions[0]?.briefingId).toBe(copied.briefings[0]?.id);
  });

  it('replaces the dossier, dropping what the old one held that the new one does not', async () => {
    const document = await sampleDocument();
    await store.addSource(document.dossier.id, { title: 'Added after sharing' });
    await store.importDocument(document, new Map(), 'replace');
    expect(
      (await db.sources.where('dossierId').equals(document.dossier.id).toArray()).map((s) => s.title),
    ).toEqual(['Report']);
  });

  it('writes nothing when any part fails', async () => {
    const document = await sampleDocument();
    const before = await Promise.all([db.dossiers.count(), db.sources.count(), db.briefings.count()]);
    const withAttachment = {
      ...document,
      attachments: [{ id: 'b'.repeat(64), name: 'x.pdf', mimeType: 'application/pdf', size: 1 }],
    };
    await expect(store.importDocument(withAttachment, new Map(), 'keep-both')).rejects.toThrow(/attachment/);
    expect(await Promise.all([db.dossiers.count(), db.sources.count(), db.briefings.count()])).toEqual(
      before,
    );
  });
});
