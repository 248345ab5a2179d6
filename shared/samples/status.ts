import type { Sample, SampleStatus } from '@shared/model/sample';
import { defaultFollowUpDate } from './follow-up';

/** The order a shipment moves through; each status may only advance to the next one. */
export const SAMPLE_FLOW: readonly SampleStatus[] = [
  'requested',
  'preparing',
  'shipped',
  'delivered',
  'feedback',
];

/** The statuses at which the goods have left the building: these count as "a shipped sample". */
export const SHIPPED_STATUSES: ReadonlySet<SampleStatus> = new Set(['shipped', 'delivered', 'feedback']);

/** The status an action moves to, or undefined at the end of the flow. */
export function nextStatus(status: SampleStatus): SampleStatus | undefined {
  return SAMPLE_FLOW[SAMPLE_FLOW.indexOf(status) + 1];
}

/** Fields a transition may set; they are merged over the sample before the requirements are checked. */
export type TransitionInput = Partial<
  Pick<
    Sample,
    | 'courier'
    | 'trackingNumber'
    | 'shipDate'
    | 'expectedArrival'
    | 'receivedDate'
    | 'feedbackRating'
    | 'feedbackText'
    | 'followUpDate'
  >
>;

export interface TransitionIssue {
  field: keyof TransitionInput | 'status';
  /** For translated messages: a missing field, dates in the wrong order, or a move the flow does not allow. */
  code: 'required' | 'dateOrder' | 'flow';
  message: string;
}

export type TransitionResult =
  { ok: true; patch: TransitionInput & { status: SampleStatus } } | { ok: false; issues: TransitionIssue[] };

const blank = (v: string | undefined) => !v || v.trim() === '';

/** What each status needs before a sample may enter it (on top of the earlier statuses' needs). */
function requirements(to: SampleStatus, s: TransitionInput): TransitionIssue[] {
  const issues: TransitionIssue[] = [];
  if (SHIPPED_STATUSES.has(to)) {
    if (blank(s.courier))
      issues.push({ field: 'courier', code: 'required', message: 'courier is required to ship a sample' });
    if (blank(s.trackingNumber))
      issues.push({
        field: 'trackingNumber',
        code: 'required',
        message: 'tracking number is required to ship a sample',
      });
    if (blank(s.shipDate))
      issues.push({ field: 'shipDate', code: 'required', message: 'ship date is required to ship a sample' });
  }
  if ((to === 'delivered' || to === 'feedback') && blank(s.receivedDate)) {
    issues.push({
      field: 'receivedDate',
      code: 'required',
      message: 'received date is required for a delivered sample',
    });
  }
  if (s.shipDate && s.receivedDate && s.receivedDate < s.shipDate) {
    issues.push({
      field: 'receivedDate',
      code: 'dateOrder',
      message: 'received date cannot be before the ship date',
    });
  }
  // The customer's words are the feedback; a rating is optional (many buyers never give one).
  if (to === 'feedback') {
    if (blank(s.feedbackText))
      issues.push({
        field: 'feedbackText',
        code: 'required',
        message: 'the customer feedback text is required',
      });
  }
  return issues;
}

/**
 * Moves a sample to `to` (only the next status in the flow) with the given fields.
 * Shipping without a follow-up date gets the default (ship date + 10 days) so a reminder fires.
 * Returns the patch to write, or every missing field; the sample itself is never changed here.
 */
export function transition(
  sample: Pick<Sample, 'status'> & TransitionInput,
  to: SampleStatus,
  input: TransitionInput = {},
): TransitionResult {
  if (nextStatus(sample.status) !== to) {
    return {
      ok: false,
      issues: [{ field: 'status', code: 'flow', message: `a ${sample.status} sample cannot move to ${to}` }],
    };
  }
  const merged: TransitionInput = { ...pick(sample), ...definedOnly(input) };
  const issues = requirements(to, merged);
  if (issues.length > 0) return { ok: false, issues };
  const patch: TransitionInput & { status: SampleStatus } = { ...definedOnly(input), status: to };
  if (to === 'shipped' && !merged.followUpDate) patch.followUpDate = defaultFollowUpDate(merged.shipDate!);
  return { ok: true, patch };
}

/** Checks a whole sample as saved from the form: its status's requirements must all hold. */
export function checkStatusFields(sample: Pick<Sample, 'status'> & TransitionInput): TransitionIssue[] {
  return requirements(sample.status, pick(sample));
}

function pick(s: TransitionInput): TransitionInput {
  const {
    courier,
    trackingNumber,
    shipDate,
    expectedArrival,
    receivedDate,
    feedbackRating,
    feedbackText,
    followUpDate,
  } = s;
  return definedOnly({
    courier,
    trackingNumber,
    shipDate,
    expectedArrival,
    receivedDate,
    feedbackRating,
    feedbackText,
    followUpDate,
  });
}

function definedOnly<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
