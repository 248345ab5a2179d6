/** The "attachments" namespace (useTranslation('attachments')). Chinese first; English has the same keys. */
export const attachmentsZhCN = {
  title: '附件',
  add: '添加文件',
  camera: '拍照',
  capture: '拍下',
  cancel: '取消',
  dropHint: '拖入文件或粘贴图片（Ctrl+V）',
  empty: '还没有附件',
  caption: '说明',
  open: '打开',
  missing: '文件尚未下载',
  refused: '无法添加“{{name}}”：{{message}}',
  cameraUnavailable: '无法使用摄像头：{{message}}',
  added: '已添加 {{count}} 个文件',
};

export const attachmentsEn: typeof attachmentsZhCN = {
  title: 'Attachments',
  add: 'Add files',
  camera: 'Take photo',
  capture: 'Capture',
  cancel: 'Cancel',
  dropHint: 'Drop files here or paste an image (Ctrl+V)',
  empty: 'No attachments yet',
  caption: 'Caption',
  open: 'Open',
  missing: 'Not downloaded yet',
  refused: 'Cannot add “{{name}}”: {{message}}',
  cameraUnavailable: 'Camera not available: {{message}}',
  added: '{{count}} file(s) added',
};
