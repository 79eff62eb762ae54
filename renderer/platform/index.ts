// The one place the renderer gets its platform bridge: Electron's preload (`window.desk`) when present,
// otherwise the browser implementation.

import { PLATFORM_GLOBAL, type Platform } from '../../shared/platform';
import { createBrowserPlatform } from './browser-platform';

const exposed = (window as unknown as Record<string, Platform | undefined>)[PLATFORM_GLOBAL];

export const platform: Platform = exposed ?? createBrowserPlatform();

/** In Electron the native menu owns the keyboard shortcuts; in a browser the page handles them. */
export const hasNativeMenu = exposed !== undefined;
