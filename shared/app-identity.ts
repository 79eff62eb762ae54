// Names and origins that outlive a release: changing APP_ORIGIN would hide every user's IndexedDB data.

export const APP_NAME = 'Dossier Desk';
export const APP_ID = 'org.dossierdesk.app';
export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const DOSSIER_EXTENSION = 'dossier';
export const DOSSIER_MIME_TYPE = 'application/vnd.dossier-desk.dossier+zip';
