import { expect, test, type Page } from '@playwright/test';
import { LeadEntryPage } from './pages/lead-entry-page';
import { SyncedUser } from './pages/sync-pages';
import { drawPng, SamplesPage } from './pages/samples-page';

const DEAL = 'Kettles for Weber';

// Journey 4 (samples out the door): the sample room records a shipment with photos offline; once online,
// the manager sees the tracking number and the very same photos (bytes through the server's blob store).
test('a shipment with two photos recorded offline reaches the manager with its photos and tracking number', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const li = await SyncedUser.signIn(browser, 'li@demo.local');
  const manager = await SyncedUser.signIn(browser, 'manager@demo.local');
  const box = await drawPng(li.page, '#2f6f4f', 'box + contents');
  const label = await drawPng(li.page, '#8a3b12', 'courier label');
  const tracking = `SF${Date.now()}`;

  await li.context.setOffline(true);
  await li.go('/samples');
  const room = new SamplesPage(li.page);
  await room.recordShipment({
    product: 'Kettle K-200',
    quantity: 2,
    courier: '顺丰 SF Express',
    trackingNumber: tracking,
    shipDate: '2026-04-20',
  });
  await room.attach([
    { name: 'box.png', buffer: box },
    { name: 'label.png', buffer: label },
  ]);
  await room.expectPhotosShown(2);
  await expect(room.field('followUpDate')).toHaveValue('2026-04-30');
  await expect(li.networkState).toHaveText('离线');
  await room.tiles.first().scrollIntoViewIfNeeded();
  await li.page.screenshot({ path: 'test-results/screens/sample-editor-offline.png' });
  const sent = await room.hashes();

  await li.context.setOffline(false);
  await li.expectSynced(40_000);

  await manager.go('/samples');
  const review = new SamplesPage(manager.page);
  await review.tab(/运输中/);
  await expect(review.rows.filter({ hasText: tracking })).toHaveCount(1, { timeout: 30_000 });
  await manager.page.screenshot({ path: 'test-results/screens/samples-in-transit.png', fullPage: true });
  await review.rows.filter({ hasText: tracking }).click();
  await expect(review.field('trackingNumber')).toHaveValue(tracking);
  await review.expectPhotosShown(2, 40_000);
  expect(await review.hashes()).toEqual(sent);
  await review.tiles.first().scrollIntoViewIfNeeded();
  await manager.page.screenshot({ path: 'test-results/screens/sample-editor-manager.png' });

  for (const u of [li, manager]) await u.context.close();
});

// Journey 4 in one sitting, offline: photos taken while the shipment is still being entered, the ship and
// received dates offered as today, and the customer's feedback (no rating) moving the deal to quotation.
test('a new shipment photographed before its first save, shipped on today’s date; its feedback moves the deal to quotation', async ({
  context,
}) => {
  test.setTimeout(120_000);
  const entry = await LeadEntryPage.openOffline(context);
  const page = entry.page;
  await page.setViewportSize({ width: 1366, height: 900 });
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  const shots = (name: string) => `test-results/screens/sample-flow-${name}.png`;

  // The deal the samples are for.
  await page.goto('./#/opportunities');
  await page.getByRole('button', { name: '新建机会' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('名称').fill(DEAL);
  await dialog.getByLabel('金额').fill('25000');
  await dialog.getByLabel('预计成交日期').fill('2027-06-30');
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByTestId('opp-stage')).toContainText('获得商机');
  const dealUrl = page.url();

  // A photo before the first save: kept on the device, attached when the shipment is saved.
  await page.goto('./#/samples');
  const room = new SamplesPage(page);
  await room.startShipment({ product: 'Kettle K-200', quantity: 2, opportunity: DEAL });
  await room.attach([{ name: 'box.png', buffer: await drawPng(page, '#2f6f4f', 'box + contents') }]);
  await expect(room.editor.getByTestId('draft-attachments-hint')).toHaveText('1 个文件将在保存时附上');
  await room.expectPhotosShown(1);
  await page.screenshot({ path: shots('new-with-photo-zh'), fullPage: true });
  await setLanguage(page, 'en');
  await expect(room.editor.getByTestId('draft-attachments-hint')).toHaveText(
    '1 file(s) will be attached when you save',
  );
  await page.screenshot({ path: shots('new-with-photo-en'), fullPage: true });
  await setLanguage(page, 'zh');
  await room.save();
  await expect(room.editor.getByTestId('sample-status')).toHaveText('已申请');
  await expect(room.editor.getByTestId('draft-attachments-hint')).toHaveCount(0);
  await room.expectPhotosShown(1);
  const photo = await room.hashes();

  // Shipping: the ship date is offered as today.
  await room.advance('开始准备', '准备中');
  await expect(room.field('shipDate')).toHaveValue(today);
  await room.field('courier').fill('顺丰 SF Express');
  await room.field('trackingNumber').fill('SF1234567890');
  await room.advance('标记为已寄出', '已寄出');
  await expect(room.field('shipDate')).toHaveValue(today);

  // With a sample out, the deal may enter "provide samples" (the stage requires one).
  await page.goto(dealUrl);
  await page.getByTestId('stage-select').click();
  await page.getByRole('option', { name: '提供样品 (40%)' }).click();
  await page.getByRole('button', { name: '移动', exact: true }).click();
  await expect(page.getByTestId('opp-stage')).toContainText('提供样品 · 40%');

  // Delivered (received today), then the feedback: no rating, and the deal moves on in the same save.
  await page.goto('./#/samples');
  await room.tab(/运输中/);
  await room.rows.filter({ hasText: 'SF1234567890' }).click();
  await expect(room.field('receivedDate')).toHaveValue(today);
  await room.advance('标记为已签收', '已签收');
  await room.field('feedbackText').fill('颜色OK，插头类型不对');
  const offer = room.editor.getByTestId('feedback-stage');
  await expect(offer).toContainText(`同时推进销售机会“${DEAL}”`);
  await expect(offer).toContainText('当前阶段：提供样品（40%）');
  await offer.getByText(`同时推进销售机会“${DEAL}”`).click();
  await expect(offer.getByRole('combobox', { name: '推进到' })).toHaveValue('报价（60%）');
  await offer.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shots('feedback-zh') });
  await setLanguage(page, 'en');
  await expect(offer).toContainText(`Also move the opportunity “${DEAL}”`);
  await expect(offer.getByRole('combobox', { name: 'Move to' })).toHaveValue('Quotation (60%)');
  await page.screenshot({ path: shots('feedback-en') });
  await setLanguage(page, 'zh');
  await room.advance('记录客户反馈', '已反馈');
  await expect(page.getByText('销售机会已推进到“报价（60%）”')).toBeVisible();

  // Everything stands after a reload: the sample, its photo, and the deal at quotation with the feedback noted.
  await page.reload();
  await room.tab(/全部/);
  await room.rows.filter({ hasText: 'SF1234567890' }).click();
  await expect(room.editor.getByTestId('sample-status')).toHaveText('已反馈');
  await expect(room.field('feedbackText')).toHaveValue('颜色OK，插头类型不对');
  await room.expectPhotosShown(1);
  expect(await room.hashes()).toEqual(photo);
  await page.goto(dealUrl);
  await expect(page.getByTestId('opp-stage')).toContainText('报价 · 60%');
  await expect(page.getByText('样品反馈：颜色OK，插头类型不对')).toBeVisible();
  await page.screenshot({ path: shots('deal-after-feedback-zh'), fullPage: true });
});

/** The header's language switch; the open drawer covers the header, so the click goes to the switch itself. */
async function setLanguage(page: Page, lng: 'zh' | 'en') {
  await page
    .getByTestId('language-switch')
    .getByText(lng === 'zh' ? '中文' : 'English')
    .dispatchEvent('click');
}
