import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config';

describe('configFromEnv', () => {
  it('has loopback defaults with the demo organisation on', () => {
    expect(configFromEnv({})).toMatchObject({
      port: 4780,
      host: '127.0.0.1',
      dataDir: '.data/server',
      demo: true,
    });
  });
  it('reads overrides and turns the demo off', () => {
    const c = configFromEnv({
      PORT: '0',
      DATABASE_URL: 'postgres://x',
      CRM_DEMO: 'off',
      CRM_STATIC_DIR: 'dist-web',
    });
    expect(c).toMatchObject({ port: 0, databaseUrl: 'postgres://x', demo: false, staticDir: 'dist-web' });
  });
  it('names the field of a bad port', () => {
    expect(() => configFromEnv({ PORT: 'abc' })).toThrow(/PORT/);
  });
});
