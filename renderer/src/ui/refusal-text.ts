import type { TFunction } from 'i18next';
import type { Requirement } from '@shared/pipeline/evidence';

/** A refused move in the UI language: the missing evidence when known, else the rule's own message. */
export function refusalText(t: TFunction<'sales'>, r: { message: string; missing?: Requirement[] }): string {
  return r.missing?.length ? r.missing.map((m) => t(`opp.requires.${m}`)).join('；') : r.message;
}
