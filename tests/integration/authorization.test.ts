import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/model/id';
import { api, BACKENDS, login, startBackend, type Backend } from './harness';

type Scope = 'own' | 'department' | 'otherDepartment' | 'pool';
type Actor = 'rep' | 'manager' | 'admin';
type Endpoint =
  | 'pull'
  | 'pushEdit'
  | 'pushExactCopy'
  | 'pushToOtherDepartment'
  | 'pushHardDelete'
  | 'assign'
  | 'claim'
  | 'handOver';

/** The record of each scope, seen from the rep 李 Li (dept 1); the manager is dept 1's. */
const owners: Record<Scope, { ownerId: string; departmentId: string }> = {
  own: { ownerId: 'demo-user-li', departmentId: 'demo-dept-1' },
  department: { ownerId: 'demo-user-chen', departmentId: 'demo-dept-1' },
  otherDepartment: { ownerId: 'demo-user-wang', departmentId: 'demo-dept-2' },
  pool: { ownerId: 'pool', departmentId: 'demo-dept-1' },
};
/** Further users for the scenarios beyond the matrix (not part of it). */
const others = { chen: 'chen@demo.local', wang: 'wang@demo.local' };
type Other = keyof typeof others;
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
  // Re-sending the record exactly as stored (an echo) writes nothing: a no-op for whoever may read it, and anyone
  // else is told to drop it (a tombstone of their own copy), never "already landed".
  pushExactCopy: {
    rep: { own: true, department: false, otherDepartment: false, pool: true },
    manager: { own: true, department: true, otherDepartment: false, pool: true },
    admin: { own: true, department: true, otherDepartment: true, pool: true },
  },
  // Giving the record to 王 Wang of department 2 by editing ownerId/departmentId: the /assign rule.
  pushToOtherDepartment: {
    rep: { own: false, department: false, otherDepartment: false, pool: false },
    manager: { own: false, department: false, otherDepartment: false, pool: false },
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
    for (const [who, email] of Object.entries(others))
      tokens[who as Actor] = (await login(backend.server.url, email)).res.accessToken;
  });

  /** Everything a user's pull returns for a collection, latest state per id (tombstones included). */
  async function pullAll(actor: Actor | Other, collection: string) {
    const docs = new Map<string, Record<string, unknown>>();
    let checkpoint = null;
    for (;;) {
      const res = await call(
        actor as Actor,
        'GET',
        `/sync/${collection}/pull?limit=1000&checkpoint=${encodeURIComponent(JSON.stringify(checkpoint))}`,
      );
      expect(res.status).toBe(200);
      for (const d of res.body.documents) docs.set(d.id, d);
      if (res.body.documents.length < 1000) return docs;
      checkpoint = res.body.checkpoint;
    }
  }

  /** Pushes one row as `actor` (the current server state as the assumed master). */
  async function pushAs(actor: Actor | Other, collection: string, next: object, assumed?: object) {
    const res = await call(actor as Actor, 'POST', `/sync/${collection}/push`, [
      { newDocumentState: { _deleted: false, ...next }, assumedMasterState: assumed ?? null },
    ]);
    expect(res.status).toBe(200);
    return res.body as { conflicts: Record<string, unknown>[]; rejected: Record<string, unknown>[] };
  }
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
      case 'pushExactCopy':
      case 'pushToOtherDepartment': {
        const next =
          endpoint === 'pushExactCopy'
            ? doc
            : { ...doc, ownerId: 'demo-user-wang', departmentId: 'demo-dept-2', updatedAt: later };
        const res = await call(actor, 'POST', '/sync/accounts/push', [
          { newDocumentState: { ...next, _deleted: false }, assumedMasterState: { ...doc, _deleted: false } },
        ]);
        expect(res.status).toBe(200);
        const allowed = res.body.rejected.length === 0 && res.body.conflicts.length === 0;
        if (!allowed) {
          // Refused (an exact copy is an echo of what the device was told: it is only told the truth again).
          for (const r of res.body.rejected) expect(r).toMatchObject({ id: doc.id, code: 'FORBIDDEN' });
          // The answer says what the device should hold: the record as it is, or a tombstone when the pusher
          // may not read it (never content outside its scope).
          expect(res.body.conflicts).toHaveLength(1);
          const truth = res.body.conflicts[0];
          expect(truth.id).toBe(doc.id);
          if (!truth._deleted) expect(truth).toMatchObject({ ownerId: doc.ownerId, name: doc.name });
        }
        return allowed;
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
        // Denied: 403 on a record the caller sees, 404 (as for no record at all) on one they do not.
        expect(res.status).toBe(res.status === 200 ? 200 : expected.pull[actor][scope] ? 403 : 404);
        return res.status === 200;
      }
      case 'claim': {
        const res = await call(actor, 'POST', '/pool/claim', { collection: 'accounts', id: doc.id });
        // A refusal never names the holder: 409 for a record the caller sees, 404 for one they do not.
        const sees = expected.pull[actor][scope];
        expect(res.status).toBe(scope === 'pool' ? 200 : sees ? 409 : 404);
        if (res.status !== 200) expect(JSON.stringify(res.body)).not.toContain(owners[scope].ownerId);
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
        // A former holder aside, only those who see the record may; to the others it does not exist.
        expect(res.status).toBe(res.status === 200 ? 200 : 404);
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

  describe('changes of ownerId / departmentId through push follow the /assign rules', () => {
    const contactOf = (account: { id: string; ownerId: string; departmentId: string }) => {
      const now = new Date().toISOString();
      return {
        id: newId(),
        ownerId: account.ownerId,
        departmentId: account.departmentId,
        createdAt: now,
        updatedAt: now,
        createdBy: 'demo-user-admin',
        updatedBy: 'demo-user-admin',
        accountId: account.id,
        name: 'Contact',
        phones: [],
        emails: [],
        isPrimary: true,
      };
    };
    const later = () => new Date(Date.now() + 1000).toISOString();

    it('a rep cannot move their own record to another department', async () => {
      const doc = await seed('own');
      const res = await pushAs(
        'rep',
        'accounts',
        { ...doc, departmentId: 'demo-dept-2', updatedAt: later() },
        {
          ...doc,
          _deleted: false,
        },
      );
      expect(res.rejected).toEqual([expect.objectContaining({ id: doc.id, code: 'FORBIDDEN' })]);
      expect((await pullAll('admin', 'accounts')).get(doc.id)).toMatchObject({ departmentId: 'demo-dept-1' });
    });

    it('a manager cannot give a record to a rep of another department, under either department', async () => {
      const doc = await seed('department');
      const assumed = { ...doc, _deleted: false };
      for (const departmentId of ['demo-dept-2', 'demo-dept-1']) {
        const res = await pushAs(
          'manager',
          'accounts',
          { ...doc, ownerId: 'demo-user-wang', departmentId, updatedAt: later() },
          assumed,
        );
        expect(res.rejected).toEqual([expect.objectContaining({ id: doc.id, code: 'FORBIDDEN' })]);
      }
      // Nor create one for them.
      const created = await pushAs('manager', 'accounts', {
        ...doc,
        id: newId(),
        ownerId: 'demo-user-wang',
        departmentId: 'demo-dept-1',
      });
      expect(created.rejected).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
      expect((await pullAll('wang', 'accounts')).get(doc.id)).toBeUndefined();
    });

    it('an owner outside the named department is refused with the field named', async () => {
      const doc = await seed('own');
      const res = await pushAs(
        'admin',
        'accounts',
        { ...doc, ownerId: 'demo-user-wang', updatedAt: later() },
        { ...doc, _deleted: false },
      );
      expect(res.rejected).toEqual([
        expect.objectContaining({
          code: 'INVALID',
          issues: [expect.objectContaining({ field: 'departmentId' })],
        }),
      ]);
    });

    it('an allowed move through push writes the revocations of /assign, for the record and its children', async () => {
      const doc = await seed('department');
      const contact = contactOf(doc);
      expect(await pushAs('admin', 'contacts', contact)).toEqual({ conflicts: [], rejected: [] });
      expect((await pullAll('chen', 'contacts')).get(contact.id)).toMatchObject({ _deleted: false });

      // The manager moves Chen's account to Li, by editing ownerId.
      const moved = { ...doc, ownerId: 'demo-user-li', updatedAt: later() };
      expect(await pushAs('manager', 'accounts', moved, { ...doc, _deleted: false })).toEqual({
        conflicts: [],
        rejected: [],
      });
      expect((await pullAll('chen', 'accounts')).get(doc.id)).toMatchObject({ _deleted: true });
      expect((await pullAll('chen', 'contacts')).get(contact.id)).toMatchObject({ _deleted: true });
      expect((await pullAll('rep', 'contacts')).get(contact.id)).toMatchObject({
        ownerId: 'demo-user-li',
        _deleted: false,
      });

      // The admin moves it on to department 2: the department 1 manager's devices drop it too.
      const current = (await pullAll('admin', 'accounts')).get(doc.id)!;
      const away = { ...current, ownerId: 'demo-user-wang', departmentId: 'demo-dept-2', updatedAt: later() };
      expect(await pushAs('admin', 'accounts', away, current)).toEqual({ conflicts: [], rejected: [] });
      expect((await pullAll('manager', 'accounts')).get(doc.id)).toMatchObject({ _deleted: true });
      expect((await pullAll('manager', 'contacts')).get(contact.id)).toMatchObject({ _deleted: true });
      expect((await pullAll('rep', 'accounts')).get(doc.id)).toMatchObject({ _deleted: true });
      expect((await pullAll('wang', 'contacts')).get(contact.id)).toMatchObject({
        ownerId: 'demo-user-wang',
        departmentId: 'demo-dept-2',
        _deleted: false,
      });
    });

    it('/assign answers the same rule: a manager cannot assign to another department', async () => {
      const doc = await seed('department');
      const res = await call('manager', 'POST', '/assign', {
        collection: 'accounts',
        ids: [doc.id],
        ownerId: 'demo-user-wang',
      });
      expect(res.status).toBe(403);
    });
  });

  it('an exact copy of a record the pusher may not write is refused, not taken as already landed', async () => {
    for (const scope of ['department', 'otherDepartment'] as const) {
      const doc = await seed(scope);
      const res = await pushAs('rep', 'accounts', doc, { ...doc, _deleted: false });
      // Not "already landed": the device is told to drop it (a tombstone of its own copy, since a rep of
      // department 1 may read neither record), the same answer whatever the server holds, so no oracle either.
      expect(res.conflicts).toEqual([expect.objectContaining({ id: doc.id, _deleted: true })]);
      expect(res.conflicts[0]).toEqual({ ...doc, _deleted: true });
    }
    // The holder's own re-send of what already landed stays a no-op.
    const own = await seed('department');
    expect(await pushAs('chen', 'accounts', own, { ...own, _deleted: false })).toEqual({
      conflicts: [],
      rejected: [],
    });
  });

  it("createdBy and updatedBy are the session's, whatever the device sent", async () => {
    const now = new Date().toISOString();
    const doc = {
      id: newId(),
      ownerId: 'demo-user-li',
      departmentId: 'demo-dept-1',
      createdAt: now,
      updatedAt: now,
      createdBy: 'demo-user-chen',
      updatedBy: 'demo-user-admin',
      name: 'Forged authors',
      nameKey: 'forged authors',
      phones: [],
      emails: [],
      tier: 'C',
      lifecycle: 'prospect',
    };
    expect(await pushAs('rep', 'accounts', doc)).toEqual({ conflicts: [], rejected: [] });
    const landed = (await pullAll('rep', 'accounts')).get(doc.id)!;
    expect(landed).toMatchObject({ createdBy: 'demo-user-li', updatedBy: 'demo-user-li' });

    // An edit by the manager keeps the creator and names the manager, even when it claims otherwise.
    const edit = { ...landed, notes: 'checked', createdBy: 'demo-user-manager', updatedBy: 'demo-user-li' };
    expect(await pushAs('manager', 'accounts', edit, landed)).toEqual({ conflicts: [], rejected: [] });
    expect((await pullAll('rep', 'accounts')).get(doc.id)).toMatchObject({
      notes: 'checked',
      createdBy: 'demo-user-li',
      updatedBy: 'demo-user-manager',
    });
    // Re-sending the same edit is still a no-op (the stamped state is what already landed).
    const again = await pushAs('manager', 'accounts', edit, landed);
    expect(again).toEqual({ conflicts: [], rejected: [] });
  });

  it("a foreign blob hash named in an attachment of one's own opens nothing", async () => {
    const bytes = new TextEncoder().encode(`Chen's price list ${newId()}\n`);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const attachment = (ownerId: string) => {
      const now = new Date().toISOString();
      return {
        id: newId(),
        ownerId,
        departmentId: 'demo-dept-1',
        createdAt: now,
        updatedAt: now,
        createdBy: ownerId,
        updatedBy: ownerId,
        sha256: sha,
        name: 'prices.txt',
        mime: 'text/plain',
        size: bytes.byteLength,
        subjectType: 'account',
        subjectId: newId(),
        accountId: '',
      };
    };
    const blob = (who: Actor | Other, method: 'GET' | 'PUT') =>
      fetch(`${backend.server.url}/blobs/${sha}`, {
        method,
        headers: {
          authorization: `Bearer ${tokens[who as Actor]}`,
          'content-type': 'application/octet-stream',
        },
        body: method === 'PUT' ? bytes : undefined,
      });
    expect(await pushAs('chen', 'attachments', attachment('demo-user-chen'))).toEqual({
      conflicts: [],
      rejected: [],
    });
    expect((await blob('chen', 'PUT')).status).toBe(204);
    expect((await blob('chen', 'GET')).status).toBe(200);
    expect((await blob('manager', 'GET')).status).toBe(200); // sees Chen's attachment

    // Li names the hash on an attachment of her own: the record lands, the bytes stay closed.
    expect(await pushAs('rep', 'attachments', attachment('demo-user-li'))).toEqual({
      conflicts: [],
      rejected: [],
    });
    const stolen = await blob('rep', 'GET');
    expect(stolen.status).toBe(404);
    expect(await stolen.text()).not.toContain('price list');
    // A creator stamped by the device counts for nothing: createdBy is the session's.
    const forged = { ...attachment('demo-user-li'), createdBy: 'demo-user-chen' };
    expect(await pushAs('rep', 'attachments', forged)).toEqual({ conflicts: [], rejected: [] });
    expect((await blob('rep', 'GET')).status).toBe(404);
    // Wang (other department, no attachment) learns nothing either.
    expect((await blob('wang', 'GET')).status).toBe(404);
  });

  it('userPrefs are private to their user, admins included, and size-limited', async () => {
    const now = new Date().toISOString();
    const prefs = {
      id: `prefs-test-${newId()}`,
      ownerId: 'demo-user-li',
      departmentId: 'demo-dept-1',
      createdAt: now,
      updatedAt: now,
      createdBy: 'demo-user-li',
      updatedBy: 'demo-user-li',
      kind: 'userPrefs',
      data: { opportunityViews: [{ name: 'mine', filter: 'secret-customer' }] },
    };
    expect(await pushAs('rep', 'settings', prefs)).toEqual({ conflicts: [], rejected: [] });
    expect((await pullAll('rep', 'settings')).get(prefs.id)).toMatchObject({ data: prefs.data });
    for (const other of ['chen', 'manager', 'admin'] as const)
      expect((await pullAll(other, 'settings')).has(prefs.id), other).toBe(false);

    // Nobody else writes them: not an admin, not by creating one in the user's name.
    const stored = (await pullAll('rep', 'settings')).get(prefs.id)!;
    const edit = {
      ...stored,
      data: { hijacked: true },
      updatedAt: new Date(Date.now() + 1000).toISOString(),
    };
    expect((await pushAs('admin', 'settings', edit, stored)).rejected).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
    expect((await pushAs('admin', 'settings', { ...prefs, id: `prefs-x-${newId()}` })).rejected).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);

    const huge = { ...prefs, id: `prefs-big-${newId()}`, data: { blob: 'x'.repeat(100_000) } };
    expect((await pushAs('rep', 'settings', huge)).rejected).toEqual([
      expect.objectContaining({ code: 'INVALID', issues: [expect.objectContaining({ field: 'data' })] }),
    ]);
  });
});
