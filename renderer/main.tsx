// Renderer entry: mounts the app and wires the command inputs (native menu or in-page shortcuts).

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installCommandInputs } from './commands/commands';
import { requestPersistentStorage } from './db/storage';
import './i18n';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
installCommandInputs();
void requestPersistentStorage();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
