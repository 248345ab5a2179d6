/** Strings of the lead screens added for first real use (namespace "leadsUx"). Chinese first, both complete. */
export const zhCN = {
  show: {
    label: '展会',
    none: '不指定展会',
    untagged: '未标记展会的线索',
    all: '全部展会',
    taggedWith: '本批名片标记为：{{name}}',
    notTagged: '未指定展会：新名片不会标记展会',
  },
  bulk: {
    button: '编辑选中的 {{count}} 条',
    title: '批量编辑 {{count}} 条线索',
    keep: '保持不变',
    show: '展会',
    status: '状态',
    owner: '负责人',
    ownerOffline: '更换负责人需要联网（由服务器按权限执行）',
    nothing: '请至少修改一项',
    submit: '应用',
    cancel: '取消',
    done: '已更新 {{count}} 条线索',
    failed: '批量编辑失败：{{message}}',
  },
  duplicate: { savedTitle: '已保存“{{name}}”，但可能重复' },
};

export const en: typeof zhCN = {
  show: {
    label: 'Show',
    none: 'No show',
    untagged: 'Leads without a show',
    all: 'All shows',
    taggedWith: 'Cards are tagged: {{name}}',
    notTagged: 'No show picked: new cards are not tagged',
  },
  bulk: {
    button: 'Edit {{count}} selected',
    title: 'Edit {{count}} leads',
    keep: 'Keep as is',
    show: 'Show',
    status: 'Status',
    owner: 'Owner',
    ownerOffline: 'Changing the owner needs a connection (the server applies the rules)',
    nothing: 'Change at least one field',
    submit: 'Apply',
    cancel: 'Cancel',
    done: '{{count}} leads updated',
    failed: 'Bulk edit failed: {{message}}',
  },
  duplicate: { savedTitle: 'Saved "{{name}}", but it may be a duplicate' },
};
