import type { Account, Contact } from '@shared/model/account';
import { currencySchema, isoDateSchema } from '@shared/model/common';
import type { Lead } from '@shared/model/lead';
import type { Opportunity } from '@shared/model/opportunity';
import { companyKey, personKey } from '@shared/rules/contact-normalise';
import type { PipelineEntry } from '@shared/pipeline/stages';
import { openStages } from '@shared/pipeline/stages';
import type { ConversionError, MatchOrCreate, NewRecord } from './new-record';

export interface LeadConversionInput {
  /** Ids for the records the conversion may create (newId() on the caller's side). */
  ids: { account: string; contact: string; opportunity: string };
  pipeline: PipelineEntry;
  amount: number;
  currency: string;
  expectedCloseDate: string;
  opportunityName?: string;
  difficulty?: number;
}

export interface LeadConversion {
  ok: true;
  account: MatchOrCreate<Account>;
  contact: MatchOrCreate<Contact>;
  opportunity: NewRecord<Opportunity>;
  leadPatch: Pick<Lead, 'status'>;
}

const live = <T extends { trashedAt?: string }>(xs: readonly T[]) => xs.filter((x) => !x.trashedAt);
const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.trim().toLowerCase()));
const shares = (a: Set<string>, b: readonly string[]) => b.some((x) => a.has(x.trim().toLowerCase()));

/** Dedupe: the same company (normalised name), else an account or one of its contacts sharing an email. */
export function matchAccount(
  lead: Lead,
  accounts: readonly Account[],
  contacts: readonly Contact[],
): Account | undefined {
  const candidates = live(accounts);
  // Keys are computed afresh on both sides: stored keys may come from an older version of the rules.
  const key = lead.company ? companyKey(lead.company) : '';
  const emails = lower(lead.emails);
  const byKey = key ? candidates.find((a) => companyKey(a.name) === key) : undefined;
  if (byKey) return byKey;
  const byEmail = candidates.find((a) => shares(emails, a.emails));
  if (byEmail) return byEmail;
  const contact = live(contacts).find((c) => c.accountId && shares(emails, c.emails));
  return contact ? candidates.find((a) => a.id === contact.accountId) : undefined;
}

/** Dedupe within the matched account: a shared email or phone, or the same person's name. */
export function matchContact(
  lead: Lead,
  accountId: string | undefined,
  contacts: readonly Contact[],
): Contact | undefined {
  if (!accountId) return undefined;
  const inAccount = live(contacts).filter((c) => c.accountId === accountId);
  const emails = lower(lead.emails);
  const phones = new Set(lead.phones);
  const person = personKey(lead.name);
  return (
    inAccount.find((c) => shares(emails, c.emails) || c.phones.some((p) => phones.has(p))) ??
    inAccount.find((c) => personKey(c.name) === person)
  );
}

function check(lead: Lead, input: LeadConversionInput): ConversionError | undefined {
  const fail = (field: string, message: string): ConversionError => ({ ok: false, field, message });
  if (lead.trashedAt) return fail('trashedAt', 'a lead in the trash cannot be converted');
  if (lead.status === 'converted') return fail('status', 'the lead is already converted');
  if (lead.status === 'disqualified') return fail('status', 'a disqualified lead cannot be converted');
  if (!Number.isFinite(input.amount) || input.amount < 0)
    return fail('amount', 'amount must be a number of at least 0');
  if (!currencySchema.safeParse(input.currency).success)
    return fail('currency', 'currency must be a 3-letter currency code');
  if (!isoDateSchema.safeParse(input.expectedCloseDate).success)
    return fail('expectedCloseDate', 'expected close date must be a date (YYYY-MM-DD)');
  if (input.difficulty !== undefined && !(input.difficulty >= 0.1 && input.difficulty <= 5))
    return fail('difficulty', 'difficulty must be between 0.1 and 5');
  if (openStages(input.pipeline.pipeline).length === 0)
    return fail('pipeline', 'the pipeline has no open stage to start in');
  return undefined;
}

/**
 * Qualifies a lead (销售线索 → 商机): matches or creates the account and contact, creates the opportunity in the
 * pipeline's first open stage, each new record carrying sourceType "lead" + the lead id, and marks the lead
 * converted. Records keep the lead's owner and department. Nothing is written on an error.
 */
export function convertLead(
  lead: Lead,
  existing: { accounts: readonly Account[]; contacts: readonly Contact[] },
  input: LeadConversionInput,
): LeadConversion | ConversionError {
  const error = check(lead, input);
  if (error) return error;
  const owner = { ownerId: lead.ownerId, departmentId: lead.departmentId };
  const source = { sourceType: 'lead', sourceId: lead.id };

  const matchedAccount = matchAccount(lead, existing.accounts, existing.contacts);
  const account: MatchOrCreate<Account> = matchedAccount
    ? { action: 'matched', record: matchedAccount }
    : {
        action: 'create',
        fields: {
          id: input.ids.account,
          ...owner,
          name: lead.company.trim() || lead.name,
          nameKey: lead.companyKey || companyKey(lead.company || lead.name),
          phones: [...lead.phones],
          emails: [...lead.emails],
          tier: 'C',
          lifecycle: 'prospect',
          ...pick(lead, ['country', 'city', 'address', 'website']),
          ...source,
        },
      };
  const accountId = matchedAccount?.id ?? input.ids.account;

  const matchedContact = matchContact(lead, matchedAccount?.id, existing.contacts);
  const contact: MatchOrCreate<Contact> = matchedContact
    ? { action: 'matched', record: matchedContact }
    : {
        action: 'create',
        fields: {
          id: input.ids.contact,
          ...owner,
          accountId,
          name: lead.name,
          phones: [...lead.phones],
          emails: [...lead.emails],
          isPrimary: !matchedAccount,
          ...pick(lead, ['title', 'wechat', 'whatsapp', 'skype']),
          ...source,
        },
      };

  const first = openStages(input.pipeline.pipeline)[0]!;
  const opportunity: NewRecord<Opportunity> = {
    id: input.ids.opportunity,
    ...owner,
    name: input.opportunityName?.trim() || lead.company.trim() || lead.name,
    kind: input.pipeline.pipeline.opportunityKind,
    accountId,
    contactIds: [matchedContact?.id ?? input.ids.contact],
    pipelineId: input.pipeline.id,
    stageId: first.id,
    probability: first.probability,
    probabilityOverridden: false,
    amount: input.amount,
    currency: input.currency,
    expectedCloseDate: input.expectedCloseDate,
    status: 'open',
    difficulty: input.difficulty ?? 1,
    sourceType: 'lead',
    sourceId: lead.id,
    campaignId: lead.campaignId,
    lines: [],
    teamMemberIds: [],
    milestones: [],
    ...(lead.productsOfInterest ? { notes: lead.productsOfInterest } : {}),
  };
  return { ok: true, account, contact, opportunity, leadPatch: { status: 'converted' } };
}

function pick<K extends keyof Lead>(lead: Lead, keys: K[]): Partial<Pick<Lead, K>> {
  const out: Partial<Pick<Lead, K>> = {};
  for (const k of keys) if (lead[k] !== undefined && lead[k] !== '') out[k] = lead[k];
  return out;
}
