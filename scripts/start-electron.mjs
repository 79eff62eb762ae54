// `npm start`: launches Electron on the built app, or says in one line why it cannot and what to run.

import { spawn } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

const binary = findElectronBinary();
if ('missing' in binary) {
  console.error(
    `Cannot start the desktop app: ${binary.missing}. Run \`npm run start:web\` to use Dossier Desk in the browser.`,
  );
  process.exit(1);
}
const child = spawn(binary.path, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
