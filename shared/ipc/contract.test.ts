import { describe, expect, it } from 'vitest';
import { ipcContract, storedSessionSchema } from './contract';
import { invalidRequest } from './issues';

const fieldOf = (
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  value: unknown,
) => {
  const r = schema.safeParse(value);
  return r.success ? null : invalidRequest(r.error as never);
};

describe('IPC contract', () => {
  it('names the offending field, or "request" for a wrong message as a whole', () => {
    expect(fieldOf(ipcContract['files:has'].request, { sha256: 'ABC' })).toMatchObject({
      code: 'INVALID',
      field: 'sha256',
    });
    expect(fieldOf(ipcContract['files:has'].request, 'x')).toMatchObject({ field: 'request' });
    expect(fieldOf(ipcContract['app:info'].request, { sneaky: true })).toMatchObject({ field: 'request' });
    expect(
      fieldOf(ipcContract['reminders:setSchedule'].request, {
        items: [{ id: 'a', dueAt: '2026-04-15T09:00:00Z', title: 'x', recordType: 'planet', recordId: 'p1' }],
      }),
    ).toMatchObject({ field: 'items.0.recordType' });
    expect(fieldOf(ipcContract['files:put'].request, { bytes: [1, 2, 3], name: 'a' })).toMatchObject({
      field: 'bytes',
    });
  });

  it('accepts a session only with http(s) server addresses', () => {
    const base = {
      accessToken: 'a',
      refreshToken: 'r',
      user: { id: 'u1', name: 'Li', email: 'li@demo.local', role: 'rep', departmentId: 'd1' },
    };
    expect(storedSessionSchema.safeParse({ ...base, serverUrl: 'http://127.0.0.1:4780' }).success).toBe(true);
    expect(storedSessionSchema.safeParse({ ...base, serverUrl: 'file:///etc/passwd' }).success).toBe(false);
    expect(storedSessionSchema.safeParse(base).success).toBe(true);
  });
});
