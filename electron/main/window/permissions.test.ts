import { describe, expect, it } from 'vitest';
import { installPermissionHandlers, type PermissionSession } from './permissions';

type RequestHandler = Parameters<PermissionSession['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<PermissionSession['setPermissionCheckHandler']>[0];

const appWindow = { id: 1 };
const otherContents = { id: 2 };

/** Electron's session as far as permissions go: records the handlers the app installs. */
function fakeSession() {
  let request: RequestHandler | null = null;
  let check: CheckHandler | null = null;
  const session: PermissionSession = {
    setPermissionRequestHandler: (h) => void (request = h),
    setPermissionCheckHandler: (h) => void (check = h),
  };
  installPermissionHandlers(session, {
    allowedOrigins: ['app://crm'],
    isAppContents: (c) => c === appWindow,
  });
  return {
    request(permission: string, url: string, mediaTypes?: string[], contents: unknown = appWindow) {
      let granted: boolean | undefined;
      request!(contents, permission, (g) => (granted = g), { requestingUrl: url, mediaTypes });
      return granted;
    },
    check(permission: string, origin: string, mediaType?: string, contents: unknown = appWindow) {
      return check!(contents, permission, origin, { requestingUrl: `${origin}/index.html`, mediaType });
    },
  };
}

describe('web permissions', () => {
  it('grants the camera to the app page, never the microphone', () => {
    const s = fakeSession();
    expect(s.request('media', 'app://crm/index.html#/samples', ['video'])).toBe(true);
    expect(s.request('media', 'app://crm/index.html', ['audio'])).toBe(false);
    expect(s.request('media', 'app://crm/index.html', ['video', 'audio'])).toBe(false);
    expect(s.request('media', 'app://crm/index.html', [])).toBe(false);
    expect(s.request('media', 'app://crm/index.html')).toBe(false);
  });

  it('answers permission checks the same way (without a check handler Electron says yes to all)', () => {
    const s = fakeSession();
    expect(s.check('media', 'app://crm', 'video')).toBe(true);
    expect(s.check('media', 'app://crm', 'audio')).toBe(false);
    expect(s.check('media', 'app://crm', 'unknown')).toBe(false);
    expect(s.check('geolocation', 'app://crm')).toBe(false);
    expect(s.check('media', 'https://evil.example', 'video')).toBe(false);
    expect(s.check('media', 'app://crm', 'video', null)).toBe(false);
  });

  it('refuses everything else, other origins and other webContents', () => {
    const s = fakeSession();
    for (const permission of [
      'geolocation',
      'notifications',
      'clipboard-read',
      'display-capture',
      'openExternal',
      'fileSystem',
      'hid',
      'serial',
      'usb',
      'midiSysex',
      'unknown',
    ])
      expect(s.request(permission, 'app://crm/index.html'), permission).toBe(false);
    expect(s.request('media', 'https://evil.example/x', ['video'])).toBe(false);
    expect(s.request('media', 'app://crm.evil/index.html', ['video'])).toBe(false);
    expect(s.request('media', 'app://crm/index.html', ['video'], otherContents)).toBe(false);
  });

  it('lets the copy buttons write text to the clipboard, from the app page only', () => {
    const s = fakeSession();
    expect(s.request('clipboard-sanitized-write', 'app://crm/index.html')).toBe(true);
    expect(s.check('clipboard-sanitized-write', 'app://crm')).toBe(true);
    expect(s.request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });
});
