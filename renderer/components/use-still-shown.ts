// Whether a component is still on screen: work that ends after its dialog was closed (a save, a create)
// must not close, navigate or notify on behalf of a dialog the user already dismissed.

import { useEffect, useRef } from 'react';

/** `current` is true while the calling component is mounted, false from its unmounting on. */
export function useStillShown(): { readonly current: boolean } {
  const shown = useRef(true);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);
  return shown;
}
