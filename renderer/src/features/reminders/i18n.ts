/** Texts of reminder notifications (namespace `reminders`); params come from shared/reminders/rules.ts. */
export const zhCN = {
  title: {
    closeDue: '商机「{{name}}」将于 {{date}} 到期',
    stale: '商机「{{name}}」已 {{hours}} 小时未更新',
    taskDue: '任务到期：{{title}}',
    sampleFollowUp: '样品跟进：{{product}}',
    leadNotContacted: '线索「{{name}}」展会后 {{days}} 天仍未联系',
  },
  body: {
    closeDue: '预计成交日期前 {{days}} 天提醒。',
    stale: '请跟进客户并更新商机。',
    taskDue: '',
    sampleFollowUp: '请向客户询问样品反馈（{{date}}）。',
    leadNotContacted: '{{company}}',
  },
  kind: {
    closeDue: '即将到期',
    stale: '长时间未更新',
    taskDue: '任务到期',
    sampleFollowUp: '样品跟进',
    leadNotContacted: '线索未联系',
  },
  /** Server notifications (kind of the notifications collection); name = the record's name. */
  notification: {
    stale: '商机「{{name}}」长时间未更新',
    expired: '商机「{{name}}」已过期自动关闭',
    closeDue: '商机「{{name}}」即将到期',
    assigned: '已分配给您：{{name}}',
    taskDue: '任务到期：{{name}}',
    sampleFollowUp: '样品跟进：{{name}}',
    system: '{{name}}',
  },
};

export const en: typeof zhCN = {
  title: {
    closeDue: '"{{name}}" is expected to close on {{date}}',
    stale: '"{{name}}" has not been updated for {{hours}} hours',
    taskDue: 'Task due: {{title}}',
    sampleFollowUp: 'Sample follow-up: {{product}}',
    leadNotContacted: '{{name}} not contacted {{days}} days after the show',
  },
  body: {
    closeDue: 'Reminder {{days}} days before the expected close date.',
    stale: 'Follow up with the customer and update the opportunity.',
    taskDue: '',
    sampleFollowUp: 'Ask the customer for feedback on the sample ({{date}}).',
    leadNotContacted: '{{company}}',
  },
  kind: {
    closeDue: 'Close date near',
    stale: 'Not updated',
    taskDue: 'Task due',
    sampleFollowUp: 'Sample follow-up',
    leadNotContacted: 'Lead not contacted',
  },
  notification: {
    stale: '"{{name}}" has not been updated',
    expired: '"{{name}}" expired and was closed',
    closeDue: '"{{name}}" is about to close',
    assigned: 'Assigned to you: {{name}}',
    taskDue: 'Task due: {{name}}',
    sampleFollowUp: 'Sample follow-up: {{name}}',
    system: '{{name}}',
  },
};
