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
  it('reads the database timeouts, with defaults, and names a bad one', () => {
    expect(configFromEnv({}).dbTimeouts).toEqual({ statementTimeoutMs: 10_000, connectTimeoutMs: 5_000 });
    expect(
      configFromEnv({ CRM_DB_STATEMENT_TIMEOUT_MS: '2000', CRM_DB_CONNECT_TIMEOUT_MS: '1500' }).dbTimeouts,
    ).toEqual({ statementTimeoutMs: 2000, connectTimeoutMs: 1500 });
    expect(() => configFromEnv({ CRM_DB_CONNECT_TIMEOUT_MS: '-1' })).toThrow(/CRM_DB_CONNECT_TIMEOUT_MS/);
    expect(() => configFromEnv({ CRM_DB_POOL_SIZE: 'many' })).toThrow(/CRM_DB_POOL_SIZE/);
  });
  it('names the field of a bad port', () => {
    expect(() => configFromEnv({ PORT: 'abc' })).toThrow(/PORT/);
  });
  it('reads the session and origin settings and names the field of a bad value', () => {
    expect(
      configFromEnv({
        CRM_REFRESH_IDLE_DAYS: '7',
        CRM_ALLOWED_ORIGINS: 'https://crm.example.com, http://10.0.0.5:8080',
        CRM_TRUST_PROXY: 'true',
      }),
    ).toMatchObject({
      refreshIdleDays: 7,
      allowedOrigins: ['https://crm.example.com', 'http://10.0.0.5:8080'],
      trustProxy: true,
    });
    expect(configFromEnv({})).toMatchObject({ refreshIdleDays: undefined, allowedOrigins: [] });
    expect(() => configFromEnv({ CRM_REFRESH_IDLE_DAYS: 'soon' })).toThrow(/CRM_REFRESH_IDLE_DAYS/);
    expect(() => configFromEnv({ CRM_ALLOWED_ORIGINS: 'null' })).toThrow(/CRM_ALLOWED_ORIGINS/);
    expect(() => configFromEnv({ CRM_ALLOWED_ORIGINS: 'https://x.com/path' })).toThrow(/CRM_ALLOWED_ORIGINS/);
  });
});
