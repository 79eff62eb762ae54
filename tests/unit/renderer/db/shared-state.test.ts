import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { DossierStore } from '../../../../renderer/db/dossier-store';
import { MAX_SHARED_BASES } from '../../../../renderer/db/shared-state';
import { briefingContentOf, briefingStatesRelated } from '../../../../shared/sharing/briefing-state';
import { openStore, paragraphs, rabatDossier, receive, share, textsOf } from './sharing-fixtures';

const opened: DossierStore[] = [];
function storeNamed(name: string) {
  const store = openStore(name);
  opened.push(store);
  return store;
}

afterEach(async () => {
  for (const store of opened.splice(0)) {
    store.db.close();
    await Dexie.delete(store.db.name);
  }
});

describe('sharing stamps the dossier', () => {
  it('starts the lineage on the first share and advances it on the next, leaving updatedAt alone', async () => {
    const store = storeNamed('share-lineage');
    const { dossier } = await rabatDossier(store);
    const before = await store.getDossier(dossier.id);
    const first = await share(store, dossier.id, 'first.dossier');
    const lineage = first.document.dossier.lineage;
    expect(lineage).toMatchObject({ id: dossier.id, history: [] });
    expect(first.base).toBeUndefined();
    expect((await store.getDossier(dossier.id))?.lineage).toEqual(lineage);
    expect((await store.getDossier(dossier.id))?.updatedAt).toBe(before?.updatedAt);

    const second = await share(store, dossier.id, 'second.dossier');
    expect(second.document.dossier.lineage?.history).toEqual([lineage?.revision]);
    // The package carries the state last shared: the first share, the colleague's starting point.
    expect(second.base?.dossier.lineage?.revision).toBe(lineage?.revision);
  });

  it('makes a briefing’s state once and continues it on every later share', async () => {
    const store = storeNamed('share-state');
    const { dossier, briefing } = await rabatDossier(store);
    const first = (await share(store, dossier.id, 'a.dossier')).states.get(briefing.id);
    expect(await store.db.briefingStates.get(briefing.id)).toMatchObject({ dossierId: dossier.id });

    const unchanged = (await share(store, dossier.id, 'b.dossier')).states.get(briefing.id);
    expect(unchanged).toEqual(first);

    await store.updateBriefing(briefing.id, {
      content: paragraphs('Opening remarks, revised.', 'The middle part.', 'Closing remarks.'),
    });
    const edited = (await share(store, dossier.id, 'c.dossier')).states.get(briefing.id);
    if (!first || !edited) throw new Error('the share carries no state');
    expect(briefingStatesRelated(first, edited)).toBe(true);
    expect(textsOf(briefingContentOf(edited))).toEqual([
      'Opening remarks, revised.',
      'The middle part.',
      'Closing remarks.',
    ]);
  });

  it('keeps at most MAX_SHARED_BASES snapshots per dossier, the newest', async () => {
    const store = storeNamed('share-bases');
    const { dossier } = await rabatDossier(store);
    let last = '';
    for (let round = 0; round <= MAX_SHARED_BASES; round++) {
      last = (await share(store, dossier.id, 'x.dossier')).document.dossier.lineage?.revision ?? '';
    }
    const kept = await store.db.sharedBases.where('dossierId').equals(dossier.id).toArray();
    expect(kept).toHaveLength(MAX_SHARED_BASES);
    expect(kept.map((row) => row.revision)).toContain(last);
  });
});

describe('importing a shared copy', () => {
  it('keeps the package’s states and the dossier as received, for the next merge', async () => {
    const a = storeNamed('import-a');
    const b = storeNamed('import-b');
    const { dossier, briefing } = await rabatDossier(a);
    const copy = await share(a, dossier.id, 'rabat.dossier');
    await receive(b, copy);
    expect((await b.db.briefingStates.get(briefing.id))?.state).toEqual(copy.states.get(briefing.id));
    const bases = await b.db.sharedBases.where('dossierId').equals(dossier.id).toArray();
    expect(bases.map((row) => row.revision)).toEqual([copy.document.dossier.lineage?.revision]);
  });

  it('makes a state once for a briefing that came without one (a package of plain JSON)', async () => {
    const a = storeNamed('plain-a');
    const b = storeNamed('plain-b');
    const { dossier, briefing } = await rabatDossier(a);
    const document = await a.dossierDocument(dossier.id);
    await b.importDocument(document, new Map(), 'replace');
    const made = (await b.db.briefingStates.get(briefing.id))?.state;
    if (!made) throw new Error('no state was made');
    expect(textsOf(briefingContentOf(made))).toEqual([
      'Opening remarks.',
      'The middle part.',
      'Closing remarks.',
    ]);
    // Sharing it afterwards continues that state; no second one is made from the same JSON.
    const shared = (await share(b, dossier.id, 'b.dossier')).states.get(briefing.id);
    expect(shared).toEqual(made);
  });

  it('continues the state here when a replace brings a briefing back without one', async () => {
    const a = storeNamed('replace-plain');
    const { dossier, briefing } = await rabatDossier(a);
    const first = (await share(a, dossier.id, 'a.dossier')).states.get(briefing.id);
    // The same dossier as plain JSON (a `dossier pack` of its dossier.json), with the last paragraph edited.
    const document = await a.dossierDocument(dossier.id);
    const edited = paragraphs('Opening remarks.', 'The middle part.', 'Closing remarks, as packed.');
    const plain = {
      ...document,
      briefings: document.briefings.map((item) => ({ ...item, content: edited })),
    };
    await a.importDocument(plain, new Map(), 'replace');
    const state = (await a.db.briefingStates.get(briefing.id))?.state;
    if (!first || !state) throw new Error('no state');
    expect(briefingStatesRelated(first, state)).toBe(true);
    expect(textsOf(briefingContentOf(state))[2]).toBe('Closing remarks, as packed.');
  });

  it('gives a copy kept beside the original the states under its new briefing ids', async () => {
    const a = storeNamed('keep-both-a');
    const { dossier, briefing } = await rabatDossier(a);
    const copy = await share(a, dossier.id, 'rabat.dossier');
    const { dossier: kept } = await a.importDocument(copy.document, new Map(), 'keep-both', {
      states: copy.states,
    });
    const [copied] = await a.db.briefings.where('dossierId').equals(kept.id).toArray();
    expect(copied?.id).not.toBe(briefing.id);
    expect((await a.db.briefingStates.get(copied?.id ?? ''))?.state).toEqual(copy.states.get(briefing.id));
  });
});

describe('what an import of a shared copy offers', () => {
  it('offers to merge into the dossier the package is a copy of, under its id or as a kept copy', async () => {
    const a = storeNamed('plan-a');
    const { dossier } = await rabatDossier(a);
    const copy = await share(a, dossier.id, 'rabat.dossier');
    expect((await a.planImport(copy.document)).mergeTarget).toEqual({
      dossierId: dossier.id,
      title: 'Rabat liaison',
    });

    const b = storeNamed('plan-b');
    const { dossier: kept } = await b.importDocument(copy.document, new Map(), 'keep-both');
    expect((await b.planImport(copy.document)).mergeTarget).toEqual({
      dossierId: kept.id,
      title: 'Rabat liaison (copy)',
    });
  });

  it('offers no merge for another dossier that only reuses record ids', async () => {
    const a = storeNamed('plan-collision');
    const { dossier } = await rabatDossier(a);
    const document = await a.dossierDocument(dossier.id);
    const other = { ...document, dossier: { ...document.dossier, id: 'another-dossier', title: 'Tangier' } };
    const plan = await a.planImport(other);
    expect(plan.mergeTarget).toBeNull();
    expect(plan.foreignIds).toBeGreaterThan(0);
  });
});
