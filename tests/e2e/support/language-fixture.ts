// A small dossier for the interface-language tests, in the desk's real mix of languages (German, French,
// Arabic and English user data), and what a page shows as text: visible text and accessible names.

import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { putRecords } from './database';

const AT = '2024-02-23T09:30:00.000Z';
const STAMPS = { createdAt: AT, updatedAt: AT };
const RECORD = { dossierId: 'lang1', ...STAMPS };
const EMPTY_DOC = { type: 'doc', content: [{ type: 'paragraph' }] };

/** Every word the records hold: user data, which no catalogue translates. */
export const USER_TEXT = [
  'Sicherheitskooperation Maghreb',
  'Lagebild Grenzschutz',
  'Revue de presse Rabat',
  'موجز الصحافة',
  'Reuters',
  'Le Monde',
  'Holger Münch',
  'Bundeskriminalamt',
  'BKA',
  'Treffen in Rabat',
  'Sachstand Kooperation',
  'Anlass',
  'Die Zusammenarbeit wird ausgebaut.',
  'Version eins',
];

export const LANGUAGE_RECORDS = {
  dossiers: [
    {
      ...STAMPS,
      id: 'lang1',
      title: 'Sicherheitskooperation Maghreb',
      status: 'active',
      marking: { scheme: 'tlp', level: 'amber' },
      markingRank: 'tlp:02',
      summary: 'Lagebild Grenzschutz',
      tags: ['Maghreb'],
    },
  ],
  sources: [
    {
      ...RECORD,
      id: 'lsrc1',
      title: 'Revue de presse Rabat',
      outlet: 'Le Monde',
      author: '',
      publishedAt: '2024-02-23',
      retrievedAt: '2024-02-23',
      language: 'fr',
      grading: { reliability: 'B', credibility: 2 },
      marking: { scheme: 'tlp', level: 'green' },
      body: EMPTY_DOC,
      notes: '',
      attachmentIds: [],
    },
    {
      ...RECORD,
      id: 'lsrc2',
      title: 'موجز الصحافة',
      outlet: 'Reuters',
      author: '',
      retrievedAt: '2024-02-23',
      language: 'ar',
      grading: { reliability: 'C', credibility: 3 },
      marking: { scheme: 'tlp', level: 'amber' },
      body: EMPTY_DOC,
      notes: '',
      attachmentIds: [],
    },
  ],
  entities: [
    {
      ...RECORD,
      id: 'lent1',
      name: 'Holger Münch',
      kind: 'person',
      aliases: [],
      notes: '',
      sourceIds: ['lsrc1'],
    },
    {
      ...RECORD,
      id: 'lent2',
      name: 'Bundeskriminalamt',
      kind: 'organisation',
      aliases: ['BKA'],
      notes: '',
      sourceIds: [],
    },
  ],
  timeline: [
    {
      ...RECORD,
      id: 'levt1',
      title: 'Treffen in Rabat',
      date: { value: '2024-02-23', precision: 'day', approximate: false },
      description: '',
      sourceIds: ['lsrc1'],
      entityIds: ['lent1'],
    },
  ],
  briefings: [
    {
      ...RECORD,
      id: 'lbrf1',
      title: 'Sachstand Kooperation',
      status: 'draft',
      marking: { scheme: 'tlp', level: 'amber' },
      templateId: 'briefing-note',
      content: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Anlass' }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Die Zusammenarbeit wird ausgebaut.' },
              { type: 'citation', attrs: { sourceId: 'lsrc1' } },
            ],
          },
        ],
      },
    },
  ],
};

/** Opens the app, waits for its database, and puts the dossier in. */
export async function seedLanguageDossier(page: Page): Promise<void> {
  await page.goto(inject('baseUrl'));
  await page.locator('.app-header').waitFor();
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.open('dossier-desk');
        request.onsuccess = () => {
          const ready = request.result.objectStoreNames.contains('dossiers');
          request.result.close();
          resolve(ready);
        };
        request.onerror = () => resolve(false);
      }),
  );
  await putRecords(page, LANGUAGE_RECORDS);
  // Written past the app's store, so the app reads them afresh.
  await page.reload();
  await page.locator('.app-header').waitFor();
}

/**
 * What the user reads on the page now: each visible text node, and each accessible name or hint
 * (aria-label, title, placeholder, alt) of a visible element, and the options of visible selects.
 */
export function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const visible = (element: Element) =>
      element instanceof HTMLElement || element instanceof SVGElement
        ? element.checkVisibility({ visibilityProperty: true })
        : false;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || parent.closest('[aria-hidden="true"]')) continue;
      if (parent.closest('option, svg')) continue;
      if (visible(parent)) out.push(text);
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (!visible(element)) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(attribute)?.trim();
        if (value) out.push(value);
      }
      if (element instanceof HTMLSelectElement) {
        for (const option of element.options) out.push(option.text.trim());
      }
      // An SVG mark's <title> is its hover text.
      if (element instanceof SVGElement && element.tagName === 'title') out.push(element.textContent ?? '');
    }
    return out.filter(Boolean);
  });
}
