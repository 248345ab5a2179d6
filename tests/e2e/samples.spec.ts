import { expect, test } from '@playwright/test';
import { SyncedUser } from './pages/sync-pages';
import { drawPng, SamplesPage } from './pages/samples-page';

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
