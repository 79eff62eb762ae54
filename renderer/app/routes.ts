// Where the user is, kept in the URL hash so a reload (or a crash and restart) returns to the same place.

import { useSyncExternalStore } from 'react';

export type DossierTab = 'sources' | 'entities' | 'timeline' | 'briefings';

export type Route =
  | { view: 'library'; shelf: 'active' | 'archived' | 'trash' }
  | { view: 'dossier'; dossierId: string; tab: DossierTab }
  | { view: 'briefing'; briefingId: string }
  | { view: 'settings' }
  | { view: 'identity' }
  | { view: 'templates' };

const TABS: DossierTab[] = ['sources', 'entities', 'timeline', 'briefings'];
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'dossier' && parts[1] && ID.test(parts[1])) {
    const tab = TABS.includes(parts[2] as DossierTab) ? (parts[2] as DossierTab) : 'sources';
    return { view: 'dossier', dossierId: parts[1], tab };
  }
  if (parts[0] === 'briefing' && parts[1] && ID.test(parts[1]))
    return { view: 'briefing', briefingId: parts[1] };
  if (parts[0] === 'settings') return { view: 'settings' };
  if (parts[0] === 'identity') return { view: 'identity' };
  if (parts[0] === 'templates') return { view: 'templates' };
  if (parts[0] === 'archived' || parts[0] === 'trash') return { view: 'library', shelf: parts[0] };
  return { view: 'library', shelf: 'active' };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'library':
      return route.shelf === 'active' ? '#/' : `#/${route.shelf}`;
    case 'dossier':
      return `#/dossier/${route.dossierId}/${route.tab}`;
    case 'briefing':
      return `#/briefing/${route.briefingId}`;
    case 'settings':
      return '#/settings';
    case 'identity':
      return '#/identity';
    case 'templates':
      return '#/templates';
  }
}

export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
