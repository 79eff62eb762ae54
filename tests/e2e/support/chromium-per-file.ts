// One Chromium for a whole test file, launched before its first test and closed after its last, and a
// fresh context (its own storage and IndexedDB) for each test, closed after it.

import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './chromium';

export interface ChromiumPerFile {
  /** A context for this test, closed when it ends. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

export function chromiumPerFile(): ChromiumPerFile {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  return {
    async newContext(options) {
      if (!browser)
        throw new Error('Chromium has not started: call chromiumPerFile() at the top of the file');
      const context = await browser.newContext(options);
      contexts.push(context);
      return context;
    },
  };
}
