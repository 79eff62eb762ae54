// Copies of one dossier for the merge and diff tests: the Rabat dossier as both officers last shared it
// (revision r1), with sources, an entity, an event and a briefing of six paragraphs citing a source.

import {
  type DossierDocument,
  parseDossierDocument,
  type RichTextDoc,
  type Source,
  sourceSchema,
} from '../../../../shared/model';

export const DOSSIER_ID = 'd-rabat';
const T0 = '2025-03-10T08:15:00.000Z';

export const PARAGRAPHS = [
  'The joint working group meets in Rabat on 18 March to review police cooperation.',
  'Both interior ministries signed the 2024 declaration on returns and readmission.',
  'Le ministère marocain insiste sur la formation commune des unités frontalières.',
  'Die Bundespolizei entsendet zwei Verbindungsbeamte nach Tanger.',
  'التعاون الأمني بين البلدين يشمل تبادل المعلومات حول شبكات التهريب.',
  'Next steps: a readout to the director within 48 hours of the meeting.',
];

export function briefingDoc(paragraphs: readonly string[] = PARAGRAPHS, citing = 's-interior'): RichTextDoc {
  return {
    type: 'doc',
    content: paragraphs.map((text, at) => ({
      type: 'paragraph',
      content:
        at === 0
          ? [
              { type: 'text', text },
              { type: 'citation', attrs: { sourceId: citing } },
            ]
          : [{ type: 'text', text }],
    })),
  };
}

const source = (id: string, title: string, reliability: 'A' | 'B' | 'C', credibility: 1 | 2 | 3) => ({
  id,
  dossierId: DOSSIER_ID,
  title,
  outlet: 'Ministry of the Interior',
  author: '',
  retrievedAt: '2025-03-10',
  language: 'en',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `${title}.` }] }] },
  notes: '',
  marking: { scheme: 'tlp', level: 'green' },
  grading: { reliability, credibility },
  attachmentIds: [],
  createdAt: T0,
  updatedAt: T0,
});

/** The dossier at revision r1, as both officers hold it after the first exchange. */
export function ancestor(): DossierDocument {
  return parseDossierDocument({
    formatVersion: 1,
    dossier: {
      id: DOSSIER_ID,
      title: 'Rabat liaison',
      summary: 'Police and migration cooperation with Morocco.',
      tags: ['Morocco'],
      marking: { scheme: 'tlp', level: 'amber' },
      createdAt: T0,
      updatedAt: T0,
      status: 'active',
      lineage: { id: DOSSIER_ID, revision: 'r1', history: [] },
    },
    sources: [
      source('s-interior', 'Interior ministry statement', 'B', 2),
      source('s-cable', 'Embassy cable on returns', 'C', 3),
      source('s-press', 'Press review, 9 March', 'C', 2),
    ],
    entities: [
      {
        id: 'e-dgsn',
        dossierId: DOSSIER_ID,
        kind: 'organisation',
        name: 'DGSN',
        aliases: ['Sûreté nationale'],
        notes: '',
        sourceIds: ['s-interior', 's-press'],
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    timeline: [
      {
        id: 't-declaration',
        dossierId: DOSSIER_ID,
        date: { value: '2024-11', precision: 'month', approximate: false },
        title: 'Declaration on returns signed',
        description: '',
        sourceIds: ['s-cable'],
        entityIds: ['e-dgsn'],
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    briefings: [
      {
        id: 'b-readout',
        dossierId: DOSSIER_ID,
        title: 'Readout for the director',
        templateId: 'briefing-note',
        marking: { scheme: 'tlp', level: 'amber' },
        status: 'draft',
        content: briefingDoc(),
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    briefingVersions: [],
    attachments: [],
  });
}

/** A copy of `document`, changed by `edit` and stamped as edited later, as an officer's app would. */
export function edited(
  document: DossierDocument,
  edit: (copy: DossierDocument) => void,
  at = '2025-03-14T10:00:00.000Z',
): DossierDocument {
  const copy = structuredClone(document);
  edit(copy);
  copy.dossier.updatedAt = at;
  return parseDossierDocument(copy);
}

/** The record of a kind with an id, which the test knows is there. */
export function find<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

/** The text of each top-level paragraph of a rich-text document. */
export function paragraphTexts(doc: RichTextDoc): string[] {
  return doc.content.map((block) =>
    'content' in block && Array.isArray(block.content)
      ? block.content.map((node) => ('text' in node ? node.text : '')).join('')
      : '',
  );
}

/** A source added by one officer after the exchange. */
export const newSource = (id: string, title: string): Source => sourceSchema.parse(source(id, title, 'B', 2));
