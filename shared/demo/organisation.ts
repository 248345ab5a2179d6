import type { Role } from '../model/settings';

/** The demo organisation created on a server's first start (CRM_DEMO); the login screen may list it. */
export const DEMO_PASSWORD = 'demo1234';

export interface DemoDepartment {
  id: string;
  name: string;
}
export interface DemoAccount {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string;
  title: string;
  /** Markets the rep covers (ISO country codes), shown when a manager assigns leads. */
  regions?: string[];
}

export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  { id: 'demo-dept-1', name: 'Sales Dept 1 / 外贸一部' },
  { id: 'demo-dept-2', name: 'Sales Dept 2 / 外贸二部' },
];

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    id: 'demo-user-admin',
    email: 'admin@demo.local',
    name: '总经理 GM',
    role: 'admin',
    departmentId: '',
    title: 'General manager',
  },
  {
    id: 'demo-user-manager',
    email: 'manager@demo.local',
    name: '张经理 Zhang',
    role: 'manager',
    departmentId: 'demo-dept-1',
    title: 'Manager, dept 1',
  },
  {
    id: 'demo-user-li',
    email: 'li@demo.local',
    name: '李 Li',
    role: 'rep',
    departmentId: 'demo-dept-1',
    title: 'Sales rep, dept 1',
    regions: ['US', 'CA', 'MX'],
  },
  {
    id: 'demo-user-chen',
    email: 'chen@demo.local',
    name: '陈 Chen',
    role: 'rep',
    departmentId: 'demo-dept-1',
    title: 'Sales rep, dept 1',
    regions: ['JP', 'KR', 'AU'],
  },
  {
    id: 'demo-user-wang',
    email: 'wang@demo.local',
    name: '王 Wang',
    role: 'rep',
    departmentId: 'demo-dept-2',
    title: 'Sales rep, dept 2',
    regions: ['DE', 'FR', 'IT', 'ES', 'GB'],
  },
];
