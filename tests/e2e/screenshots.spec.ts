import { expect, test, type Page } from '@playwright/test';
import { LeadEntryPage } from './pages/lead-entry-page';
import { LeadListPage } from './pages/lead-list-page';

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
  const entry = await LeadEntryPage.openOffline(context);
  const page = entry.page;
  await page.setViewportSize({ width: 1366, height: 900 });

  // A current show, created inline.
  await page.getByRole('button', { name: '新建展会' }).click();
  await page.keyboard.type('广交会 2026 第一期');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-show')).toHaveValue('广交会 2026 第一期');
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
