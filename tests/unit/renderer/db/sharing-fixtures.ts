// Two officers' stores in fake IndexedDB for the sharing tests: a dossier with a graded source and a
// briefing of several paragraphs, a share as the app makes one, and a copy received.

import 'fake-indexeddb/auto';
import { DossierDatabase } from '../../../../renderer/db/database';
import { DossierStore } from '../../../../renderer/db/dossier-store';
import type { TheirCopy } from '../../../../renderer/db/merge-dossier';
import { parseDossierDocument, parseTemplate, plainTextOf, type RichTextDoc } from '../../../../shared/model';

export const template = parseTemplate({
  id: 'briefing-note',
  name: 'Briefing note',
  description: '',
  sections: [{ title: 'Purpose', hint: '' }],
});

export function paragraphs(...texts: string[]): RichTextDoc {
  return {
    type: 'doc',
    content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  } as RichTextDoc;
}

/** The blocks' texts of a briefing, in order. */
export function textsOf(content: RichTextDoc): string[] {
  return plainTextOf(content)
    .split('\n')
    .filter((text) => text !== '');
}

export function openStore(name: string): DossierStore {
  return new DossierStore(new DossierDatabase(name));
}

/** A dossier with one graded source and a briefing of three paragraphs. */
export async function rabatDossier(store: DossierStore) {
  const dossier = await store.createDossier({ title: 'Rabat liaison' });
  const source = await store.addSource(dossier.id, {
    title: 'Interior ministry statement',
    grading: { reliability: 'C', credibility: 3 },
    attachmentIds: [],
  });
  const briefing = await store.createBriefing(dossier.id, template, 'Brief for Rabat');
  await store.updateBriefing(briefing.id, {
    content: paragraphs('Opening remarks.', 'The middle part.', 'Closing remarks.'),
  });
  return { dossier, source, briefing };
}

/** What sharing the dossier gives a colleague, as the package reader would hand it over. */
export async function share(store: DossierStore, dossierId: string, fileName: string): Promise<TheirCopy> {
  const { document, states, base } = await store.stampShare(dossierId);
  // Through JSON as the package carries it: nothing shared by reference between the two stores.
  const copy = (value: unknown) => parseDossierDocument(JSON.parse(JSON.stringify(value)));
  return {
    document: copy(document),
    states: new Map([...states].map(([id, state]) => [id, state.slice()])),
    ...(base ? { base: copy(base) } : {}),
    attachments: new Map(),
    fileName,
  };
}

/** A first import of a shared copy, as the Import dialog does it. */
export function receive(store: DossierStore, copy: TheirCopy) {
  return store.importDocument(copy.document, copy.attachments, 'replace', {
    states: copy.states,
    ...(copy.base ? { base: copy.base } : {}),
  });
}
