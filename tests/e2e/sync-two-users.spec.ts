import { expect, test, type Browser } from '@playwright/test';
import { LeadEntryPage } from './pages/lead-entry-page';
import { LeadListPage } from './pages/lead-list-page';
import { drawPng } from './pages/samples-page';
import { AssignDialogPage, SyncedUser } from './pages/sync-pages';

// Journey 2 (the hotel Wi-Fi): a rep's offline leads reach the manager live, and a reassignment moves them.
test('leads entered offline reach the manager live; assigned ones move from Li to Chen', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const li = await SyncedUser.signIn(browser, 'li@demo.local');
  const manager = await SyncedUser.signIn(browser, 'manager@demo.local');
  const chen = await SyncedUser.signIn(browser, 'chen@demo.local');
  const managerList = new LeadListPage(manager.page);
  const chenList = new LeadListPage(chen.page);
  await expect(managerList.count).toBeVisible();

  // At the booth: no network, 20 cards.
  await li.context.setOffline(true);
  await li.go('/leads/entry');
  const entry = new LeadEntryPage(li.page);
  await entry.ready();
  for (let i = 1; i <= 20; i++) {
    const group = i <= 10 ? 'Alpha' : 'Beta';
    await entry.typeCard({ name: `Buyer ${String(i).padStart(2, '0')}`, company: `${group} Trading ${i}` });
  }
  await entry.expectTodayCount(20);
  await expect(li.networkState).toHaveText('离线');
  await expect(li.syncState).toContainText('20 条待同步');
  await li.page.screenshot({
    path: 'test-results/screens/sync-indicator-pending.png',
    clip: { x: 0, y: 0, width: 1280, height: 56 },
  });

  // The photo of one buyer's card, on the lead, still offline.
  const liList = new LeadListPage(li.page);
  await li.go('/leads');
  await liList.search.fill('Buyer 01');
  await liList.rows.first().click();
  await li.page
    .getByTestId('attachments-input')
    .setInputFiles([
      { name: 'card.png', mimeType: 'image/png', buffer: await drawPng(li.page, '#2a6', 'Card 01') },
    ]);
  await expect(li.page.getByTestId('attachment-tile')).toHaveCount(1);
  // 20 cards, the photo's record and the photo's bytes (a file waiting for upload): one "offline" badge with
  // the true count, also after a reload.
  await expect(li.syncState).toHaveText('离线 · 22 条待同步');
  await li.page.reload();
  await expect(li.syncState).toHaveText('离线 · 22 条待同步', { timeout: 30_000 });
  await expect(li.page.getByText('仅本地')).toHaveCount(0);
  await expect(li.page.getByText('离线', { exact: true })).toHaveCount(1);

  // The hotel Wi-Fi: everything goes up, the count falls to zero; the manager's open list fills without a reload.
  const seen: number[] = [];
  const watch = setInterval(() => {
    void li.syncState
      .getAttribute('data-pending', { timeout: 1_000 })
      .then((v) => v !== null && seen.push(Number(v)))
      .catch(() => undefined);
  }, 100);
  await li.context.setOffline(false);
  await li.expectSynced(40_000);
  clearInterval(watch);
  await expect(li.syncState).toHaveAttribute('data-pending', '0');
  // Never rising while it goes up (a re-sync may add one, never the whole lot back); "synced" with the
  // photo's bytes on the server too (the upload queue is empty).
  expect(seen.every((n, i) => i === 0 || n <= seen[i - 1]! + 1)).toBe(true);
  expect(Math.max(...seen)).toBeLessThanOrEqual(22);
  expect(await li.page.evaluate(() => localStorage.getItem('crm.blobUploads'))).toBe('[]');
  await li.page.screenshot({
    path: 'test-results/screens/sync-indicator-synced.png',
    clip: { x: 0, y: 0, width: 1280, height: 56 },
  });
  await managerList.expectCount(20, 20);

  // The manager ticks the ten "Alpha" leads (Buyer 01–10: a click and a shift-click) and gives them to Chen.
  await managerList.tick('Buyer 10');
  await managerList.tick('Buyer 01', true);
  await expect(manager.page.getByTestId('selected-count')).toContainText('已选 10 条');
  await expect(manager.page.getByTestId('assign-button')).toHaveText('分配选中的 10 条');
  await manager.page.screenshot({ path: 'test-results/screens/lead-list-selection.png' });
  const assign = new AssignDialogPage(manager.page);
  await assign.open();
  await expect(assign.dialog.page().getByRole('dialog')).toContainText('分配 10 条线索');
  await manager.page.screenshot({ path: 'test-results/screens/assign-dialog.png' });
  await assign.assignTo('Chen');
  // Owners by name, never a raw id; each role's navigation holds only what it can use.
  await expect(managerList.rows.filter({ hasText: 'Buyer 01' }).getByTestId('lead-owner')).toHaveText(
    '陈 Chen',
  );
  await expect(manager.page.getByText(/demo-user-/)).toHaveCount(0);
  await expect(manager.page.getByRole('link', { name: '系统管理' })).toBeVisible();
  await expect(li.page.getByRole('link', { name: '系统管理' })).toHaveCount(0);
  await expect(li.page.getByRole('link', { name: '汇率' })).toHaveCount(0);

  // Bulk edit from the same tick boxes: two of the Beta leads become "contacted" in one step.
  await managerList.search.fill('Beta');
  await managerList.tick('Buyer 11');
  await managerList.tick('Buyer 12');
  await manager.page.getByTestId('bulk-edit-button').click();
  const bulk = manager.page.getByTestId('bulk-edit-dialog');
  await bulk.getByLabel('状态').click();
  await manager.page.getByRole('option', { name: '已联系' }).click();
  await bulk.getByTestId('bulk-edit-submit').click();
  await expect(bulk).toBeHidden();
  await expect(managerList.rows.filter({ hasText: '已联系' })).toHaveCount(2);
  await managerList.search.fill('');

  // Chen's device receives them; Li's drops them on its next sync.
  await chen.go('/leads');
  await chenList.expectCount(10, 10);
  await expect(chenList.rows.first()).toContainText('Alpha');
  // With Li's photo of the card: the file moved with the lead and its bytes come from the server.
  await chenList.search.fill('Buyer 01');
  await chenList.rows.first().click();
  await expect(chen.page.getByTestId('attachment-tile').locator('img')).toBeVisible({ timeout: 20_000 });
  await chen.page.screenshot({ path: 'test-results/screens/lead-detail-photo.png', fullPage: true });
  await chen.go('/leads');
  await chenList.search.fill('');
  await li.go('/leads');
  await liList.search.fill('');
  await liList.expectCount(10, 10);
  await liList.search.fill('Alpha');
  await liList.expectCount(0, 10);

  for (const u of [li, manager, chen]) await u.context.close();
});

// Nothing is lost: an offline edit to a lead that was reassigned meanwhile is refused, kept and listed.
/**
 * The train both reassignment tests ride: Li types a card and syncs it, goes offline while her manager gives the
 * lead to Chen, and, still offline, changes its job title.
 */
async function editWhileReassigned(
  browser: Browser,
  card: { name: string; company: string },
  title: string,
): Promise<{ li: SyncedUser; manager: SyncedUser }> {
  const li = await SyncedUser.signIn(browser, 'li@demo.local');
  const manager = await SyncedUser.signIn(browser, 'manager@demo.local');
  await li.go('/leads/entry');
  const entry = new LeadEntryPage(li.page);
  await entry.ready();
  await entry.typeCard(card);
  // Saved: the form is empty for the next card; it saves behind it: wait for the local write, then the push.
  await expect(entry.field('name')).toHaveValue('');
  await expect(li.page.getByText(`已保存“${card.name}”`)).toBeVisible();
  await li.expectSynced();

  await li.context.setOffline(true);
  const managerList = new LeadListPage(manager.page);
  await managerList.search.fill(card.company);
  await expect(managerList.count).toHaveText(/(^|\D)1\D+\d+/);
  const assign = new AssignDialogPage(manager.page);
  await assign.open();
  await assign.assignTo('Chen');

  const liList = new LeadListPage(li.page);
  await li.go('/leads');
  await liList.search.fill(card.company);
  await liList.rows.first().click();
  await li.page.getByRole('button', { name: '编辑' }).click();
  await li.page.getByRole('textbox', { name: '职位' }).fill(title);
  await li.page.keyboard.press('Enter');
  await expect(li.page.getByRole('button', { name: '编辑' })).toBeVisible();
  return { li, manager };
}

test('an edit the server refuses is listed as not synced, with its reason', async ({ browser }) => {
  test.setTimeout(90_000);
  const { li, manager } = await editWhileReassigned(
    browser,
    { name: 'Gustav Gamma', company: 'Gamma Werke' },
    'Einkaufsleiter',
  );
  // An edit alone, made before her device saw the reassignment, would be merged into Chen's lead
  // (docs/sync-protocol.md); a trash by a former holder is refused, and so lands in her not-synced list.
  await li.page.getByRole('button', { name: '移到回收站' }).click();
  await expect(li.page.getByText('已移到回收站', { exact: false }).first()).toBeVisible();

  await li.context.setOffline(false);
  await expect(li.syncState).toContainText('1 条未被接受', { timeout: 40_000 });
  await li.go('/sync/not-synced');
  const row = li.page.getByTestId('not-synced-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Gustav Gamma');
  await expect(li.page.getByTestId('not-synced-reason')).not.toBeEmpty();
  await li.page.screenshot({ path: 'test-results/screens/not-synced.png' });

  // Li hands her change to the lead's new owner; it reaches Chen as a note on the lead.
  await row.getByRole('button', { name: '转为备注' }).click();
  await expect(li.page.getByText('已交给现在的负责人')).toBeVisible();
  const chen = await SyncedUser.signIn(browser, 'chen@demo.local');
  const chenList = new LeadListPage(chen.page);
  await chen.go('/leads');
  await chenList.search.fill('Gamma');
  await chenList.rows.first().click();
  await expect(chen.page.getByText('Einkaufsleiter').first()).toBeVisible({ timeout: 30_000 });
  await expect(chen.page.getByTestId('timeline-entry').first()).toContainText('李 Li');
  await chen.page.screenshot({ path: 'test-results/screens/lead-detail-hand-over.png', fullPage: true });

  for (const u of [li, manager, chen]) await u.context.close();
});

test('an offline edit made before the reassignment reaches the new owner, and the former owner ends synced', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { li, manager } = await editWhileReassigned(
    browser,
    { name: 'Hanna Hotel', company: 'Hotel Werke' },
    'Direktorin',
  );

  // Back online: the edit is merged into Chen's lead, Li's copy goes, and nothing stays "pending".
  await li.context.setOffline(false);
  await li.expectSynced(40_000);
  await expect(li.syncState).toHaveAttribute('data-pending', '0');
  const chen = await SyncedUser.signIn(browser, 'chen@demo.local');
  const chenList = new LeadListPage(chen.page);
  await chen.go('/leads');
  await chenList.search.fill('Hotel Werke');
  await chenList.rows.first().click();
  await expect(chen.page.getByText('Direktorin').first()).toBeVisible({ timeout: 30_000 });

  for (const u of [li, manager, chen]) await u.context.close();
});

test('an admin sees the signed-in devices and can sign one out', async ({ browser }) => {
  const wang = await SyncedUser.signIn(browser, 'wang@demo.local');
  const admin = await SyncedUser.signIn(browser, 'admin@demo.local');
  await admin.go('/admin/devices');
  const row = admin.page.getByTestId('device-row').filter({ hasText: '王 Wang' }).first();
  await expect(row).toContainText('在线');
  await admin.page.screenshot({ path: 'test-results/screens/devices.png' });
  await row.getByRole('button', { name: '强制退出' }).click();
  await admin.page.getByRole('dialog').getByRole('button', { name: '强制退出' }).click();
  await expect(row).toContainText('已强制退出');
  // Wang's app stops syncing at once and says so; his local data stays.
  await expect(wang.syncState).toContainText('未登录', { timeout: 30_000 });
  await expect(wang.page.getByTestId('sign-in-link')).toBeVisible();
  for (const u of [wang, admin]) await u.context.close();
});

test('the login screen names a wrong password and lists the demo accounts', async ({ page }) => {
  await page.goto('./#/login');
  await expect(page.getByTestId('demo-accounts')).toContainText('manager@demo.local');
  await page.locator('[name="email"]').fill('li@demo.local');
  await page.locator('[name="password"]').fill('not-the-password');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByTestId('login-error')).toHaveText('邮箱或密码错误。');
  await page.screenshot({ path: 'test-results/screens/login.png', fullPage: true });

  // No server at that address: say so, and that work goes on offline.
  await page.locator('[name="serverUrl"]').fill('http://127.0.0.1:9');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByTestId('login-error')).toContainText('你可以继续离线工作');
});
