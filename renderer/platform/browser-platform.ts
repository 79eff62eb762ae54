// The platform bridge in a plain browser (start:web and the e2e tests): file inputs instead of open
// dialogs, downloads instead of save dialogs, window.confirm instead of native message boxes.

import { APP_NAME, DOSSIER_EXTENSION } from '../../shared/app-identity';
import type { OpenFileReply, Platform } from '../../shared/platform';
import { isAllowedExternalLink } from '../../shared/security/csp';

/** What the browser's File Handling API hands an installed web app when the OS opens files with it. */
interface LaunchQueue {
  setConsumer(
    consumer: (params: { files?: readonly { name: string; getFile(): Promise<File> }[] }) => void,
  ): void;
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

export function createBrowserPlatform(): Platform {
  return {
    async openFile(request): Promise<OpenFileReply> {
      const accept = (request.filters ?? [])
        .flatMap((filter) => filter.extensions)
        .filter((extension) => extension !== '*')
        .map((extension) => `.${extension}`)
        .join(',');
      const file = await pickFile(accept);
      if (!file) return { canceled: true };
      return { canceled: false, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    },
    async saveFile(request) {
      const url = URL.createObjectURL(new Blob([request.bytes]));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = request.suggestedName;
      anchor.rel = 'noopener';
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { canceled: false, name: request.suggestedName };
    },
    async appInfo() {
      return {
        name: APP_NAME,
        version: __APP_VERSION__,
        platform: navigator.platform || 'web',
        shell: 'browser',
        versions: { browser: navigator.userAgent },
      };
    },
    async confirm(request) {
      return window.confirm([request.message, request.detail].filter(Boolean).join('\n\n'));
    },
    async openExternal(url) {
      if (!isAllowedExternalLink(url)) return false;
      if (!window.confirm(`Open this link outside Dossier Desk?\n\n${url}`)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    onOpenDossierFile(listener) {
      // Dropped files are handled by the import itself. An installed web app is handed the files the OS
      // opens with it through the launch queue (the manifest's file_handlers name .dossier).
      const queue = (window as { launchQueue?: LaunchQueue }).launchQueue;
      if (!queue) return () => undefined;
      let listening = true;
      queue.setConsumer(async ({ files }) => {
        for (const handle of files ?? []) {
          if (!listening || !handle.name.toLowerCase().endsWith(`.${DOSSIER_EXTENSION}`)) continue;
          const file = await handle.getFile();
          listener({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        }
      });
      return () => {
        listening = false;
      };
    },
    async setAvailableCommands() {
      // No native menu to update: the page's own buttons follow availability themselves.
    },
    async systemLanguages() {
      return [...(navigator.languages ?? [navigator.language])];
    },
    async setMenuLabels() {
      // No native menu in a browser: the page's own words follow the language themselves.
    },
    onMenuCommand() {
      // No native menu in a browser: the in-page shortcuts and toolbar run the same commands.
      return () => undefined;
    },
    onBeforeClose(listener) {
      const flush = () => void listener();
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') flush();
      };
      window.addEventListener('pagehide', flush);
      document.addEventListener('visibilitychange', onVisibility);
      return () => {
        window.removeEventListener('pagehide', flush);
        document.removeEventListener('visibilitychange', onVisibility);
      };
    },
  };
}
