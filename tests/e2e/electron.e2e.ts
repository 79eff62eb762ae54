// The packaged shape of the app in Electron itself, through Playwright's _electron. Electron's binary is
// downloaded lazily and cannot be on every machine: where it is missing, global-setup says so and why,
// and these tests do not run (the Chromium suite and the main-process unit tests cover the code).

import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const binary = inject('electronBinary');

describe.runIf(binary)('Dossier Desk in Electron', () => {
  let app: ElectronApplication;
  let window: Page;

  beforeAll(async () => {
    app = await _electron.launch({
      executablePath: binary ?? '',
      args: ['.', '--no-sandbox'],
      env: { ...process.env, ELECTRON_DISABLE_SECURITY_WARNINGS: 'false' },
    });
    window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('loads the renderer from app://dossier-desk and shows the empty library', async () => {
    expect(window.url()).toBe('app://dossier-desk/index.html');
    await window.getByRole('heading', { name: 'No dossiers yet' }).waitFor();
  });

  it('gives the page the platform bridge and no Node.js', async () => {
    const globals = await window.evaluate(() => ({
      desk: Object.keys((window as unknown as { desk: object }).desk).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(globals.require).toBe('undefined');
    expect(globals.process).toBe('undefined');
    expect(globals.desk).toContain('saveFile');
  });

  it('answers app info over IPC as the Electron shell', async () => {
    const info = await window.evaluate(() =>
      (window as unknown as { desk: { appInfo(): Promise<{ shell: string }> } }).desk.appInfo(),
    );
    expect(info.shell).toBe('electron');
  });

  it('blocks network requests that leave the machine', async () => {
    const outcome = await window.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
  });
});

describe.runIf(!binary)('Dossier Desk in Electron (binary missing)', () => {
  it('reports why the Electron tests cannot run here', () => {
    const reason = inject('electronMissingReason');
    console.warn(`[e2e] Electron suite not run: ${reason}`);
    expect(reason).toMatch(/Electron/);
  });
});
