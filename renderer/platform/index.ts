// The one place the renderer gets its platform bridge: Electron's preload (`window.desk`) when present,
// otherwise the browser implementation.

import { decodePlatformError } from '../../shared/errors';
import { PLATFORM_FUNCTIONS, PLATFORM_GLOBAL, type Platform } from '../../shared/platform';
import { createBrowserPlatform } from './browser-platform';

const exposed = (window as unknown as Record<string, Platform | undefined>)[PLATFORM_GLOBAL];

/** Wraps the preload's functions so a failed call rejects with a typed PlatformError again. */
export function withTypedErrors(bridge: Platform): Platform {
  const wrapped: Partial<Record<keyof Platform, unknown>> = {};
  for (const name of PLATFORM_FUNCTIONS) {
    const original = bridge[name] as (...args: unknown[]) => unknown;
    wrapped[name] = (...args: unknown[]) => {
      const result = original(...args);
      return result instanceof Promise
        ? result.catch((error: unknown) => Promise.reject(decodePlatformError(error)))
        : result;
    };
  }
  return wrapped as Platform;
}

export const platform: Platform = exposed ? withTypedErrors(exposed) : createBrowserPlatform();

/** In Electron the native menu owns the keyboard shortcuts; in a browser the page handles them. */
export const hasNativeMenu = exposed !== undefined;
