import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveRendererFile } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

describe('the app:// protocol', () => {
  let root: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(() => {
    const base = mkdtempSync(path.join(tmpdir(), 'dd-protocol-'));
    root = path.join(base, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Dossier Desk</title>');
    writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log(1)');
    writeFileSync(path.join(base, 'secret.txt'), 'outside the renderer folder');
    handler = createAppProtocolHandler(root);
  });

  it('serves index.html for the root with the Content-Security-Policy header', async () => {
    const response = await handler(new Request('app://dossier-desk/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('Dossier Desk');
  });

  it('serves scripts with a JavaScript type and nosniff', async () => {
    const response = await handler(new Request('app://dossier-desk/assets/index.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses paths that escape the renderer folder, however they are encoded', async () => {
    for (const url of [
      'app://dossier-desk/%2e%2e/secret.txt',
      'app://dossier-desk/..%2fsecret.txt',
      'app://dossier-desk/assets/..%2f..%2fsecret.txt',
      'app://dossier-desk/..%5csecret.txt',
      'app://dossier-desk/index.html%00.js',
    ]) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside');
    }
  });

  it('answers only its own host and only reads', async () => {
    expect((await handler(new Request('app://other-host/index.html'))).status).toBe(404);
    expect(
      (await handler(new Request('app://dossier-desk/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
    expect((await handler(new Request('app://dossier-desk/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://dossier-desk/assets'))).status).toBe(404);
  });

  it('maps only app://dossier-desk URLs to files inside the folder', () => {
    expect(resolveRendererFile(root, 'app://dossier-desk/assets/index.js')).toBe(
      path.join(root, 'assets', 'index.js'),
    );
    expect(resolveRendererFile(root, 'https://dossier-desk/index.html')).toBeNull();
    expect(resolveRendererFile(root, 'not a url')).toBeNull();
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows scripts only from the app itself: no inline script, no eval, no remote origin', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('names no remote origin in any directive', () => {
    for (const [name, values] of directives) {
      for (const value of values ?? []) expect(value, name).toMatch(/^('self'|'none'|blob:|data:)$/);
    }
  });

  it('falls back to nothing and forbids objects, frames, base and forms', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(directives.get(name), name).toEqual(["'none'"]);
    }
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});
