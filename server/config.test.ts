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
});
