import { adminEn, adminZhCN } from '../features/admin/i18n';
import { en as assignmentEn, zhCN as assignmentZhCN } from '../features/assignment/i18n';
import { en as authEn, zhCN as authZhCN } from '../features/auth/i18n';
import { en as syncEn, zhCN as syncZhCN } from '../features/sync/i18n';
import { salesEn, salesZhCN } from '../features/opportunities/i18n';
import { en as reportsEn, zhCN as reportsZhCN } from '../features/reports/i18n';
import { en as campaignsEn, zhCN as campaignsZhCN } from '../features/campaigns/i18n';
import { en as accountsEn, zhCN as accountsZhCN } from '../features/accounts/i18n';
import { en as activitiesEn, zhCN as activitiesZhCN } from '../features/activities/i18n';
import { en as poolEn, zhCN as poolZhCN } from '../features/pool/i18n';
import { attachmentsEn, attachmentsZhCN } from '../features/attachments/i18n';
import { samplesEn, samplesZhCN } from '../features/samples/i18n';
import { en as remindersEn, zhCN as remindersZhCN } from '../features/reminders/i18n';
import { en as notificationsEn, zhCN as notificationsZhCN } from '../features/notifications/i18n';
import { en as leadsUxEn, zhCN as leadsUxZhCN } from '../features/leads/i18n';
import { en as userSettingsEn, zhCN as userSettingsZhCN } from '../features/settings/i18n';

/**
 * Features with many strings keep them beside their code in a namespace of their own
 * (`useTranslation('reports')`); listing one here puts it into the app's i18next instance.
 */
export const featureNamespaces: Record<string, { 'zh-CN': object; en: object }> = {
  samples: { 'zh-CN': samplesZhCN, en: samplesEn },
  reminders: { 'zh-CN': remindersZhCN, en: remindersEn },
  notifications: { 'zh-CN': notificationsZhCN, en: notificationsEn },
  userSettings: { 'zh-CN': userSettingsZhCN, en: userSettingsEn },
  attachments: { 'zh-CN': attachmentsZhCN, en: attachmentsEn },
  reports: { 'zh-CN': reportsZhCN, en: reportsEn },
  campaigns: { 'zh-CN': campaignsZhCN, en: campaignsEn },
  accounts: { 'zh-CN': accountsZhCN, en: accountsEn },
  activities: { 'zh-CN': activitiesZhCN, en: activitiesEn },
  pool: { 'zh-CN': poolZhCN, en: poolEn },
  sales: { 'zh-CN': salesZhCN, en: salesEn },
  admin: { 'zh-CN': adminZhCN, en: adminEn },
  auth: { 'zh-CN': authZhCN, en: authEn },
  sync: { 'zh-CN': syncZhCN, en: syncEn },
  assignment: { 'zh-CN': assignmentZhCN, en: assignmentEn },
  leadsUx: { 'zh-CN': leadsUxZhCN, en: leadsUxEn },
};
