import { insertDoc } from '../../renderer/src/db/write';
import type { Device } from './harness';

/** A new account on a device, as the UI would create it (validated, stamped with the device's user). */
export function newAccount(
  device: Device,
  name: string,
  now = new Date(),
  extra: Record<string, unknown> = {},
) {
  return insertDoc(
    device.db,
    'accounts',
    {
      name,
      nameKey: name.toLowerCase(),
      phones: [],
      emails: [],
      tier: 'C',
      lifecycle: 'prospect',
      ...extra,
    } as never,
    device.actor,
    now,
  );
}

export function newContact(device: Device, accountId: string, name: string, now = new Date()) {
  return insertDoc(
    device.db,
    'contacts',
    { accountId, name, phones: [], emails: [], isPrimary: false } as never,
    device.actor,
    now,
  );
}

export function newActivity(device: Device, accountId: string, title: string, now = new Date()) {
  return insertDoc(
    device.db,
    'activities',
    {
      kind: 'note',
      subjectType: 'account',
      subjectId: accountId,
      accountId,
      at: now.toISOString(),
      title,
    } as never,
    device.actor,
    now,
  );
}

export function newLead(
  device: Device,
  company: string,
  now = new Date(),
  extra: Record<string, unknown> = {},
) {
  return insertDoc(
    device.db,
    'leads',
    {
      name: `Buyer at ${company}`,
      company,
      companyKey: company.toLowerCase(),
      phones: [],
      emails: [],
      interest: 'warm',
      status: 'new',
      campaignId: '',
      capturedAt: now.toISOString(),
      ...extra,
    } as never,
    device.actor,
    now,
  );
}

export const minutesLater = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);
