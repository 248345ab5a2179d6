import type { CrmBridge } from '@shared/ipc/bridge';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './types';
import { createWebPlatform } from './web/web-platform';

export type * from './types';
export { PlatformError } from './types';

declare global {
  interface Window {
    /** Present only in the desktop app: the preload's bridge (electron/preload). */
    crm?: CrmBridge;
  }
}

let platform: Platform | null = null;

/** The platform this renderer runs on: the desktop bridge when the preload exposed it, else the browser's. */
export function getPlatform(): Platform {
  platform ??= window.crm ? createElectronPlatform(window.crm) : createWebPlatform();
  return platform;
}
