import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { APP_ID, DOSSIER_MIME_TYPE } from '../../../shared/app-identity';

const ROOT = path.resolve(__dirname, '../../..');
const require = createRequire(import.meta.url);
const config = parse(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'));
const afterPack = require(path.join(ROOT, 'build/after-pack.cjs'));
const { FuseV1Options } = require('@electron/fuses');

describe('electron-builder.yml', () => {
  it('names the app and packs it into an ASAR', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Dossier Desk');
    expect(config.asar).toBe(true);
  });

  it('associates .dossier files with their MIME type', () => {
    expect(config.fileAssociations).toContainEqual(
      expect.objectContaining({ ext: 'dossier', mimeType: DOSSIER_MIME_TYPE }),
    );
    expect(config.linux.mimeTypes).toContain(DOSSIER_MIME_TYPE);
  });

  it('builds AppImage and deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
  });

  it('has its icons and an afterPack hook that exists', () => {
    expect(existsSync(path.join(ROOT, config.linux.icon))).toBe(true);
    expect(existsSync(path.join(ROOT, config.afterPack))).toBe(true);
  });

  it('ships the spell checker’s dictionaries beside the app, from the folder main copies them from', () => {
    expect(config.extraResources).toEqual([
      { from: 'build/dictionaries', to: 'dictionaries', filter: ['*.bdic'] },
    ]);
  });

  it('ships only the built app, not sources or source maps', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', '!**/*.map']),
    );
  });
});

describe('the fuses flipped after packing', () => {
  const fuses = afterPack.fuseConfig;

  it('turn off RunAsNode, NODE_OPTIONS and --inspect', () => {
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
  });

  it('load the app only from its ASAR and check its integrity', () => {
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
  });

  it('find the packed binary on each platform', () => {
    const packager = { appInfo: { productFilename: 'Dossier Desk' }, executableName: 'dossier-desk' };
    expect(afterPack.electronBinaryPath({ appOutDir: '/out', electronPlatformName: 'linux', packager })).toBe(
      '/out/dossier-desk',
    );
    expect(afterPack.electronBinaryPath({ appOutDir: '/out', electronPlatformName: 'win32', packager })).toBe(
      '/out/Dossier Desk.exe',
    );
    expect(
      afterPack.electronBinaryPath({ appOutDir: '/out', electronPlatformName: 'darwin', packager }),
    ).toBe('/out/Dossier Desk.app');
  });
});
