// A small, realistic DossierDocument on Morocco–Germany security cooperation, written for these tests.
// Returned as plain JSON (a fresh copy each call) so a test can break one field and parse it.

const DOSSIER = 'd-morocco-germany';
const SHA_MAP = 'a3f1c2d4e5b6a7980a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071';
const SHA_PDF = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0';
const T0 = '2025-03-10T08:15:00.000Z';
const T1 = '2025-03-12T16:40:00.000Z';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const cite = (sourceId: string) => ({ type: 'citation', attrs: { sourceId } });

export const briefingContent = () => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Purpose' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'To inform the director ahead of the ' },
        { type: 'text', text: 'joint working group', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' meeting in Rabat.' },
        cite('s-interior-statement'),
      ],
    },
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Current situation' }] },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { colspan: 1, rowspan: 1, colwidth: null },
              content: [paragraph('Area')],
            },
            {
              type: 'tableHeader',
              attrs: { colspan: 1, rowspan: 1, colwidth: [180] },
              content: [paragraph('Status')],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1, colwidth: null },
              content: [paragraph('Returns')],
            },
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1, colwidth: [180] },
              content: [
                {
                  type: 'paragraph',
                  content: [{ type: 'text', text: 'Pilot agreed ' }, cite('s-press-report')],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph('Police training exchange resumes in May.')] },
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: 'Data sharing unresolved ' }, cite('s-interior-statement')],
            },
          ],
        },
      ],
    },
    {
      type: 'image',
      attrs: {
        attachmentId: SHA_MAP,
        alt: 'Map of the Strait of Gibraltar',
        title: null,
        width: 640,
        height: 400,
      },
    },
  ],
});

export function exampleDossierJson() {
  return {
    formatVersion: 1,
    dossier: {
      id: DOSSIER,
      title: 'Morocco–Germany security cooperation',
      summary: 'Tracks bilateral police, migration and counter-terrorism cooperation since 2024.',
      tags: ['Morocco', 'Germany', 'migration'],
      marking: { scheme: 'tlp', level: 'amber' },
      createdAt: T0,
      updatedAt: T1,
      status: 'active',
    },
    sources: [
      {
        id: 's-press-report',
        dossierId: DOSSIER,
        title: 'Ministers agree a pilot on returns',
        outlet: 'Example Daily',
        author: 'A. Reporter',
        url: 'https://news.example.org/2025/03/pilot-returns',
        publishedAt: '2025-03-08',
        retrievedAt: '2025-03-10',
        language: 'en',
        body: { type: 'doc', content: [paragraph('Both ministers spoke of a pilot starting this spring.')] },
        notes: 'Check against the official statement.',
        marking: { scheme: 'tlp', level: 'clear' },
        grading: { reliability: 'B', credibility: 2 },
        attachmentIds: [],
        createdAt: T0,
        updatedAt: T0,
      },
      {
        id: 's-interior-statement',
        dossierId: DOSSIER,
        title: 'Readout of the interior ministers’ call',
        outlet: 'Partner liaison office',
        author: '',
        retrievedAt: '2025-03-11',
        language: 'de',
        body: { type: 'doc', content: [paragraph('Die Zusammenarbeit soll ausgebaut werden.')] },
        notes: '',
        marking: { scheme: 'tlp', level: 'amber' },
        grading: { reliability: 'A', credibility: 2 },
        attachmentIds: [SHA_PDF],
        createdAt: T0,
        updatedAt: T1,
      },
    ],
    entities: [
      {
        id: 'e-bka',
        dossierId: DOSSIER,
        kind: 'organisation',
        name: 'Bundeskriminalamt',
        aliases: ['BKA', 'Federal Criminal Police Office'],
        notes: '',
        sourceIds: ['s-interior-statement'],
        createdAt: T0,
        updatedAt: T0,
      },
      {
        id: 'e-rabat',
        dossierId: DOSSIER,
        kind: 'place',
        name: 'Rabat',
        aliases: [],
        notes: '',
        sourceIds: ['s-press-report'],
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    timeline: [
      {
        id: 't-call',
        dossierId: DOSSIER,
        date: { value: '2025-03-07', precision: 'day', approximate: false },
        title: 'Interior ministers’ call',
        description: '',
        sourceIds: ['s-interior-statement'],
        entityIds: ['e-bka'],
        createdAt: T0,
        updatedAt: T0,
      },
      {
        id: 't-pilot',
        dossierId: DOSSIER,
        date: { value: '2025-05', precision: 'month', approximate: true },
        title: 'Returns pilot expected to start',
        description: 'Date given only as "spring".',
        sourceIds: ['s-press-report'],
        entityIds: ['e-rabat'],
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    briefings: [
      {
        id: 'b-director',
        dossierId: DOSSIER,
        title: 'Note for the director: working group in Rabat',
        templateId: 'briefing-note',
        marking: { scheme: 'tlp', level: 'amber' },
        status: 'draft',
        content: briefingContent(),
        createdAt: T0,
        updatedAt: T1,
      },
    ],
    briefingVersions: [
      {
        id: 'v-first-draft',
        briefingId: 'b-director',
        name: 'First draft',
        createdAt: T0,
        title: 'Note for the director',
        marking: { scheme: 'tlp', level: 'green' },
        content: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Draft ' }, cite('s-press-report')] },
          ],
        },
      },
    ],
    attachments: [
      { id: SHA_MAP, name: 'strait-map.png', mimeType: 'image/png', size: 48_213 },
      { id: SHA_PDF, name: 'readout.pdf', mimeType: 'application/pdf', size: 120_554 },
    ],
  };
}
