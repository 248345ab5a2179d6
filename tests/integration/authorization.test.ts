import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/model/id';
import { api, BACKENDS, login, startBackend, type Backend } from './harness';

type Scope = 'own' | 'department' | 'otherDepartment' | 'pool';
type Actor = 'rep' | 'manager' | 'admin';
type Endpoint = 'pull' | 'pushEdit' | 'pushHardDelete' | 'assign' | 'claim' | 'handOver';

/** The record of each scope, seen from the rep 李 Li (dept 1); the manager is dept 1's. */
const owners: Record<Scope, { ownerId: string; departmentId: string }> = {
  own: { ownerId: 'demo-user-li', departmentId: 'demo-dept-1' },
  department: { ownerId: 'demo-user-chen', departmentId: 'demo-dept-1' },
  otherDepartment: { ownerId: 'demo-user-wang', departmentId: 'demo-dept-2' },
  pool: { ownerId: 'pool', departmentId: 'demo-dept-1' },
};
const emails: Record<Actor, string> = {
  rep: 'li@demo.local',
  manager: 'manager@demo.local',
  admin: 'admin@demo.local',
};

// true = allowed. Reps: own records and the pool (read); managers: their department and the pool; admins: all.
const expected: Record<Endpoint, Record<Actor, Record<Scope, boolean>>> = {
  pull: {
    rep: { own: true, department: false, otherDepartment: false, pool: true },
    manager: { own: true, department: true, otherDepartment: false, pool: true },
    admin: { own: true, department: true, otherDepartment: true, pool: true },
  },
  pushEdit: {
    rep: { own: true, department: false, otherDepartment: false, pool: false },
    manager: { own: true, department: true, otherDepartment: false, pool: true },
    admin: { own: true, department: true, otherDepartment: true, pool: true },
  },
  pushHardDelete: {
    rep: { own: false, department: false, otherDepartment: false, pool: false },
    manager: { own: true, department: true, otherDepartment: false, pool: true },
    admin: { own: true, department: true, otherDepartment: true, pool: true },
  },
  assign: {
    rep: { own: false, department: false, otherDepartment: false, pool: false },
    manager: { own: true, department: true, otherDepartment: false, pool: true },
    admin: { own: true, department: true, otherDepartment: true, pool: true },
  },
  claim: {
    rep: { own: false, department: false, otherDepartment: false, pool: true },
    manager: { own: false, department: false, otherDepartment: false, pool: true },
    admin: { own: false, department: false, otherDepartment: false, pool: true },
  },
  // A note for the record's holder: whoever sees the record (former holders: reassignment.test.ts).
  handOver: {
    rep: { own: true, department: false, otherDepartment: false, pool: true },
    manager: { own: true, department: true, otherDepartment: false, pool: true },
    admin: { own: true, department: true, otherDepartment: true, pool: true },
  },
};

describe.each(BACKENDS)('authorization matrix (%s)', (kind) => {
  let backend: Backend;
  const tokens = {} as Record<Actor, string>;
  const call = (actor: Actor, method: 'GET' | 'POST', path: string, body?: unknown) =>
    api(backend.server.url, tokens[actor], method, path, body);

  beforeAll(async () => {
    backend = await startBackend(kind);
    for (const actor of Object.keys(emails) as Actor[])
      tokens[actor] = (await login(backend.server.url, emails[actor])).res.accessToken;
  });
  afterAll(async () => backend?.stop());

  /** A fresh account in the given scope, created by the admin. */
  async function seed(scope: Scope) {
    const now = new Date().toISOString();
    const doc = {
      id: newId(),
      ...owners[scope],
      createdAt: now,
      updatedAt: now,
      createdBy: 'demo-user-admin',
      updatedBy: 'demo-user-admin',
      name: `acct ${scope}`,
      nameKey: scope,
      phones: [],
      emails: [],
      tier: 'C',
      lifecycle: 'prospect',
    };
    const res = await call('admin', 'POST', '/sync/accounts/push', [
      { newDocumentState: { ...doc, _deleted: false } },
    ]);
    expect(res.body).toEqual({ conflicts: [], rejected: [] });
    return doc;
  }

  async function attempt(endpoint: Endpoint, actor: Actor, scope: Scope): Promise<boolean> {
    const doc = await seed(scope);
    const later = new Date(Date.now() + 1000).toISOString();
    switch (endpoint) {
      case 'pull': {
        const ids: string[] = [];
        let checkpoint = null;
        for (;;) {
          const res = await call(
            actor,
            'GET',
            `/sync/accounts/pull?limit=1000&checkpoint=${encodeURIComponent(JSON.stringify(checkpoint))}`,
          );
          ids.push(
            ...res.body.documents
              .filter((d: { _deleted: boolean }) => !d._deleted)
              .map((d: { id: string }) => d.id),
          );
          if (res.body.documents.length < 1000) break;
          checkpoint = res.body.checkpoint;
        }
        return ids.includes(doc.id);
      }
      case 'pushEdit':
      case 'pushHardDelete': {
        const next = { ...doc, notes: 'changed', updatedAt: later, _deleted: endpoint === 'pushHardDelete' };
        const res = await call(actor, 'POST', '/sync/accounts/push', [
          { newDocumentState: next, assumedMasterState: { ...doc, _deleted: false } },
        ]);
        expect(res.status).toBe(200);
        // A refused row comes back with what the device must hold instead (docs/sync-protocol.md).
        expect(res.body.conflicts.map((c: { id: string }) => c.id)).toEqual(
          res.body.rejected.map((r: { id: string }) => r.id),
        );
        if (res.body.rejected.length)
          expect(res.body.rejected[0]).toMatchObject({ id: doc.id, code: 'FORBIDDEN' });
        return res.body.rejected.length === 0;
      }
      case 'assign': {
        const res = await call(actor, 'POST', '/assign', {
          collection: 'accounts',
          ids: [doc.id],
          ownerId: 'demo-user-chen',
        });
        expect([200, 403]).toContain(res.status);
        return res.status === 200;
      }
      case 'claim': {
        const res = await call(actor, 'POST', '/pool/claim', { collection: 'accounts', id: doc.id });
        expect([200, 409]).toContain(res.status);
        return res.status === 200;
      }
      case 'handOver': {
        const res = await call(actor, 'POST', '/sync/hand-over', {
          noteId: newId(),
          collection: 'accounts',
          id: doc.id,
          title: 'Change not synced',
          body: 'notes: changed',
        });
        expect([200, 403]).toContain(res.status);
        return res.status === 200;
      }
    }
  }

  it('every endpoint × role × record scope is allowed or denied as the policy says', async () => {
    const actual = {} as typeof expected;
    for (const endpoint of Object.keys(expected) as Endpoint[]) {
      actual[endpoint] = {} as (typeof expected)[Endpoint];
      for (const actor of Object.keys(emails) as Actor[]) {
        actual[endpoint][actor] = {} as Record<Scope, boolean>;
        for (const scope of Object.keys(owners) as Scope[])
          actual[endpoint][actor][scope] = await attempt(endpoint, actor, scope);
      }
    }
    expect(actual).toEqual(expected);
  });

  it('admin endpoints are for admins only', async () => {
    expect((await call('rep', 'GET', '/admin/devices')).status).toBe(403);
    expect((await call('manager', 'GET', '/admin/devices')).status).toBe(403);
    expect((await call('admin', 'GET', '/admin/devices')).status).toBe(200);
    expect((await call('manager', 'POST', '/admin/devices/whatever/revoke')).status).toBe(403);
  });

  it('settings: everyone reads, only admins write', async () => {
    const pulled = await call('rep', 'GET', '/sync/settings/pull?limit=100');
    expect(pulled.body.documents.map((d: { kind: string }) => d.kind)).toEqual(
      expect.arrayContaining(['company', 'department', 'user', 'pipeline']),
    );
    const company = pulled.body.documents.find((d: { kind: string }) => d.kind === 'company');
    const edit = {
      ...company,
      data: { ...company.data, staleHours: 24 },
      updatedAt: new Date().toISOString(),
    };
    const rep = await call('rep', 'POST', '/sync/settings/push', [
      { newDocumentState: edit, assumedMasterState: company },
    ]);
    expect(rep.body.rejected).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const admin = await call('admin', 'POST', '/sync/settings/push', [
      { newDocumentState: edit, assumedMasterState: company },
    ]);
    expect(admin.body).toEqual({ conflicts: [], rejected: [] });
  });

  it('a rep cannot create a record for someone else; a bad record is rejected with its fields while the rest lands', async () => {
    const now = new Date().toISOString();
    const base = {
      createdAt: now,
      updatedAt: now,
      createdBy: 'demo-user-li',
      updatedBy: 'demo-user-li',
      phones: [],
      emails: [],
      tier: 'C',
      lifecycle: 'prospect',
      _deleted: false,
    };
    const good = {
      ...base,
      id: newId(),
      ownerId: 'demo-user-li',
      departmentId: 'demo-dept-1',
      name: 'Good',
      nameKey: 'good',
    };
    const forChen = {
      ...base,
      id: newId(),
      ownerId: 'demo-user-chen',
      departmentId: 'demo-dept-1',
      name: 'Given away',
      nameKey: 'x',
    };
    const bad = {
      ...base,
      id: newId(),
      ownerId: 'demo-user-li',
      departmentId: 'demo-dept-1',
      name: '',
      nameKey: '',
      tier: 'Z',
    };
    const res = await call('rep', 'POST', '/sync/accounts/push', [
      { newDocumentState: good },
      { newDocumentState: forChen },
      { newDocumentState: bad },
    ]);
    // Refused new records: the devices drop them (a tombstone of their own state), the lists keep them.
    expect(res.body.conflicts).toEqual([
      expect.objectContaining({ id: forChen.id, _deleted: true }),
      expect.objectContaining({ id: bad.id, _deleted: true }),
    ]);
    expect(res.body.rejected).toEqual([
      expect.objectContaining({ id: forChen.id, code: 'FORBIDDEN' }),
      expect.objectContaining({
        id: bad.id,
        code: 'INVALID',
        issues: expect.arrayContaining([
          expect.objectContaining({ field: 'name' }),
          expect.objectContaining({ field: 'tier' }),
        ]),
      }),
    ]);
    const pulled = await call('admin', 'GET', '/sync/accounts/pull?limit=1000');
    const ids = pulled.body.documents.map((d: { id: string }) => d.id);
    expect(ids).toContain(good.id);
    expect(ids).not.toContain(bad.id);
    expect(ids).not.toContain(forChen.id);
  });

  it('a stale push comes back as a conflict; re-sending a landed push is a no-op', async () => {
    const doc = await seed('own');
    const first = {
      ...doc,
      notes: 'one',
      updatedAt: new Date(Date.now() + 1000).toISOString(),
      _deleted: false,
    };
    const assumed = { ...doc, _deleted: false };
    expect(
      (
        await call('rep', 'POST', '/sync/accounts/push', [
          { newDocumentState: first, assumedMasterState: assumed },
        ])
      ).body,
    ).toEqual({ conflicts: [], rejected: [] });
    expect(
      (
        await call('rep', 'POST', '/sync/accounts/push', [
          { newDocumentState: first, assumedMasterState: assumed },
        ])
      ).body,
    ).toEqual({ conflicts: [], rejected: [] });
    const stale = {
      ...doc,
      notes: 'two',
      updatedAt: new Date(Date.now() + 2000).toISOString(),
      _deleted: false,
    };
    const res = await call('rep', 'POST', '/sync/accounts/push', [
      { newDocumentState: stale, assumedMasterState: assumed },
    ]);
    expect(res.body.conflicts).toEqual([expect.objectContaining({ id: doc.id, notes: 'one' })]);
  });
});
