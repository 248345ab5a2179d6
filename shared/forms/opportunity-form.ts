import { opportunitySchema, type Opportunity } from '../model/opportunity';
import type { CustomField } from '../model/settings';
import { createFormModel, type FormModel } from './form-model';
import { issueToFieldError } from './issue-errors';
import type { FieldError } from './types';

/** The deal's typed fields; lines, team and milestones have their own editors (checked by `checkDealParts`). */
const dealSchema = opportunitySchema.pick({
  name: true,
  amount: true,
  currency: true,
  expectedCloseDate: true,
  probability: true,
  difficulty: true,
  notes: true,
  custom: true,
});

/** The opportunity form: the schema's fields, the admin's custom fields, then notes. */
export function opportunityFormModel(
  customFields: readonly CustomField[],
  currencies: readonly string[],
): FormModel<Opportunity> {
  return createFormModel(
    {
      schema: dealSchema,
      labelKey: (n) => `sales:opp.fields.${n}`,
      omit: ['custom'],
      order: ['name', 'amount', 'currency', 'expectedCloseDate', 'probability', 'difficulty'],
      last: ['notes'],
      fields: { currency: { kind: 'select', options: currencies } },
    },
    customFields,
  ) as unknown as FormModel<Opportunity>;
}

const partsSchema = opportunitySchema.pick({ lines: true, teamMemberIds: true, milestones: true });

/** The parts edited outside the model, as form errors on "lines", "teamMemberIds" or "milestones". */
export function checkDealParts(
  parts: Pick<Opportunity, 'lines' | 'teamMemberIds' | 'milestones'>,
): FieldError[] {
  const r = partsSchema.safeParse(parts);
  return r.success ? [] : r.error.issues.map((i) => issueToFieldError(i, parts));
}
