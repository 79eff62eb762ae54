// The spell checker with Electron mocked: dictionaries from the app's own folder, never downloaded, and
// the languages set from the briefing's.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as nodeFiles from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type SpellCheckSession,
  setSpellCheckLanguage,
  spellCheckCodes,
  useBundledDictionaries,
} from '../../../electron/main/spell-check';

/** What Linux and Windows builds of Electron offer (availableSpellCheckerLanguages), in part. */
const OFFERED = ['ar', 'de-DE', 'en-AU', 'en-CA', 'en-GB', 'en-US', 'fr-FR', 'nl'];

function fakeSession(available: string[] = OFFERED) {
  return {
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
    availableSpellCheckerLanguages: available,
  } satisfies SpellCheckSession;
}

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dd-spell-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('offline spell checking', () => {
  it('points the dictionary downloader at the bundled folder, a file: URL, never the network', async () => {
    const session = fakeSession();
    const bundledDir = path.join(dir, 'resources', 'dictionaries');
    await useBundledDictionaries(session, {
      bundledDir,
      userDictionariesDir: path.join(dir, 'profile', 'Dictionaries'),
      files: nodeFiles,
    });
    const [url] = session.setSpellCheckerDictionaryDownloadURL.mock.calls[0] ?? [];
    expect(url).toBe(`${pathToFileURL(bundledDir).href}/`);
    expect(url).toMatch(/^file:\/\/.*\/$/);
  });

  it('copies the bundled dictionaries the profile lacks where Chromium reads them, keeping those it has', async () => {
    const bundledDir = path.join(dir, 'dictionaries');
    const userDictionariesDir = path.join(dir, 'profile', 'Dictionaries');
    mkdirSync(bundledDir);
    mkdirSync(userDictionariesDir, { recursive: true });
    for (const name of ['de-DE-3-0.bdic', 'fr-FR-3-0.bdic', 'ar-3-0.bdic', 'README.md']) {
      writeFileSync(path.join(bundledDir, name), `bundled ${name}`);
    }
    writeFileSync(path.join(userDictionariesDir, 'de-DE-3-0.bdic'), 'already there');
    const copied = await useBundledDictionaries(fakeSession(), {
      bundledDir,
      userDictionariesDir,
      files: nodeFiles,
    });
    expect(copied.sort()).toEqual(['ar-3-0.bdic', 'fr-FR-3-0.bdic']);
    expect(readdirSync(userDictionariesDir).sort()).toEqual([
      'ar-3-0.bdic',
      'de-DE-3-0.bdic',
      'fr-FR-3-0.bdic',
    ]);
    expect(readFileSync(path.join(userDictionariesDir, 'de-DE-3-0.bdic'), 'utf8')).toBe('already there');
    expect(readFileSync(path.join(userDictionariesDir, 'ar-3-0.bdic'), 'utf8')).toBe('bundled ar-3-0.bdic');
  });

  it('starts without dictionaries when none are bundled, still without a download address on the network', async () => {
    const session = fakeSession();
    const copied = await useBundledDictionaries(session, {
      bundledDir: path.join(dir, 'missing'),
      userDictionariesDir: path.join(dir, 'profile', 'Dictionaries'),
      files: nodeFiles,
    });
    expect(copied).toEqual([]);
    expect(session.setSpellCheckerDictionaryDownloadURL.mock.calls[0]?.[0]).toMatch(/^file:/);
  });

  it('checks a briefing in its language: British English, French, German, Arabic', () => {
    expect(spellCheckCodes('en', OFFERED)).toEqual(['en-GB']);
    expect(spellCheckCodes('fr', OFFERED)).toEqual(['fr-FR']);
    expect(spellCheckCodes('de', OFFERED)).toEqual(['de-DE']);
    expect(spellCheckCodes('ar', OFFERED)).toEqual(['ar']);
    expect(spellCheckCodes('en', ['en-US'])).toEqual(['en-US']);
    const session = fakeSession();
    expect(setSpellCheckLanguage(session, 'de')).toEqual(['de-DE']);
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith(['de-DE']);
  });

  it('leaves the languages alone where the language cannot be checked (macOS offers none)', () => {
    const session = fakeSession([]);
    expect(setSpellCheckLanguage(session, 'ar')).toEqual([]);
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
  });
});
