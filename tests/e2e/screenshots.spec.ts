import { expect, test, type Page } from '@playwright/test';
import { LeadEntryPage } from './pages/lead-entry-page';
import { LeadListPage } from './pages/lead-list-page';
import { SyncedUser } from './pages/sync-pages';

// Taken only on request: CAPTURE_SCREENS=1 npx playwright test screenshots (after building dist-web).
const DIR = 'test-results/screens';

const cards = [
  {
    name: '王芳',
    company: '宁波家电进出口有限公司',
    title: '采购经理',
    phones: '+86 139 1234 5678',
    emails: 'fang.wang@nbjd.cn',
  },
  {
    name: 'Hans Müller',
    company: 'Müller Haushaltsgeräte GmbH',
    title: 'Einkaufsleiter',
    phones: '+49 30 1234 5678',
    emails: 'hans@mueller.de',
  },
  {
    name: 'Ana García',
    company: 'Iberia Trading SL',
    title: 'Directora de Compras',
    phones: '+34 912 345 678',
    emails: 'ana@iberia-trading.es',
  },
  {
    name: 'John Smith',
    company: 'Acme Imports Inc.',
    title: 'Purchasing Manager',
    phones: '+1 212 555 0142',
    emails: 'john.smith@acme-imports.com',
  },
  {
    name: 'Ahmed Al-Farsi',
    company: 'Gulf Home Appliances LLC',
    title: 'CEO',
    phones: '+971 50 123 4567',
    emails: 'ahmed@gulfhome.ae',
  },
];

async function setLanguage(page: Page, lng: 'zh' | 'en') {
  await page
    .getByTestId('language-switch')
    .getByText(lng === 'zh' ? '中文' : 'English')
    .click();
}

test('screenshots of card entry and the lead list, zh-CN and en', async ({ context }) => {
  test.setTimeout(180_000);
  const entry = await LeadEntryPage.openOffline(context);
  const page = entry.page;
  await page.setViewportSize({ width: 1366, height: 900 });

  // A current show, created inline.
  await page.getByRole('button', { name: '新建展会' }).click();
  await page.keyboard.type('广交会 2026 第一期');
  await page.keyboard.press('Enter');
  await expect(entry.showPicker).toHaveValue('广交会 2026 第一期');
  await expect(entry.field('name')).toBeFocused();

  for (const c of cards) await entry.typeCard(c);
  await entry.expectTodayCount(cards.length);

  for (const lng of ['zh', 'en'] as const) {
    await setLanguage(page, lng);
    await page.mouse.move(600, 880); // no tooltip left over in the pictures
    await page.goto('./#/leads/entry');
    await entry.field('name').focus();
    // A half-typed card that matches an existing buyer: the duplicate warning shows.
    await entry.typeCard(
      { name: 'H. Müller', company: 'Müller GmbH', emails: 'hans@mueller.de' },
      { submit: false },
    );
    await expect(entry.duplicateWarning).toBeVisible();
    await page.screenshot({ path: `${DIR}/entry-${lng}.png`, fullPage: true });

    await entry.field('emails').fill('not-an-email');
    await entry.field('emails').press('Enter');
    await expect(entry.formErrors).toBeVisible();
    await page.screenshot({ path: `${DIR}/entry-error-${lng}.png`, fullPage: true });

    const list = new LeadListPage(page);
    await list.open();
    await expect(list.rows).toHaveCount(cards.length);
    await page.screenshot({ path: `${DIR}/list-${lng}.png` });

    await list.rows.first().click();
    await page.screenshot({ path: `${DIR}/detail-${lng}.png`, fullPage: true });
  }

  await page.getByRole('button', { name: /Toggle light\/dark/ }).click();
  await page.goto('./#/leads');
  await page.screenshot({ path: `${DIR}/list-en-dark.png` });
  await page.goto('./#/samples');
  await page.screenshot({ path: `${DIR}/empty-samples-en-dark.png` });
});

const header = { x: 0, y: 0, width: 1366, height: 56 };

test('screenshots of the signed-in day: lists by role, sync states, a clash, samples; zh-CN and en', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const li = await SyncedUser.signIn(browser, 'li@demo.local');
  const manager = await SyncedUser.signIn(browser, 'manager@demo.local');
  for (const u of [li, manager]) await u.page.setViewportSize({ width: 1366, height: 900 });

  // Li's cards, offline: the indicator says offline with the count still to go up.
  await li.context.setOffline(true);
  await li.go('/leads/entry');
  const entry = new LeadEntryPage(li.page);
  await entry.ready();
  await entry.createShow('广交会 2026 第一期');
  for (const c of cards) await entry.typeCard(c);
  await expect(li.syncState).toHaveText(`离线 · ${cards.length + 1} 条待同步`);
  await li.page.screenshot({ path: `${DIR}/sync-offline-pending-zh.png`, clip: header });
  await li.page.screenshot({ path: `${DIR}/entry-signed-in-zh.png` });
  await li.context.setOffline(false);
  await li.expectSynced(40_000);
  await li.page.screenshot({ path: `${DIR}/sync-synced-zh.png`, clip: header });

  // The two-laptop clash: Li edits a phone offline while her manager changes the same phone.
  await li.context.setOffline(true);
  const liList = new LeadListPage(li.page);
  await li.go('/leads');
  await liList.search.fill('Hans');
  await liList.rows.first().click();
  await li.page.getByRole('button', { name: '编辑' }).click();
  await li.page.locator('form [name="phones"]').fill('+49 30 9999 0000');
  await li.page.locator('form [name="phones"]').press('Enter');
  await expect(li.page.getByText('030 99990000 (DE)')).toBeVisible();
  const managerList = new LeadListPage(manager.page);
  await manager.go('/leads');
  await managerList.search.fill('Hans');
  await managerList.rows.first().click();
  await manager.page.getByRole('button', { name: '编辑' }).click();
  await manager.page.locator('form [name="phones"]').fill('+49 89 1111 2222');
  await manager.page.locator('form [name="phones"]').press('Enter');
  await expect(manager.page.getByText('089 11112222 (DE)')).toBeVisible();
  await manager.expectSynced();
  await li.context.setOffline(false);
  const clash = li.page.getByTestId('clash');
  await expect(clash).toBeVisible({ timeout: 40_000 });
  await expect(clash).toContainText('电话');
  await expect(clash).toContainText('(DE)');
  await clash.scrollIntoViewIfNeeded();
  await li.page.screenshot({ path: `${DIR}/clash-zh.png`, fullPage: true });
  // The clash is settled: nothing stays pending for ever.
  await li.expectSynced(40_000);

  for (const lng of ['zh', 'en'] as const) {
    for (const u of [li, manager]) {
      await setLanguage(u.page, lng);
      await u.go('/leads');
      const list = new LeadListPage(u.page);
      await list.search.fill('');
      await expect(list.rows.first()).toBeVisible();
    }
    await li.page.screenshot({ path: `${DIR}/list-rep-${lng}.png` });
    await manager.page.screenshot({ path: `${DIR}/list-manager-${lng}.png` });
    await li.page.screenshot({ path: `${DIR}/sync-synced-${lng}.png`, clip: header });
    await li.go('/leads');
    await new LeadListPage(li.page).search.fill('Hans');
    await new LeadListPage(li.page).rows.first().click();
    await expect(li.page.getByTestId('clash')).toBeVisible();
    await li.page.screenshot({ path: `${DIR}/clash-${lng}.png`, fullPage: true });
    await li.go('/samples');
    await li.page.getByRole('button', { name: /新建样品寄送|New sample shipment/ }).click();
    await expect(li.page.getByTestId('sample-editor')).toBeVisible();
    await li.page.screenshot({ path: `${DIR}/sample-new-${lng}.png`, fullPage: true });
    await li.page.keyboard.press('Escape');
  }
  await li.context.setOffline(true);
  await expect(li.syncState).toContainText(/Offline|离线/);
  await li.page.screenshot({ path: `${DIR}/sync-offline-en.png`, clip: header });

  for (const u of [li, manager]) await u.context.close();
});
