// Renders build/icon.svg to build/icon.png (1024×1024) with Chromium, for electron-builder.
// Run by hand after changing the SVG: node scripts/make-icon.mjs

import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile('build/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(
  `<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', 'width="1024" height="1024"')}</body></html>`,
);
await page.screenshot({ path: 'build/icon.png', omitBackground: true });
await browser.close();
console.log('wrote build/icon.png');
