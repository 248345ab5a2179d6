import type { Sample, SampleLine } from '@shared/model/sample';
import { checkStatusFields, type TransitionInput } from '@shared/samples/status';

/** The editor's state: everything as the inputs hold it (strings), converted once on save. */
export interface SampleForm {
  accountId: string;
  opportunityId: string;
  currency: string;
  lines: LineForm[];
  courier: string;
  trackingNumber: string;
  shipDate: string;
  expectedArrival: string;
  receivedDate: string;
  feedbackRating: number;
  feedbackText: string;
  followUpDate: string;
  notes: string;
}

export interface LineForm {
  name: string;
  spec: string;
  quantity: string;
  unitCost: string;
  charged: boolean;
}

export type SampleFields = Omit<
  Sample,
  | 'id'
  | 'ownerId'
  | 'departmentId'
  | 'createdAt'
  | 'updatedAt'
  | 'createdBy'
  | 'updatedBy'
  | 'trashedAt'
  | 'status'
>;

/** A field error: `field` is the form's path (e.g. "lines.1.quantity"), `code` an i18n key under samples.errors. */
export interface FormIssue {
  field: string;
  code: 'required' | 'number' | 'wholeNumber' | 'noLines' | 'dateOrder' | 'flow';
}

export const emptyLine = (): LineForm => ({
  name: '',
  spec: '',
  quantity: '1',
  unitCost: '0',
  charged: false,
});

export function emptyForm(defaults: Partial<SampleForm> = {}): SampleForm {
  return {
    accountId: '',
    opportunityId: '',
    currency: 'CNY',
    lines: [emptyLine()],
    courier: '',
    trackingNumber: '',
    shipDate: '',
    expectedArrival: '',
    receivedDate: '',
    feedbackRating: 0,
    feedbackText: '',
    followUpDate: '',
    notes: '',
    ...defaults,
  };
}

export function formOf(s: Sample): SampleForm {
  return {
    accountId: s.accountId,
    opportunityId: s.opportunityId,
    currency: s.currency,
    lines: s.lines.map((l) => ({
      name: l.name,
      spec: l.spec ?? '',
      quantity: String(l.quantity),
      unitCost: String(l.unitCost),
      charged: l.charged,
    })),
    courier: s.courier ?? '',
    trackingNumber: s.trackingNumber ?? '',
    shipDate: s.shipDate ?? '',
    expectedArrival: s.expectedArrival ?? '',
    receivedDate: s.receivedDate ?? '',
    feedbackRating: s.feedbackRating ?? 0,
    feedbackText: s.feedbackText ?? '',
    followUpDate: s.followUpDate ?? '',
    notes: s.notes ?? '',
  };
}

const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** The form as document fields, or every problem with the field it belongs to (nothing is saved then). */
export function fieldsOf(
  form: SampleForm,
  status: Sample['status'],
): { ok: true; fields: SampleFields } | { ok: false; issues: FormIssue[] } {
  const issues: FormIssue[] = [];
  const lines: SampleLine[] = [];
  const filled = form.lines.filter((l) => l.name.trim() || l.spec.trim());
  if (filled.length === 0) issues.push({ field: 'lines', code: 'noLines' });
  form.lines.forEach((l, i) => {
    if (!l.name.trim() && !l.spec.trim()) return;
    if (!l.name.trim()) issues.push({ field: `lines.${i}.name`, code: 'required' });
    const quantity = Number(l.quantity);
    if (!Number.isInteger(quantity) || quantity < 1)
      issues.push({ field: `lines.${i}.quantity`, code: 'wholeNumber' });
    const unitCost = Number(l.unitCost === '' ? 0 : l.unitCost);
    if (!Number.isFinite(unitCost) || unitCost < 0)
      issues.push({ field: `lines.${i}.unitCost`, code: 'number' });
    lines.push({
      productId: '',
      name: l.name.trim(),
      ...(opt(l.spec) ? { spec: opt(l.spec) } : {}),
      quantity,
      unitCost,
      charged: l.charged,
    });
  });
  const fields: SampleFields = {
    accountId: form.accountId,
    opportunityId: form.opportunityId,
    currency: form.currency,
    lines,
    courier: opt(form.courier),
    trackingNumber: opt(form.trackingNumber),
    shipDate: opt(form.shipDate),
    expectedArrival: opt(form.expectedArrival),
    receivedDate: opt(form.receivedDate),
    feedbackRating: form.feedbackRating > 0 ? form.feedbackRating : undefined,
    feedbackText: opt(form.feedbackText),
    followUpDate: opt(form.followUpDate),
    notes: opt(form.notes),
  };
  // A shipped sample must keep what shipping required, so saving cannot undo it.
  for (const i of checkStatusFields({ status, ...(fields as TransitionInput) }))
    issues.push({ field: i.field, code: i.code });
  return issues.length ? { ok: false, issues } : { ok: true, fields };
}

/**
 * The dates the next step needs, defaulted to today when still empty: the ship date while the box is being
 * prepared, the received date once it is on its way. The user can change them; nothing else is filled in.
 */
export function withDateDefaults(form: SampleForm, status: Sample['status'], today: string): SampleForm {
  if (status === 'preparing' && !form.shipDate) return { ...form, shipDate: today };
  if (status === 'shipped' && !form.receivedDate) return { ...form, receivedDate: today };
  return form;
}
