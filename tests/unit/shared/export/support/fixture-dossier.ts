// A dossier whose briefing holds every element the editor has, for the export tests: headings of each level,
// marks and links, nested bulleted and numbered lists, a table with a header row and one with spans, a block
// quote, an image, repeated citations, and German, French and Arabic text. Written for these tests.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type DossierDocument,
  type Marking,
  parseDossierDocument,
  parseTemplate,
  type Template,
} from '../../../../../shared/model';
import { encodePng } from './png';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');
const DOSSIER = 'd-fixture';
const T = '2024-02-20T09:00:00.000Z';

export const GERMAN = 'Holger Münch traf Abdellatif Hammouchi in Rabat; die Zusammenarbeit wächst weiter.';
export const FRENCH = 'La coopération sécuritaire s’intensifie : échanges réguliers, formations communes.';
export const ARABIC = 'تعزيز التعاون الأمني بين المغرب وألمانيا';
export const IMAGE_ALT = 'Chart of joint operations in 2022 and 2023';
export const LINK = 'https://example.org/report?year=2023&lang=en';

/** A 200 × 100 PNG, two colours. */
export const FIXTURE_PNG = encodePng(200, 100, (x) => (x < 100 ? [31, 56, 100] : [142, 160, 184]));
export const FIXTURE_PNG_SHA = createHash('sha256').update(FIXTURE_PNG).digest('hex');

export function loadTemplate(id: string): Template {
  return parseTemplate(JSON.parse(readFileSync(path.join(ROOT, 'templates', `${id}.json`), 'utf8')));
}

const text = (value: string, ...marks: unknown[]) =>
  marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const p = (...content: unknown[]) => ({
  type: 'paragraph',
  content: content.map((item) => (typeof item === 'string' ? text(item) : item)),
});
const h = (level: number, value: string) => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const cite = (sourceId: string) => ({ type: 'citation', attrs: { sourceId } });
const item = (...content: unknown[]) => ({ type: 'listItem', content });
const cell = (type: 'tableHeader' | 'tableCell', value: string, attrs: Record<string, unknown> = {}) => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs },
  content: [p(value)],
});
const row = (...cells: unknown[]) => ({ type: 'tableRow', content: cells });

export function fixtureBriefingContent() {
  return {
    type: 'doc',
    content: [
      h(1, 'Purpose'),
      p(
        'Plain, ',
        text('bold', { type: 'bold' }),
        ', ',
        text('italic', { type: 'italic' }),
        ', ',
        text('underlined', { type: 'underline' }),
        ', ',
        text('struck', { type: 'strike' }),
        ' and a ',
        text('linked report', { type: 'link', attrs: { href: LINK } }),
        '.',
        cite('s-daily'),
        { type: 'hardBreak' },
        'After a line break.',
      ),
      h(2, 'Second level'),
      h(3, 'Third level'),
      {
        type: 'bulletList',
        content: [
          item(p('Alpha'), {
            type: 'orderedList',
            attrs: { start: 1 },
            content: [
              item(p('Alpha one')),
              item(p('Alpha two'), { type: 'bulletList', content: [item(p('Deepest point'))] }),
            ],
          }),
          item(p('Beta', cite('s-liaison'))),
        ],
      },
      { type: 'orderedList', attrs: { start: 3 }, content: [item(p('Third step')), item(p('Fourth step'))] },
      h(1, 'Current situation'),
      {
        type: 'table',
        content: [
          row(
            cell('tableHeader', 'Year'),
            cell('tableHeader', 'Joint operations'),
            cell('tableHeader', 'Arrests'),
            cell('tableHeader', 'Training sessions'),
          ),
          row(
            cell('tableCell', '2022'),
            cell('tableCell', '15'),
            cell('tableCell', '120'),
            cell('tableCell', '8'),
          ),
          row(
            cell('tableCell', '2023'),
            cell('tableCell', '22'),
            cell('tableCell', '185'),
            cell('tableCell', '12'),
          ),
        ],
      },
      {
        type: 'table',
        content: [
          row(
            cell('tableHeader', 'Focus area', { colwidth: [120] }),
            cell('tableHeader', 'Contributions', { colspan: 2 }),
          ),
          row(
            cell('tableCell', 'Cybercrime', { rowspan: 2 }),
            cell('tableCell', 'Regional hubs'),
            cell('tableCell', 'Forensic tools'),
          ),
          row(cell('tableCell', 'Shared training'), cell('tableCell', 'Liaison officers')),
        ],
      },
      {
        type: 'blockquote',
        content: [p('Cooperation is very good, said the police chief.', cite('s-daily'))],
      },
      {
        type: 'image',
        attrs: {
          attachmentId: FIXTURE_PNG_SHA,
          alt: IMAGE_ALT,
          title: 'Joint operations',
          width: 300,
          height: 150,
        },
      },
      h(1, 'Languages'),
      p(GERMAN),
      p(FRENCH),
      p(ARABIC),
      h(1, 'Recommendation'),
      p('Agree to regular meetings.', cite('s-digest')),
    ],
  };
}

const source = (id: string, fields: Record<string, unknown>) => ({
  id,
  dossierId: DOSSIER,
  outlet: '',
  author: '',
  retrievedAt: '2024-02-19',
  language: 'en',
  body: { type: 'doc', content: [{ type: 'paragraph' }] },
  notes: '',
  marking: { scheme: 'tlp', level: 'clear' },
  grading: { reliability: 'F', credibility: 6 },
  attachmentIds: [],
  createdAt: T,
  updatedAt: T,
  ...fields,
});

export function fixtureDossierJson(options: { templateId?: string; marking?: Marking } = {}) {
  return {
    formatVersion: 1,
    dossier: {
      id: DOSSIER,
      title: 'Fixture dossier on Morocco–Germany cooperation',
      summary: '',
      tags: ['Morocco', 'Germany'],
      marking: { scheme: 'tlp', level: 'amber' },
      createdAt: T,
      updatedAt: T,
      status: 'active',
    },
    sources: [
      source('s-daily', {
        title: 'Police chief praises cooperation',
        outlet: 'Example Daily',
        author: 'A. Reporter',
        url: 'https://news.example.org/police-chief',
        publishedAt: '2024-02-15',
        grading: { reliability: 'B', credibility: 2 },
      }),
      source('s-liaison', {
        title: 'Readout of the Rabat meeting',
        outlet: 'Liaison office',
        language: 'de',
        marking: { scheme: 'tlp', level: 'amber' },
        grading: { reliability: 'A', credibility: 1 },
      }),
      source('s-digest', {
        title: 'Press digest',
        outlet: 'Desk digest',
        url: 'https://digest.example.net/rabat',
        publishedAt: '2024-02-18',
        marking: { scheme: 'tlp', level: 'green' },
        grading: { reliability: 'C', credibility: 3 },
      }),
      source('s-uncited', { title: 'Never cited' }),
    ],
    entities: [],
    timeline: [],
    briefings: [
      {
        id: 'b-fixture',
        dossierId: DOSSIER,
        title: 'Fixture briefing: cooperation in 2024',
        templateId: options.templateId ?? 'briefing-note',
        marking: options.marking ?? { scheme: 'tlp', level: 'amber' },
        status: 'final',
        content: fixtureBriefingContent(),
        createdAt: T,
        updatedAt: T,
      },
    ],
    briefingVersions: [],
    attachments: [
      { id: FIXTURE_PNG_SHA, name: 'chart.png', mimeType: 'image/png', size: FIXTURE_PNG.length },
    ],
  };
}

export function fixtureDossier(options: { templateId?: string; marking?: Marking } = {}): DossierDocument {
  return parseDossierDocument(fixtureDossierJson(options));
}

export const readFixtureAttachment = (sha256: string) =>
  sha256 === FIXTURE_PNG_SHA ? FIXTURE_PNG : undefined;
