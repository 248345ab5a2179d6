/** Strings of the per-user settings page (namespace `userSettings`). */
export const zhCN = {
  title: '我的设置',
  remindersTitle: '提醒',
  remindersIntro: '这些设置只对您本人生效，并会同步到您的所有设备。',
  quietEnabled: '启用免打扰时段',
  quietStart: '免打扰开始',
  quietEnd: '免打扰结束',
  quietHint: '在免打扰时段内到期的提醒会推迟到时段结束时再通知。',
  kinds: '接收的提醒类型',
  closeDays: '预计成交日期前几天提醒',
  closeDaysHint: '留空则使用公司设置（{{days}} 天）',
  reminderTime: '按日期的提醒在几点通知',
  save: '保存',
  saved: '设置已保存',
  invalid: '无法保存：{{field}} {{message}}',
  fields: {
    closeReminderDays: '提前天数',
    reminderTime: '提醒时间',
    quietHours: '免打扰时段',
    kinds: '提醒类型',
  },
  tokenStorage: {
    title: '登录信息没有经过系统加密',
    basicText:
      '这台电脑没有可用的系统密钥环（如 GNOME 密钥环或 KWallet），系统提供的只是固定密钥的“加密”。为了安全，登录信息只保存在内存中：每次重新打开应用都需要重新登录。安装并解锁密钥环后即可保持登录。',
    unknownBackend:
      '暂时无法确认系统的密码存储方式。为了安全，登录信息只保存在内存中：重新打开应用后需要重新登录。',
    noEncryption: '这台电脑不提供加密存储。为了安全，登录信息只保存在内存中：重新打开应用后需要重新登录。',
  },
};

export const en: typeof zhCN = {
  title: 'My settings',
  remindersTitle: 'Reminders',
  remindersIntro: 'These settings apply to you only and follow you to all your devices.',
  quietEnabled: 'Quiet hours',
  quietStart: 'Quiet from',
  quietEnd: 'Quiet until',
  quietHint: 'Reminders due during quiet hours are held back until they end.',
  kinds: 'Reminders to receive',
  closeDays: 'Days before the expected close date',
  closeDaysHint: 'Empty: the company setting ({{days}} days)',
  reminderTime: 'Time of day for date reminders',
  save: 'Save',
  saved: 'Settings saved',
  invalid: 'Not saved: {{field}} {{message}}',
  fields: {
    closeReminderDays: 'Days before',
    reminderTime: 'Reminder time',
    quietHours: 'Quiet hours',
    kinds: 'Reminder kinds',
  },
  tokenStorage: {
    title: 'Sign-in stored without OS encryption',
    basicText:
      'This computer has no usable keyring (such as GNOME Keyring or KWallet); the system only offers "encryption" with a fixed key. For your safety the sign-in is kept in memory only: you sign in again each time the app starts. Install and unlock a keyring to stay signed in.',
    unknownBackend:
      'The system password store could not be determined. For your safety the sign-in is kept in memory only: you sign in again when the app starts.',
    noEncryption:
      'This computer offers no encrypted storage. For your safety the sign-in is kept in memory only: you sign in again when the app starts.',
  },
};
