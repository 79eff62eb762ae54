// New source from material, in real Chromium with real IndexedDB: an article pasted as HTML is cleaned
// up, reviewed block by block, graded, linked to an entity the dossier already has (across spellings)
// and saved with a new organisation and a timeline event; bad files are refused with their message and
// nothing saved; a Word file's headings come through.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportBlocks } from '../unit/shared/export/support/export-briefing';
import { launchChromium } from './support/chromium';
import { databaseSnapshot as databaseSnapshotOf } from './support/database';

let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const exact = { exact: true } as const;

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.context().setDefaultTimeout(30_000);
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'New dossier' }).first().waitFor();
});

afterAll(async () => {
  await browser?.close();
});

// An article in the shape of what desk officers paste from news sites (written for this test).
const ARTICLE_HTML = `<html lang="en"><head>
<meta name="date" content="2024-11-05T08:30:00Z">
<meta property="og:site_name" content="Harbour Ledger">
</head><body><article>
<h1>Police chiefs agree closer cooperation against trafficking</h1>
<p><strong>Contents</strong></p>
<ol><li>Background</li><li>The figures</li><li>What comes next</li></ol>
<figure><figcaption>Holger Munch arrives for the talks in Rabat - PHOTO/FILE</figcaption></figure>
<p>The president of the Federal Criminal Police Office (BKA), Holger Munch, met his Moroccan counterparts in Rabat in October. Both sides agreed to exchange liaison officers and to share data on trafficking networks.</p>
<p>Holger Munch arrives for the talks in Rabat - PHOTO/FILE</p>
<h2>Background</h2>
<p>The BKA has worked with the Moroccan police for many years. Holger Munch called the cooperation essential for the security of both countries, and praised the work of the liaison officers.</p>
<h2>The figures</h2>
<table><thead><tr><th>Year</th><th>Joint operations</th></tr></thead>
<tbody><tr><td>2022</td><td>15</td></tr><tr><td>2023</td><td>21</td></tr></tbody></table>
<h2>What comes next</h2>
<ul><li>Liaison officers posted in both capitals</li><li>Joint training on financial investigations</li></ul>
<p>Share this article on Facebook, X and LinkedIn. Subscribe to our newsletter to get the latest news every morning.</p>
<p>Suscríbase a nuestro boletín para recibir cada semana las últimas noticias sobre la seguridad europea en su correo electrónico.</p>
</article></body></html>`;

const databaseSnapshot = () => databaseSnapshotOf(page);

function ingestDialog() {
  return page.getByRole('dialog', { name: 'New source from material' });
}

async function openIngestDialog() {
  await page.getByRole('tab', { name: /Sources/ }).click();
  await page.getByRole('button', { name: 'New source from material' }).click();
  await ingestDialog().getByLabel('Paste or type the material').waitFor();
}

async function pasteInto(selector: string, flavours: Record<string, string>) {
  await page.evaluate(
    ({ selector, flavours }) => {
      const target = document.querySelector<HTMLElement>(selector);
      if (!target) throw new Error(`nothing matches ${selector}`);
      const data = new DataTransfer();
      for (const [type, value] of Object.entries(flavours)) data.setData(type, value);
      target.focus();
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { selector, flavours },
  );
}

async function chooseFile(name: string, mimeType: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await ingestDialog().getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

/** A block of the preview (not the items of a list inside one). */
function block(text: string) {
  return ingestDialog().locator('ol.ingest-blocks > li').filter({ hasText: text });
}

describe('a new source from pasted material', () => {
  it('sets up a dossier that already knows Holger Münch', async () => {
    await page.getByRole('button', { name: 'New dossier' }).first().click();
    const create = page.getByRole('dialog', { name: 'New dossier' });
    await create.getByLabel('Title', exact).fill('Police cooperation with Morocco');
    await create.getByRole('button', { name: 'Create dossier' }).click();
    await page.getByRole('textbox', { name: 'Dossier title' }).waitFor();

    await page.getByRole('tab', { name: /Entities/ }).click();
    await page.getByRole('button', { name: 'Add entity' }).click();
    const entity = page.getByRole('dialog', { name: 'Add entity' });
    await entity.getByLabel('Name').fill('Holger Münch');
    await entity.getByLabel('Kind').selectOption('person');
    await entity.getByRole('button', { name: 'Save entity' }).click();
    await page.getByRole('table', { name: 'Entities' }).getByText('Holger Münch').waitFor();
  });

  it('shows the pasted article cleaned up: captions, contents, boilerplate and the Spanish tail dropped with reasons', async () => {
    await openIngestDialog();
    await pasteInto('textarea.ingest-paste-area', {
      'text/html': ARTICLE_HTML,
      'text/plain': 'plain flavour',
    });
    const dialog = ingestDialog();
    await dialog.getByRole('list', { name: 'Blocks of the material' }).waitFor();

    expect(await dialog.getByLabel('Title', exact).inputValue()).toBe(
      'Police chiefs agree closer cooperation against trafficking',
    );
    expect(await dialog.getByLabel('Published').inputValue()).toBe('2024-11-05');
    expect(await dialog.getByLabel('Language').inputValue()).toBe('en');

    const captions = block('arrives for the talks in Rabat - PHOTO/FILE');
    expect(await captions.count()).toBe(2);
    for (const caption of await captions.all()) {
      expect(await caption.getAttribute('data-state')).toBe('dropped');
    }
    expect(await captions.first().textContent()).toMatch(/Photo caption|Repeats an earlier block/);
    expect(await block('Subscribe to our newsletter').getAttribute('data-state')).toBe('dropped');
    expect(await block('Subscribe to our newsletter').textContent()).toContain(
      'Share, subscribe, newsletter or cookie text',
    );
    expect(await block('Suscríbase a nuestro boletín').textContent()).toContain(
      'Trailing text in another language',
    );
    expect(await block('Liaison officers posted in both capitals').getAttribute('data-state')).toBe('kept');
    expect(await block('Joint operations').getAttribute('data-kind')).toBe('table');
    const contents = dialog.locator('[data-kind="list"]').filter({ hasText: 'What comes next' });
    expect(await contents.getAttribute('data-state')).toBe('dropped');
    expect(await contents.textContent()).toContain('Contents list repeating the headings');
    expect(await block('praised the work of the liaison officers').getAttribute('data-state')).toBe('kept');
  });

  it('brings back a dropped caption and drops a kept block', async () => {
    const dialog = ingestDialog();
    await dialog
      .getByRole('button', { name: /^Bring back “Holger Munch arrives/ })
      .first()
      .click();
    expect(await block('arrives for the talks in Rabat').first().getAttribute('data-state')).toBe('kept');
    await dialog.getByRole('button', { name: /^Drop “Liaison officers posted/ }).click();
    expect(await block('Joint training').getAttribute('data-state')).toBe('dropped');
    expect(await block('Joint training').textContent()).toContain('Dropped by you');
    await dialog.getByRole('button', { name: /^Bring back “Liaison officers posted/ }).click();
    expect(await block('Joint training').getAttribute('data-state')).toBe('kept');
  });

  it('links Holger Munch to the existing Holger Münch and proposes BKA as a new organisation', async () => {
    const dialog = ingestDialog();
    const munch = dialog.getByRole('checkbox', { name: 'Holger Munch', exact: true });
    await expect.poll(() => munch.getAttribute('aria-describedby')).toBeTruthy();
    const outcomeOf = async (name: string) => {
      const id = await dialog.getByRole('checkbox', { name, exact: true }).getAttribute('aria-describedby');
      return dialog.locator(`[id="${id}"]`).textContent();
    };
    expect(await outcomeOf('Holger Munch')).toContain('Links to existing ‘Holger Münch’');
    expect(await outcomeOf('Federal Criminal Police Office')).toContain('New organisation');
    expect(await outcomeOf('Federal Criminal Police Office')).toContain('BKA');
  });

  it('grades the source, accepts the suggestions and one date, and saves it all at once with Ctrl+Enter', async () => {
    const dialog = ingestDialog();
    await dialog.getByLabel('Source reliability').selectOption('B');
    await dialog.getByLabel('Information credibility').selectOption('2');
    await dialog.getByRole('button', { name: 'Accept all' }).click();
    const october = dialog.getByRole('checkbox', { name: /“in October”|“October”/ });
    await october.check();
    await dialog
      .getByLabel(/^Event title for/)
      .first()
      .fill('BKA president meets Moroccan police chiefs');
    await dialog.getByLabel('Source reliability').focus();
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });

    const sources = page.getByRole('table', { name: 'Sources' });
    await sources.getByText('Police chiefs agree closer cooperation against trafficking').waitFor();
    expect(await sources.textContent()).toContain('B2');

    await page.getByRole('tab', { name: /Entities/ }).click();
    const entities = page.getByRole('table', { name: 'Entities' });
    await entities.getByText('Federal Criminal Police Office').waitFor();
    await expect
      .poll(
        async () => (await entities.getByRole('row').filter({ hasText: 'Holger Münch' }).textContent()) ?? '',
      )
      .toMatch(/1$/);
    expect(await entities.getByRole('row').filter({ hasText: 'Holger Munch' }).count()).toBe(0);
    expect(
      await entities.getByRole('row').filter({ hasText: 'Federal Criminal Police Office' }).textContent(),
    ).toContain('BKA');

    await page.getByRole('tab', { name: /Timeline/ }).click();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('BKA president meets Moroccan police chiefs').waitFor();
    expect(await timeline.textContent()).toContain('Oct 2024');
  });

  it('saved the kept blocks as the body, with the caption brought back and the boilerplate left out', async () => {
    const snapshot = JSON.parse(await databaseSnapshot()) as {
      sources: { title: string; body: unknown; grading: unknown }[];
    };
    const source = snapshot.sources.find((candidate) => candidate.title.startsWith('Police chiefs agree'));
    const body = JSON.stringify(source?.body);
    expect(source?.grading).toEqual({ reliability: 'B', credibility: 2 });
    expect(body).toContain('arrives for the talks in Rabat');
    expect(body).toContain('"type":"table"');
    expect(body).toContain('"type":"bulletList"');
    expect(body).not.toContain('newsletter');
    expect(body).not.toContain('Suscríbase');
  });

  it('opens the dialog with what is pasted anywhere on the Sources tab, and Escape saves nothing', async () => {
    await page.getByRole('tab', { name: /Sources/ }).click();
    await page.getByRole('table', { name: 'Sources' }).waitFor();
    const before = await databaseSnapshot();
    await pasteInto('.sources-tab', {
      'text/plain':
        'Liaison officer note\n\nThe liaison officer in Rabat reported two new joint investigations in December last year. Both concern money laundering.',
    });
    const dialog = ingestDialog();
    await dialog.getByRole('list', { name: 'Blocks of the material' }).waitFor();
    expect(await dialog.getByLabel('Title', exact).inputValue()).toBe('Liaison officer note');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await databaseSnapshot()).toBe(before);
  });
});

describe('bad material', () => {
  it('refuses a binary file renamed .txt with its message, and saves nothing', async () => {
    const before = await databaseSnapshot();
    await openIngestDialog();
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37 + 11) % 256));
    await chooseFile('figures.txt', 'text/plain', binary);
    const alert = ingestDialog().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/figures\.txt|binary|not text/i);
    await page.keyboard.press('Escape');
    await ingestDialog().waitFor({ state: 'detached' });
    expect(await databaseSnapshot()).toBe(before);
  });

  it('never runs or keeps the scripts and event handlers of pasted HTML', async () => {
    await openIngestDialog();
    await page.evaluate(() => {
      (window as unknown as { __ingestHostile?: string }).__ingestHostile = 'untouched';
    });
    const hostile = [
      '<h1>Customs seize forged papers</h1>',
      '<script>window.__ingestHostile = "script ran"</script>',
      '<img src="x" onerror="window.__ingestHostile = \'onerror ran\'">',
      '<p onclick="window.__ingestHostile = \'click ran\'">Officers at the port of Tangier found forged residence permits in a lorry bound for Algeciras on Tuesday.</p>',
      '<p><a href="javascript:window.__ingestHostile=\'link ran\'">Read the customs statement</a></p>',
      '<iframe srcdoc="<script>parent.__ingestHostile = \'frame ran\'</script>"></iframe>',
      '<svg><script>window.__ingestHostile = "svg ran"</script></svg>',
    ].join('');
    await pasteInto('textarea.ingest-paste-area', {
      'text/html': hostile,
      'text/plain': 'Customs seize forged papers',
    });
    const dialog = ingestDialog();
    await dialog.getByRole('list', { name: 'Blocks of the material' }).waitFor();
    await block('Officers at the port of Tangier').waitFor();
    await block('Read the customs statement').waitFor();
    const preview = (
      await dialog.getByRole('list', { name: 'Blocks of the material' }).innerHTML()
    ).toLowerCase();
    for (const trace of ['<script', 'onerror', 'onclick', 'javascript:', '<iframe', '__ingesthostile']) {
      expect(preview).not.toContain(trace);
    }
    expect(
      await page.evaluate(() => (window as unknown as { __ingestHostile?: string }).__ingestHostile),
    ).toBe('untouched');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('refuses an empty paste in the dialog', async () => {
    await openIngestDialog();
    await pasteInto('textarea.ingest-paste-area', { 'text/plain': '   \n  ' });
    const alert = ingestDialog().getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.length).toBeGreaterThan(10);
    await ingestDialog().getByRole('button', { name: 'Cancel' }).click();
    await ingestDialog().waitFor({ state: 'detached' });
  });

  it('refuses a 200 MB file dropped on the Sources tab before reading it, naming the limit', async () => {
    const before = await databaseSnapshot();
    await page.evaluate(() => {
      const chunk = new Uint8Array(1024 * 1024);
      const file = new File(
        Array.from({ length: 200 }, () => chunk),
        'annual-report.pdf',
        { type: 'application/pdf' },
      );
      const data = new DataTransfer();
      data.items.add(file);
      const target = document.querySelector('.sources-tab');
      if (!target) throw new Error('no Sources tab');
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    const alert = ingestDialog().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('25 MB');
    expect(await alert.textContent()).toContain('200 MB');
    await page.keyboard.press('Escape');
    await ingestDialog().waitFor({ state: 'detached' });
    expect(await databaseSnapshot()).toBe(before);
  });
});

describe('a .dossier file dropped on the Sources tab', () => {
  it('still goes to the import dialog, not to ingest', async () => {
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array([80, 75, 3, 4, 0, 0])], 'colleague.dossier'));
      const target = document.querySelector('.sources-tab');
      if (!target) throw new Error('no Sources tab');
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    const importing = page.getByRole('dialog', { name: 'Import dossier' });
    await importing.waitFor();
    expect(await ingestDialog().count()).toBe(0);
    await page.keyboard.press('Escape');
    await importing.waitFor({ state: 'detached' });
  });
});

describe('a Word file', () => {
  it('keeps the headings of a .docx made by the Word export', async () => {
    const exported = await exportBlocks([
      {
        type: 'heading',
        attrs: { level: 1 },
        content: [{ type: 'text', text: 'Assessment of the Rabat talks' }],
      },
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: 'The talks between the two police services went well and both delegations want to meet again next spring.',
          },
        ],
      },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Open questions' }] },
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: 'It is not yet clear who will pay for the liaison officers or where they will be based.',
          },
        ],
      },
    ]);
    await openIngestDialog();
    await chooseFile(
      'assessment.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      Buffer.from(exported.bytes),
    );
    const dialog = ingestDialog();
    await dialog.getByRole('list', { name: 'Blocks of the material' }).waitFor();
    const headings = dialog.locator('[data-kind="heading"][data-state="kept"]');
    await expect
      .poll(() => headings.allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Open questions')]));
    const title = await dialog.getByLabel('Title', exact).inputValue();
    const keptText = (await headings.allTextContents()).join(' ');
    expect(`${title} ${keptText}`).toContain('Assessment of the Rabat talks');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });
});
