import { describe, expect, it } from 'vitest';
import { deviceId, guessDeviceName, rememberSignIn, savedDeviceName, savedServerUrl } from './device-prefs';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

describe('device prefs', () => {
  it('keeps one device id per device', () => {
    const s = memoryStorage();
    const first = deviceId(s);
    expect(first).toMatch(/^dev-[0-9a-f-]{36}$/);
    expect(deviceId(s)).toBe(first);
    expect(deviceId(memoryStorage())).not.toBe(first);
  });

  it('remembers the server and device name of the last sign-in', () => {
    const s = memoryStorage();
    expect(savedServerUrl(s)).toBeNull();
    rememberSignIn('http://10.0.0.5:4780', 'Li laptop', s);
    expect(savedServerUrl(s)).toBe('http://10.0.0.5:4780');
    expect(savedDeviceName(s)).toBe('Li laptop');
  });

  it('names the device from its browser and system', () => {
    expect(
      guessDeviceName(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36',
      ),
    ).toBe('Chrome · Windows');
    expect(
      guessDeviceName('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605 Version/17 Safari/605'),
    ).toBe('Safari · macOS');
    expect(guessDeviceName('curl/8')).toBe('Browser');
  });
});
