import { describe, expect, it } from 'vitest';
import {
  canAssign,
  canClaim,
  canHandOver,
  canMove,
  canRead,
  canWrite,
  readScope,
  type Holder,
  type Viewer,
} from './policy';

const rep: Viewer = { userId: 'u-li', role: 'rep', departmentId: 'd1' };
const manager: Viewer = { userId: 'u-mgr', role: 'manager', departmentId: 'd1' };
const admin: Viewer = { userId: 'u-admin', role: 'admin', departmentId: '' };
const own = { ownerId: 'u-li', departmentId: 'd1' };
const colleague = { ownerId: 'u-chen', departmentId: 'd1' };
const other = { ownerId: 'u-wang', departmentId: 'd2' };
const pool = { ownerId: 'pool', departmentId: 'd1' };
const inD1: Holder = { kind: 'user', departmentId: 'd1', active: true };
const inD2: Holder = { kind: 'user', departmentId: 'd2', active: true };
const toPool: Holder = { kind: 'pool' };

describe('read policy', () => {
  it('scopes reps to their own records and the pool', () => {
    expect([own, colleague, other, pool].map((d) => canRead(rep, 'accounts', d))).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect(readScope(rep, 'leads')).toEqual({ kind: 'owner', ownerId: 'u-li' });
  });
  it('scopes managers to their department and the pool; admins see all', () => {
    expect([own, colleague, other, pool].map((d) => canRead(manager, 'accounts', d))).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect([own, colleague, other, pool].map((d) => canRead(admin, 'accounts', d))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
  it('lets everyone read configuration and the catalogue', () => {
    expect(canRead(rep, 'settings', other)).toBe(true);
    expect(canRead(rep, 'products', other)).toBe(true);
  });
});

describe('write policy', () => {
  it('lets a rep edit own records but not delete them for good', () => {
    expect(canWrite(rep, 'accounts', own, own, false)).toEqual({ ok: true });
    expect(canWrite(rep, 'accounts', own, own, true)).toMatchObject({ ok: false, reason: /trash/ });
    expect(canWrite(rep, 'accounts', colleague, colleague, false).ok).toBe(false);
  });
  it('lets a user write their own preferences, and only their own', () => {
    const prefs = { ...own, kind: 'userPrefs' };
    expect(canWrite(rep, 'settings', undefined, prefs, false).ok).toBe(true);
    expect(canWrite(rep, 'settings', prefs, prefs, false).ok).toBe(true);
    expect(canWrite(rep, 'settings', prefs, prefs, true).ok).toBe(false);
    expect(canWrite(manager, 'settings', undefined, { ...colleague, kind: 'userPrefs' }, false).ok).toBe(
      false,
    );
    expect(canWrite(rep, 'settings', undefined, { ...own, kind: 'pipeline' }, false).ok).toBe(false);
    expect(canWrite(rep, 'settings', { ...own, kind: 'pipeline' }, prefs, false).ok).toBe(false);
  });

  it("keeps a user's preferences theirs alone, admins included", () => {
    const lisPrefs = { ...own, kind: 'userPrefs' };
    expect(canRead(admin, 'settings', lisPrefs)).toBe(false);
    expect(canRead(rep, 'settings', lisPrefs)).toBe(true);
    expect(canWrite(admin, 'settings', lisPrefs, lisPrefs, false).ok).toBe(false);
    expect(canWrite(admin, 'settings', undefined, lisPrefs, false).ok).toBe(false);
    expect(canWrite(admin, 'settings', undefined, { ...lisPrefs, ownerId: 'u-admin' }, false).ok).toBe(true);
  });

  it('keeps settings for admins', () => {
    expect(canWrite(manager, 'settings', own, own, false).ok).toBe(false);
    expect(canWrite(admin, 'settings', own, own, false).ok).toBe(true);
  });
  it('lets managers write and delete within their department only', () => {
    expect(canWrite(manager, 'accounts', colleague, colleague, true).ok).toBe(true);
    expect(canWrite(manager, 'accounts', other, other, false).ok).toBe(false);
  });
});

describe('moving records (push and /assign alike)', () => {
  it('never lets a rep give a record away, move its department or create one elsewhere', () => {
    expect(canMove(rep, own, own, inD1)).toEqual({ ok: true });
    expect(canMove(rep, undefined, own, inD1)).toEqual({ ok: true });
    expect(canMove(rep, own, colleague, inD1)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(canMove(rep, own, { ...own, departmentId: 'd2' }, inD1).ok).toBe(false);
    expect(canMove(rep, undefined, { ownerId: 'u-li', departmentId: 'd2' }, inD1).ok).toBe(false);
    expect(canMove(rep, own, pool, toPool).ok).toBe(false);
  });
  it("keeps managers inside their department, by the new owner's real department", () => {
    expect(canMove(manager, colleague, own, inD1).ok).toBe(true);
    expect(canMove(manager, colleague, pool, toPool).ok).toBe(true);
    expect(canMove(manager, undefined, colleague, inD1).ok).toBe(true);
    expect(canMove(manager, colleague, other, inD2)).toMatchObject({
      ok: false,
      reason: /another department/,
    });
    // Naming a rep of department 2 under department 1 does not get around it.
    expect(canMove(manager, colleague, { ownerId: 'u-wang', departmentId: 'd1' }, inD2)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(canMove(manager, other, own, inD1).ok).toBe(false);
  });
  it('lets admins move anything, to an active user of the named department or the pool', () => {
    expect(canMove(admin, other, own, inD1).ok).toBe(true);
    expect(canMove(admin, other, { ownerId: 'u-li', departmentId: 'd2' }, inD1)).toMatchObject({
      ok: false,
      code: 'INVALID',
      field: 'departmentId',
    });
    expect(canMove(admin, other, own, undefined)).toMatchObject({ code: 'INVALID', field: 'ownerId' });
    expect(canMove(admin, other, own, { ...inD1, active: false } as Holder)).toMatchObject({
      field: 'ownerId',
    });
  });
});

describe('assignment and the pool', () => {
  it('lets managers assign within their department, admins anywhere, reps nowhere', () => {
    expect(canAssign(manager, 'accounts', colleague, own, inD1).ok).toBe(true);
    expect(canAssign(manager, 'accounts', colleague, other, inD2).ok).toBe(false);
    expect(canAssign(manager, 'accounts', other, { ...other, ownerId: 'pool' }, toPool).ok).toBe(false);
    expect(canAssign(admin, 'accounts', other, own, inD1).ok).toBe(true);
    expect(canAssign(rep, 'accounts', own, { ...own, ownerId: 'pool' }, toPool).ok).toBe(false);
    // Assigning a colleague's record to the colleague is no move, but still not a rep's to do.
    expect(canAssign(rep, 'accounts', colleague, colleague, inD1).ok).toBe(false);
  });
  it('allows claiming pool records only', () => {
    expect(canClaim(rep, pool).ok).toBe(true);
    expect(canClaim(rep, colleague).ok).toBe(false);
  });
});

describe('hand-over notes', () => {
  it('go to records the viewer sees, or held before they were moved away', () => {
    expect(canHandOver(rep, 'accounts', own, false).ok).toBe(true);
    expect(canHandOver(rep, 'accounts', colleague, false)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(canHandOver(rep, 'accounts', colleague, true).ok).toBe(true);
    expect(canHandOver(manager, 'accounts', colleague, false).ok).toBe(true);
    expect(canHandOver(manager, 'accounts', other, false).ok).toBe(false);
  });
});
