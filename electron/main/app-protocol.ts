// Serves the built renderer on app://dossier-desk/ from one folder, with the security headers.
// Anything outside that folder, or for another host, is not found.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../../shared/app-identity';
import { RENDERER_SECURITY_HEADERS } from '../../shared/security/csp';

/** Registered before `ready`: a standard, secure scheme so IndexedDB, fetch and workers behave as on https. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function respond(status: number, body: BodyInit | null, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, {
    status,
    headers: { ...RENDERER_SECURITY_HEADERS, 'Content-Type': contentType },
  });
}

/** Maps a request URL to a file inside `root`, or null when it is not ours or escapes the folder. */
export function resolveRendererFile(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, relative);
  if (file !== resolvedRoot && !file.startsWith(resolvedRoot + path.sep)) return null;
  return file;
}

/** The `protocol.handle` callback for app://. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');
    const file = resolveRendererFile(root, request.url);
    if (!file) return respond(404, 'Not found');
    try {
      const info = await stat(file);
      if (!info.isFile()) return respond(404, 'Not found');
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      return respond(200, body, type);
    } catch {
      return respond(404, 'Not found');
    }
  };
}
