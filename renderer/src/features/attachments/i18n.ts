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
  draftEmpty: '可以现在就拍照或添加文件，保存时一并附上',
  draftPending: '{{count}} 个文件将在保存时附上',
  notOpenedSaved: '为了安全，“{{name}}”没有直接打开（内容不是应用认识的文档或图片），已保存到你选择的位置。',
  notOpenedCancelled:
    '为了安全，“{{name}}”没有直接打开（内容不是应用认识的文档或图片），可以保存后自行检查。',
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
  draftEmpty: 'Take photos or add files now; they are attached when you save',
  draftPending: '{{count}} file(s) will be attached when you save',
  notOpenedSaved:
    'For your safety “{{name}}” was not opened (its content is not a document or image the app knows); it was saved where you chose.',
  notOpenedCancelled:
    'For your safety “{{name}}” was not opened (its content is not a document or image the app knows); save it to check it yourself.',
};
