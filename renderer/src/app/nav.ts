import {
  IconAddressBook,
  IconBox,
  IconBuilding,
  IconCalendarEvent,
  IconCamera,
  IconChartBar,
  IconFileInvoice,
  IconId,
  IconPackage,
  IconAdjustments,
  IconSettings,
  IconSpeakerphone,
  IconTargetArrow,
} from '@tabler/icons-react';

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
  { key: 'settings', path: '/settings', icon: IconAdjustments },
] as const;

/** Opens card entry from anywhere, including from inside a field. */
export const ENTRY_SHORTCUT = { hotkey: 'alt+N', label: 'Alt+N' };
