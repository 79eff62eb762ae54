// Work that ends later than the click that started it (an import stored, a dossier created) may take the
// user somewhere only if they are still where they were when they asked: a route or a search the user
// chose meanwhile is never overridden by work that finishes afterwards.

import { dispatch, getUiState } from '../state/ui-store';
import { navigate, type Route } from './routes';

export interface UserPlace {
  /** True while the user has neither moved to another view nor typed a search since the place was noted. */
  unchanged(): boolean;
  /** Goes to `route` only if the user is still at the noted place; says whether it went. */
  navigateIfUnchanged(route: Route): boolean;
}

/** Notes where the user is now (the route in the address and the search box). */
export function noteUserPlace(): UserPlace {
  const hash = window.location.hash;
  const search = getUiState().search;
  const unchanged = () => window.location.hash === hash && getUiState().search === search;
  return {
    unchanged,
    navigateIfUnchanged(route) {
      if (!unchanged()) return false;
      navigate(route);
      return true;
    },
  };
}

/**
 * Says that work is done without moving the user: the notice's Open button goes to what it made (leaving
 * any search, since the user asked for this place now).
 */
export function offerToOpen(text: string, route: Route): void {
  dispatch({
    type: 'notice/show',
    tone: 'info',
    text,
    action: {
      label: 'Open',
      run: () => {
        dispatch({ type: 'search/set', query: '' });
        navigate(route);
      },
    },
  });
}
