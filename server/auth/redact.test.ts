import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact';

describe('redactUrl', () => {
  it('hides the values of credential parameters and keeps the rest', () => {
    expect(redactUrl('/sync/stream?ticket=abc123')).toBe('/sync/stream?ticket=[redacted]');
    expect(redactUrl('/x?a=1&access_token=secret&b=2')).toBe('/x?a=1&access_token=[redacted]&b=2');
    expect(redactUrl('/x?Access%5Ftoken=secret')).toBe('/x?Access%5Ftoken=[redacted]');
    expect(redactUrl('/sync/leads/pull?checkpoint=null&limit=5')).toBe(
      '/sync/leads/pull?checkpoint=null&limit=5',
    );
    expect(redactUrl('/health')).toBe('/health');
  });
});
