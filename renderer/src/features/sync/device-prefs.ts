/**
 * What this device remembers about sync apart from the tokens: its id (refresh tokens are bound to it), the
 * server it last signed in to, and its name. Plain web storage: none of it is secret.
 */
const DEVICE_ID_KEY = 'crm.deviceId';
const SERVER_URL_KEY = 'crm.serverUrl';
const DEVICE_NAME_KEY = 'crm.deviceName';

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

function storage(): KeyValue | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Created once per device and kept; a new one only if storage was wiped (the server then sees a new device). */
export function deviceId(store: KeyValue | null = storage()): string {
  const existing = store?.getItem(DEVICE_ID_KEY);
  if (existing) return existing;
  const id = `dev-${crypto.randomUUID()}`;
  store?.setItem(DEVICE_ID_KEY, id);
  return id;
}

export function savedServerUrl(store: KeyValue | null = storage()): string | null {
  return store?.getItem(SERVER_URL_KEY) ?? null;
}

export function savedDeviceName(store: KeyValue | null = storage()): string | null {
  return store?.getItem(DEVICE_NAME_KEY) ?? null;
}

export function rememberSignIn(
  serverUrl: string,
  deviceName: string,
  store: KeyValue | null = storage(),
): void {
  store?.setItem(SERVER_URL_KEY, serverUrl);
  store?.setItem(DEVICE_NAME_KEY, deviceName);
}

/** A readable default name for this device, e.g. "Chrome on Windows". */
export function guessDeviceName(userAgent: string): string {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Electron\//.test(userAgent)
      ? 'Desktop app'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : /Firefox\//.test(userAgent)
          ? 'Firefox'
          : /Safari\//.test(userAgent)
            ? 'Safari'
            : 'Browser';
  const os = /Windows/.test(userAgent)
    ? 'Windows'
    : /Mac OS X|Macintosh/.test(userAgent)
      ? 'macOS'
      : /Android/.test(userAgent)
        ? 'Android'
        : /Linux/.test(userAgent)
          ? 'Linux'
          : '';
  return os ? `${browser} · ${os}` : browser;
}
