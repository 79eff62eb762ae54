// The renderer as a user meets it in real Chromium, served with the browser platform bridge.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { launchChromium } from './support/chromium';

let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(inject('baseUrl'));
  // The library shows once IndexedDB has answered; every test starts from there.
  await page.getByRole('heading', { name: 'No dossiers yet' }).waitFor();
});

describe('the empty library', () => {
  it('says there are no dossiers yet and offers "New dossier"', async () => {
    await expect(page.getByRole('heading', { name: 'No dossiers yet' }).isVisible()).resolves.toBe(true);
    const newDossier = page.getByRole('button', { name: 'New dossier' });
    await expect(newDossier.isVisible()).resolves.toBe(true);
    await expect(newDossier.isEnabled()).resolves.toBe(true);
    await expect(page.getByRole('searchbox', { name: 'Search' }).isVisible()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('gives every control an accessible name', async () => {
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, textarea, a[href]')]
        .filter((element) => {
          const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
          const labelledBy = element.getAttribute('aria-labelledby');
          return label.trim() === '' && !labelledBy;
        })
        .map((element) => element.outerHTML),
    );
    expect(unnamed).toEqual([]);
  });

  it('opens the keyboard shortcuts with Ctrl+/ and closes them with Escape', async () => {
    await page.keyboard.press('Control+/');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor({ state: 'visible' });
    await expect(dialog.getByText('Ctrl+N').isVisible()).resolves.toBe(true);
    // The editor's own keys are listed too, under their own heading.
    const editorKeys = dialog.getByRole('table', { name: 'In the briefing editor' });
    expect(await editorKeys.getByRole('row', { name: /Bold\s*Ctrl\+B/ }).count()).toBe(1);
    expect(await editorKeys.getByRole('row', { name: /Replace\s*Ctrl\+H/ }).count()).toBe(1);
    expect(await editorKeys.getByRole('row', { name: /Heading 1\s*Ctrl\+Alt\+1/ }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('does nothing for the shortcuts of commands that do not apply in the library', async () => {
    // Share and new source from material apply in a dossier, Export to Word in a briefing.
    for (const keys of ['Control+Shift+S', 'Control+Shift+M', 'Control+e']) await page.keyboard.press(keys);
    // Keys are handled in order: once the shortcuts dialog shows, the keys before it have had their effect.
    await page.keyboard.press('Control+/');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'visible' });
    expect(await page.locator('.notice').count()).toBe(0);
    expect(await page.getByRole('dialog').count()).toBe(1);
  });

  it('switches to the dark theme and remembers it after a reload', async () => {
    await page.getByRole('button', { name: 'Toggle dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  it('focuses search with Ctrl+F', async () => {
    await page.keyboard.press('Control+f');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Search');
  });

  it('shows the version through the platform bridge in About', async () => {
    await page.getByRole('button', { name: 'About Dossier Desk' }).click();
    const dialog = page.getByRole('dialog', { name: 'About Dossier Desk' });
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByText(packageJson.version, { exact: true }).waitFor();
    await expect(dialog.getByText('Browser', { exact: true }).isVisible()).resolves.toBe(true);
  });

  it('asks for persistent storage and shows the answer and the space used and available', async () => {
    await page.getByRole('button', { name: 'About Dossier Desk' }).click();
    const storage = page.getByRole('dialog', { name: 'About Dossier Desk' }).getByLabel('Storage');
    await storage.waitFor();
    const text = (await storage.textContent()) ?? '';
    expect(text).toMatch(/Persistent(Yes|No)/);
    expect(text).toMatch(/Used\d/);
    expect(text).toMatch(/Available[\d.]+ (KB|MB|GB|TB)/);
  });
});

describe('the Content-Security-Policy in a real browser', () => {
  /** The directives the page reports as violated while `action` runs, once every one in `expected` is. */
  async function violationsWhile(
    action: () => Promise<unknown>,
    expected: readonly string[],
  ): Promise<string[]> {
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
    });
    await action().catch(() => undefined);
    // Violation reports arrive as events after the refused action: wait for the ones this test names.
    await page.waitForFunction(
      (directives) =>
        directives.every((directive) =>
          (window as unknown as { __violations: string[] }).__violations.includes(directive),
        ),
      expected,
    );
    return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  }

  it('refuses to turn strings into code (no unsafe-eval)', async () => {
    // DevTools-driven evaluation is exempt from CSP, so let the page itself compile a string: a string
    // timer goes through the same eval check as eval() and new Function().
    const violations = await violationsWhile(
      () =>
        page.evaluate(
          () =>
            new Promise((resolve) => {
              const global = window as unknown as { __evaluated: number };
              global.__evaluated = 0;
              const compileLater = setTimeout as unknown as (code: string) => void;
              // Answers once the refusal is reported and the timer's turn has passed.
              document.addEventListener(
                'securitypolicyviolation',
                () => setTimeout(() => resolve(global.__evaluated), 0),
                { once: true },
              );
              compileLater('window.__evaluated = 1');
            }),
        ),
      ['script-src'],
    );
    expect(violations).toContain('script-src');
    expect(await page.evaluate(() => (window as unknown as { __evaluated: number }).__evaluated)).toBe(0);
  });

  it('refuses inline script injected into the page', async () => {
    const violations = await violationsWhile(
      () =>
        page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'window.__injected = true';
          document.body.append(script);
        }),
      ['script-src-elem'],
    );
    expect(violations).toContain('script-src-elem');
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
    ).toBeUndefined();
  });

  it('refuses requests to any remote origin', async () => {
    const violations = await violationsWhile(
      () => page.evaluate(() => fetch('https://example.org/collect', { method: 'POST', body: 'secret' })),
      ['connect-src'],
    );
    expect(violations).toContain('connect-src');
  });

  it('refuses remote images and frames', async () => {
    const violations = await violationsWhile(
      () =>
        page.evaluate(() => {
          const image = document.createElement('img');
          image.src = 'https://example.org/pixel.gif';
          const frame = document.createElement('iframe');
          frame.src = 'https://example.org/';
          document.body.append(image, frame);
        }),
      ['img-src', 'frame-src'],
    );
    expect(violations).toEqual(expect.arrayContaining(['img-src', 'frame-src']));
  });
});
