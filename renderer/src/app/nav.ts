import {
  IconAddressBook,
  IconBox,
  IconBuilding,
  IconCalendarEvent,
  IconCamera,
  IconChartBar,
  IconCurrencyYuan,
  IconFileInvoice,
  IconId,
  IconPackage,
  IconAdjustments,
  IconSettings,
  IconSpeakerphone,
  IconTargetArrow,
} from '@tabler/icons-react';
import type { Role } from '@shared/model/settings';
import { salesStart } from '@shared/sales/entry-points';

/** Every domain's place in the navigation; labels are i18n keys under `nav.`. */
export const NAV_ITEMS = [
  { key: 'entry', path: '/leads/entry', icon: IconId },
  { key: 'leads', path: '/leads', icon: IconAddressBook },
  { key: 'accounts', path: '/accounts', icon: IconBuilding },
  { key: 'opportunities', path: '/opportunities', icon: IconTargetArrow },
  { key: 'samples', path: '/samples', icon: IconPackage },
  { key: 'activities', path: '/activities', icon: IconCalendarEvent },
  { key: 'campaigns', path: '/campaigns', icon: IconSpeakerphone },
  { key: 'products', path: '/products', icon: IconBox },
  { key: 'documents', path: '/documents', icon: IconFileInvoice },
  { key: 'reports', path: '/reports', icon: IconChartBar },
  { key: 'capture', path: '/capture', icon: IconCamera },
  { key: 'admin', path: '/admin', icon: IconSettings },
  { key: 'rates', path: '/rates', icon: IconCurrencyYuan },
  { key: 'settings', path: '/settings', icon: IconAdjustments },
] as const;

/** Opens card entry from anywhere, including from inside a field. */
export const ENTRY_SHORTCUT = { hotkey: 'alt+N', label: 'Alt+N' };

/** Navigation entries that belong to lead management, hidden when a company starts at opportunities. */
const LEAD_KEYS: ReadonlySet<string> = new Set(['entry', 'leads', 'capture']);

/** Screens a rep cannot use (company configuration and exchange rates are read-only to them and not theirs). */
const NOT_FOR_REPS: ReadonlySet<string> = new Set(['admin', 'rates']);

/** What each role sees in the navigation: only what it can use. */
export function visibleNavItems(leadManagement: boolean, role: Role = 'admin') {
  return NAV_ITEMS.filter(
    (item) => (leadManagement || !LEAD_KEYS.has(item.key)) && (role !== 'rep' || !NOT_FOR_REPS.has(item.key)),
  );
}

/** The first screen: card entry, or the opportunity board when leads are not managed. */
export function homePath(leadManagement: boolean): string {
  return salesStart({ leadManagement }) === 'leads' ? '/leads/entry' : '/opportunities';
}
