import { describe, expect, it } from 'vitest';
import { checkStatusFields, nextStatus, transition } from './status';

const shipping = { courier: 'DHL', trackingNumber: '1234567890', shipDate: '2026-04-20' };

describe('sample status transitions', () => {
  it('advances one step at a time and stops at feedback', () => {
    expect(nextStatus('requested')).toBe('preparing');
    expect(nextStatus('delivered')).toBe('feedback');
    expect(nextStatus('feedback')).toBeUndefined();
  });

  it('refuses to skip or go back', () => {
    const r = transition({ status: 'requested' }, 'shipped', shipping);
    expect(r).toEqual({
      ok: false,
      issues: [{ field: 'status', code: 'flow', message: 'a requested sample cannot move to shipped' }],
    });
    expect(transition({ status: 'shipped', ...shipping }, 'preparing').ok).toBe(false);
  });

  it('needs courier, tracking number and ship date to ship, naming each missing field', () => {
    const r = transition({ status: 'preparing' }, 'shipped', { courier: 'DHL' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.field)).toEqual(['trackingNumber', 'shipDate']);
  });

  it('ships with a default follow-up ten days after the ship date', () => {
    const r = transition({ status: 'preparing' }, 'shipped', shipping);
    expect(r).toEqual({ ok: true, patch: { ...shipping, status: 'shipped', followUpDate: '2026-04-30' } });
  });

  it('keeps a follow-up date the user chose', () => {
    const r = transition({ status: 'preparing' }, 'shipped', { ...shipping, followUpDate: '2026-05-15' });
    expect(r.ok && r.patch.followUpDate).toBe('2026-05-15');
  });

  it('uses fields already on the sample', () => {
    const r = transition({ status: 'shipped', ...shipping }, 'delivered', { receivedDate: '2026-04-25' });
    expect(r).toEqual({ ok: true, patch: { receivedDate: '2026-04-25', status: 'delivered' } });
  });

  it('refuses a received date before the ship date', () => {
    const r = transition({ status: 'shipped', ...shipping }, 'delivered', { receivedDate: '2026-04-19' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.field).toBe('receivedDate');
  });

  it('needs the feedback text; the rating is optional', () => {
    const delivered = { status: 'delivered' as const, ...shipping, receivedDate: '2026-04-25' };
    const r = transition(delivered, 'feedback', { feedbackRating: 4 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.field)).toEqual(['feedbackText']);
    const ok = transition(delivered, 'feedback', {
      feedbackRating: 4,
      feedbackText: 'colour OK, plug type wrong',
    });
    expect(ok.ok).toBe(true);
    expect(transition(delivered, 'feedback', { feedbackText: 'colour OK' })).toEqual({
      ok: true,
      patch: { feedbackText: 'colour OK', status: 'feedback' },
    });
    expect(
      checkStatusFields({ status: 'feedback', ...shipping, receivedDate: '2026-04-25', feedbackText: 'OK' }),
    ).toEqual([]);
  });

  it('checks a saved sample against its own status', () => {
    expect(checkStatusFields({ status: 'requested' })).toEqual([]);
    expect(checkStatusFields({ status: 'shipped', courier: 'SF' }).map((i) => i.field)).toEqual([
      'trackingNumber',
      'shipDate',
    ]);
  });
});
