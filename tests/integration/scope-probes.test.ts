/**
 * Probes from the route sweep (docs/security.md, "Route sweep"): an attacker with an account forges ids,
 * owners and note ids to learn what is outside their scope. Each answer must carry nothing of another user's
 * record and must not even confirm that a record exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/model/id';
import { api, BACKENDS, login, startBackend, type Backend } from './harness';

type Who = 'admin' | 'manager' | 'li' | 'chen' | 'wang';
const users: Record<Who, { id: string; departmentId: string }> = {
  admin: { id: 'demo-user-admin', departmentId: '' },
  manager: { id: 'demo-user-manager', departmentId: 'demo-dept-1' },
  li: { id: 'demo-user-li', departmentId: 'demo-dept-1' },
  chen: { id: 'demo-user-chen', departmentId: 'demo-dept-1' },
  wang: { id: 'demo-user-wang', departmentId: 'demo-dept-2' },
};

describe.each(BACKENDS)('route sweep probes (%s)', (kind) => {
  let backend: Backend;
  const tokens = {} as Record<Who, string>;
  const call = (who: Who, method: 'GET' | 'POST', path: string, body?: unknown) =>
    api(backend.server.url, tokens[who], method, path, body);
  const push = async (who: Who, collection: string, doc: object, assumed: object | null = null) => {
    const res = await call(who, 'POST', `/sync/${collection}/push`, [
      { newDocumentState: { _deleted: false, ...doc }, assumedMasterState: assumed },
    ]);
    expect(res.status).toBe(200);
    return res.body as { conflicts: Record<string, unknown>[]; rejected: Record<string, unknown>[] };
  };
  const stamp = (who: Who) => {
    const now = new Date().toISOString();
    return {
      id: newId(),
      ownerId: users[who].id,
      departmentId: users[who].departmentId,
      createdAt: now,
      updatedAt: now,
      createdBy: users[who].id,
      updatedBy: users[who].id,
    };
  };
  const account = (who: Who, name: string) => ({
    ...stamp(who),
    name,
    nameKey: name.toLowerCase(),
    phones: [],
    emails: [],
    tier: 'C',
    lifecycle: 'prospect',
  });

  beforeAll(async () => {
    backend = await startBackend(kind);
    for (const who of Object.keys(users) as Who[])
      tokens[who] = (await login(backend.server.url, `${who}@demo.local`)).res.accessToken;
  });
  afterAll(async () => backend?.stop());

  it("a refused push naming another user's preferences is answered without them, admins included", async () => {
    const secret = 'saved-view-Hoffmann-GmbH-price-list';
    const prefs = { ...stamp('li'), id: 'prefs-demo-user-li', kind: 'userPrefs', data: { views: [secret] } };
    expect(await push('li', 'settings', prefs)).toEqual({ conflicts: [], rejected: [] });
    // The id is predictable (prefs-<userId>): another rep, and an admin, push over it.
    for (const who of ['chen', 'admin'] as const) {
      const forged = { ...stamp(who), id: prefs.id, kind: 'userPrefs', data: {} };
      const res = await push(who, 'settings', forged);
      expect(res.rejected).toEqual([expect.objectContaining({ id: prefs.id, code: 'FORBIDDEN' })]);
      expect(JSON.stringify(res)).not.toContain(secret);
      // What the device must hold instead: its own state, removed.
      expect(res.conflicts).toEqual([{ ...forged, _deleted: true }]);
    }
  });

  it("hand-over with another user's activity id as noteId learns nothing and changes nothing", async () => {
    const chenAccount = account('chen', 'Chen Imports');
    expect(await push('chen', 'accounts', chenAccount)).toEqual({ conflicts: [], rejected: [] });
    const chenNote = {
      ...stamp('chen'),
      kind: 'note',
      subjectType: 'account',
      subjectId: chenAccount.id,
      accountId: chenAccount.id,
      at: new Date().toISOString(),
      title: 'private call notes',
    };
    expect(await push('chen', 'activities', chenNote)).toEqual({ conflicts: [], rejected: [] });
    // wang holds an account of their own and names chen's note as the id of a hand-over note on it.
    const wangAccount = account('wang', 'Wang Trading');
    expect(await push('wang', 'accounts', wangAccount)).toEqual({ conflicts: [], rejected: [] });
    const res = await call('wang', 'POST', '/sync/hand-over', {
      noteId: chenNote.id,
      collection: 'accounts',
      id: wangAccount.id,
      title: 'Change not synced',
      body: 'x',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID', issues: [{ field: 'noteId' }] });
    expect(JSON.stringify(res.body)).not.toContain('demo-user-chen');
  });

  it('refusals on records outside the scope read like "no such record" (hand-over, assign)', async () => {
    const wangAccount = account('wang', 'Wang Export');
    expect(await push('wang', 'accounts', wangAccount)).toEqual({ conflicts: [], rejected: [] });
    const missing = newId();
    const handOver = (id: string) =>
      call('li', 'POST', '/sync/hand-over', {
        noteId: newId(),
        collection: 'accounts',
        id,
        title: 'Change not synced',
        body: 'x',
      });
    const [real, none] = [await handOver(wangAccount.id), await handOver(missing)];
    expect([real.status, real.body.code]).toEqual([404, 'NOT_FOUND']);
    expect([none.status, none.body.code]).toEqual([404, 'NOT_FOUND']);

    for (const who of ['manager', 'li'] as const) {
      const assign = (id: string) =>
        call(who, 'POST', '/assign', { collection: 'accounts', ids: [id], ownerId: users.chen.id });
      const [a, b] = [await assign(wangAccount.id), await assign(missing)];
      expect([a.status, a.body.code], who).toEqual([404, 'NOT_FOUND']);
      expect([b.status, b.body.code], who).toEqual([404, 'NOT_FOUND']);
    }
  });
});
