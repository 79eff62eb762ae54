// `npm run start:web`: serves the built renderer (dist/renderer) with the browser platform bridge and the
// same security headers as the app. PORT chooses the port (default 5178).

import { preview } from 'vite';

const port = Number(process.env.PORT ?? 5178);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a number from 1 to 65535, not "${process.env.PORT}".`);
  process.exit(2);
}
const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1', open: false } });
console.log(
  `Dossier Desk (browser) at ${server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`} — Ctrl+C to stop`,
);
