import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DossierDatabase } from '../../../../renderer/db/database';
import { DossierStore } from '../../../../renderer/db/dossier-store';
import {
  citedSourceIds,
  type DossierDocument,
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
    const { dossier: copy } = await store.importDocument(document, new Map(), 'keep-both');
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

  /** The document as someone makes a new dossier from a copy of this one's JSON: new dossier id, same record ids. */
  function copiedJson(document: DossierDocument, dossierId: string, title: string): DossierDocument {
    const copy = parseDossierDocument(
      JSON.parse(JSON.stringify(document).replaceAll(document.dossier.id, dossierId)),
    );
    return { ...copy, dossier: { ...copy.dossier, title } };
  }

  const snapshot = async (dossierId: string) => JSON.stringify(await store.dossierDocument(dossierId));

  it('says before writing that a package reusing another dossier’s record ids is a new dossier, and how many', async () => {
    const original = await sampleDocument();
    const copied = copiedJson(original, 'dossier-copied-by-hand', 'Rabat, second desk');
    const plan = await store.planImport(copied);
    expect(plan.existing).toBeNull();
    // The source, the entity, the briefing and its version all carry ids the first dossier holds.
    expect(plan.foreignIds).toBe(4);
    expect((await store.planImport(original)).existing?.title).toBe('Rabat');
  });

  it('stores a package reusing another dossier’s record ids under new ids, and leaves that dossier as it was', async () => {
    const original = await sampleDocument();
    const before = await snapshot(original.dossier.id);
    const copied = copiedJson(original, 'dossier-copied-by-hand', 'Rabat, second desk');
    const { dossier, reassigned } = await store.importDocument(copied, new Map(), 'replace');
    expect(reassigned).toBe(4);
    expect(await snapshot(original.dossier.id)).toBe(before);
    const stored = await store.dossierDocument(dossier.id);
    expect(stored.sources.map((source) => source.title)).toEqual(['Report']);
    expect(stored.sources[0]?.id).not.toBe(original.sources[0]?.id);
    expect(stored.entities[0]?.sourceIds).toEqual([stored.sources[0]?.id]);
    expect(citedSourceIds(stored.briefings[0]?.content ?? { type: 'doc', content: [] })).toEqual([
      stored.sources[0]?.id,
    ]);
    expect(stored.briefingVersions.map((version) => version.briefingId)).toEqual([stored.briefings[0]?.id]);
  });

  it('replacing a dossier never writes over a record another dossier holds, even when the package says so', async () => {
    const original = await sampleDocument();
    const other = await store.createDossier({ title: 'Other desk' });
    const theirs = await store.addSource(other.id, { title: 'Theirs', attachmentIds: [] });
    const before = await snapshot(other.id);
    // The package of the first dossier claims the other dossier's source id for one of its own sources.
    const hostile = parseDossierDocument(
      JSON.parse(JSON.stringify(original).replaceAll(original.sources[0]?.id ?? '?', theirs.id)),
    );
    const { reassigned } = await store.importDocument(hostile, new Map(), 'replace');
    expect(reassigned).toBe(1);
    expect(await snapshot(other.id)).toBe(before);
    const stored = await store.dossierDocument(original.dossier.id);
    expect(stored.sources.map((source) => source.title)).toEqual(['Report']);
    expect(stored.sources[0]?.id).not.toBe(theirs.id);
  });
});
