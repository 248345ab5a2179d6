import { describe, expect, it } from 'vitest';
import { isExternalWebUrl, secureWebPreferences } from './web-preferences';

describe('window security settings', () => {
  it('isolates and sandboxes the renderer with no Node', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('hands only http(s) links to the browser', () => {
    expect(isExternalWebUrl('https://www.alibaba.com/company/123')).toBe(true);
    expect(isExternalWebUrl('http://example.com')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'crm-file://abc',
      'app://crm/x',
      'nonsense',
    ]) {
      expect(isExternalWebUrl(url), url).toBe(false);
    }
  });
});
