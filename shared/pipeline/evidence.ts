import type { Opportunity } from '@shared/model/opportunity';
import type { Stage } from '@shared/model/settings';

export type Requirement = NonNullable<Stage['requires']>[number];

/** What the record already has, counted by the caller from its samples, quotes and contacts. */
export interface StageEvidence {
  shippedSamples: number;
  quotes: number;
  contacts: number;
}

export type EvidenceCheck = { ok: true } | { ok: false; missing: Requirement[]; message: string };

const MESSAGES: Record<Requirement, string> = {
  sample: 'a shipped sample is required before this stage',
  quote: 'a quote is required before this stage',
  contact: 'a contact is required before this stage',
  amount: 'an amount above zero is required before this stage',
};

function has(req: Requirement, opp: Pick<Opportunity, 'amount' | 'contactIds'>, ev: StageEvidence): boolean {
  switch (req) {
    case 'sample':
      return ev.shippedSamples > 0;
    case 'quote':
      return ev.quotes > 0;
    case 'contact':
      return ev.contacts > 0 || opp.contactIds.length > 0;
    case 'amount':
      return opp.amount > 0;
  }
}

/** Whether the opportunity may enter the stage; otherwise every missing requirement, first one in the message. */
export function canEnterStage(
  opp: Pick<Opportunity, 'amount' | 'contactIds'>,
  stage: Pick<Stage, 'requires'>,
  evidence: StageEvidence,
): EvidenceCheck {
  const missing = (stage.requires ?? []).filter((r) => !has(r, opp, evidence));
  return missing.length === 0 ? { ok: true } : { ok: false, missing, message: MESSAGES[missing[0]!] };
}
