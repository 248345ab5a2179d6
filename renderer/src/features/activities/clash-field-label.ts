import type { i18n as I18n } from 'i18next';
import type { CollectionName } from '@shared/model/collections';

/** Where each record type keeps its field labels. */
const LABEL_KEYS: Partial<Record<CollectionName, (f: string) => string>> = {
  leads: (f) => `lead.fields.${f}`,
  accounts: (f) => `accounts:fields.${f}`,
  contacts: (f) => `accounts:contactFields.${f}`,
  opportunities: (f) => `sales:opp.fields.${f}`,
};

/** A record's field as the user reads it (its form label); null when no label is known. */
export function fieldLabel(i18n: I18n, collection: string, field: string): string | null {
  const key = LABEL_KEYS[collection as CollectionName]?.(field);
  return key && i18n.exists(key) ? String(i18n.t(key)) : null;
}
