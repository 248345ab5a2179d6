import { describe, expect, it } from 'vitest';
import { emptyForm, fieldsOf, formOf, withDateDefaults } from './sample-form';

describe('sample form', () => {
  it('turns the inputs into sample fields, skipping blank lines', () => {
    const form = emptyForm({
      courier: ' DHL ',
      lines: [
        { name: 'Kettle K-200', spec: 'EU plug', quantity: '2', unitCost: '35.5', charged: false },
        { name: '', spec: '', quantity: '1', unitCost: '0', charged: false },
      ],
    });
    const r = fieldsOf(form, 'requested');
    expect(r).toEqual({
      ok: true,
      fields: expect.objectContaining({
        courier: 'DHL',
        trackingNumber: undefined,
        lines: [
          {
            productId: '',
            name: 'Kettle K-200',
            spec: 'EU plug',
            quantity: 2,
            unitCost: 35.5,
            charged: false,
          },
        ],
      }),
    });
  });

  it('names each bad field', () => {
    const r = fieldsOf(
      emptyForm({ lines: [{ name: '', spec: 'x', quantity: '1.5', unitCost: '-1', charged: false }] }),
      'requested',
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
        'lines.0.name:required',
        'lines.0.quantity:wholeNumber',
        'lines.0.unitCost:number',
      ]);
    const none = fieldsOf(emptyForm(), 'requested');
    expect(!none.ok && none.issues[0]).toEqual({ field: 'lines', code: 'noLines' });
  });

  it('keeps a shipped sample shippable: the tracking number cannot be cleared', () => {
    const form = emptyForm({
      lines: [{ name: 'A', spec: '', quantity: '1', unitCost: '1', charged: false }],
      courier: 'SF',
      shipDate: '2026-04-20',
    });
    const r = fieldsOf(form, 'shipped');
    expect(!r.ok && r.issues.map((i) => i.field)).toEqual(['trackingNumber']);
  });

  it('round-trips a saved sample', () => {
    const form = emptyForm({
      lines: [{ name: 'A', spec: '', quantity: '3', unitCost: '10', charged: true }],
      feedbackRating: 4,
      feedbackText: 'ok',
    });
    const r = fieldsOf(form, 'requested');
    if (!r.ok) throw new Error('expected ok');
    const back = formOf({
      ...r.fields,
      status: 'requested',
      id: 'sample-1',
      ownerId: 'u',
      departmentId: '',
      createdAt: '',
      updatedAt: '',
      createdBy: '',
      updatedBy: '',
    });
    expect(back).toEqual(form);
  });
});

describe('withDateDefaults', () => {
  it('offers today as the ship date while preparing and as the received date once shipped', () => {
    const f = emptyForm();
    expect(withDateDefaults(f, 'preparing', '2026-12-02').shipDate).toBe('2026-12-02');
    expect(withDateDefaults(f, 'shipped', '2026-12-02').receivedDate).toBe('2026-12-02');
    expect(withDateDefaults({ ...f, shipDate: '2026-11-30' }, 'preparing', '2026-12-02').shipDate).toBe(
      '2026-11-30',
    );
    expect(withDateDefaults(f, 'requested', '2026-12-02')).toBe(f);
  });
});
