// Entry point of the main process (bundled to dist/electron/main.cjs).

import * as electron from 'electron';
import { defaultAppPaths, runDossierDesk } from './app-main';

runDossierDesk(electron, defaultAppPaths(__dirname));
