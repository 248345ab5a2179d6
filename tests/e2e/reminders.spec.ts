import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LeadEntryPage } from './pages/lead-entry-page';
import { NotificationCentrePage } from './pages/notification-centre-page';

const SCREENS = 'test-results/screens';
const BUYER = { name: 'Lukas Brandt', company: 'Brandt Küchentechnik GmbH', emails: 'lukas@brandt-kt.de' };

test('a due reminder appears in the notification centre and opens its record; settings change what is reminded', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000); // three screens and a reload; the shared test machine is often loaded
  await context.grantPermissions(['notifications']);
  // Monday 10:00 at the show; the app's clock is Playwright's, so days can pass in a second.
  await page.clock.install({ time: new Date('2026-06-01T10:00:00') });
  await page.goto('./#/leads/entry');
  const entry = new LeadEntryPage(page);
  // The first load opens (and creates) the local database: slow on a busy machine.
  await expect(entry.field('name')).toBeVisible({ timeout: 30_000 });
  await entry.ready();
  await entry.typeCard(BUYER);
  await entry.expectTodayCount(1);
  // The bell works from every screen; the lead list is where a rep goes after the show.
  await page.goto('./#/leads');
  await expect(page.getByTestId('lead-row').filter({ hasText: BUYER.name })).toBeVisible();

  const centre = new NotificationCentrePage(page);
  await centre.open();
  // Not contacted 3 days after the show: due Thursday 09:00, so upcoming for now, and nothing counted.
  await expect(centre.centre.getByTestId('centre-upcoming')).toContainText(BUYER.name);
  await expect(centre.count.locator('.mantine-Indicator-indicator')).toHaveCount(0);
  await centre.close();

  await page.clock.fastForward(72 * 3_600_000);
  await centre.expectCount(1);
  await centre.open();
  const due = centre.centre
    .getByTestId('centre-due')
    .getByTestId('reminder-item')
    .filter({ hasText: BUYER.name });
  await expect(due).toContainText('展会后 3 天仍未联系');
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/notification-centre.png` });

  await due.getByLabel('打开').click();
  await expect(page).toHaveURL(/#\/leads\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole('main')).toContainText(BUYER.company);

  // Done: the bell goes quiet, and the reminder never fires again.
  await centre.open();
  await centre.centre
    .getByTestId('centre-due')
    .getByTestId('reminder-item')
    .filter({ hasText: BUYER.name })
    .getByLabel('完成')
    .click();
  await expect(centre.count.locator('.mantine-Indicator-indicator')).toHaveCount(0);
  await centre.close();

  // The settings page: quiet hours and kinds, stored per user.
  await page.goto('./#/settings');
  const settings = page.getByTestId('settings-page');
  await expect(settings).toBeVisible();
  await settings.getByRole('switch', { name: '启用免打扰时段' }).check({ force: true }); // the visible track covers the input
  await settings.locator('input[name="quietStart"]').fill('21:00');
  await settings.locator('input[name="quietEnd"]').fill('07:30');
  await settings.getByRole('checkbox', { name: '长时间未更新' }).uncheck();
  await settings.locator('input[name="closeReminderDays"]').fill('abc');
  await settings.getByTestId('settings-save').click();
  await expect(settings.getByTestId('settings-error')).toContainText('提前天数');
  await settings.locator('input[name="closeReminderDays"]').fill('10');
  await settings.getByTestId('settings-save').click();
  await expect(page.getByText('设置已保存')).toBeVisible();
  await expect(settings.getByTestId('settings-error')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/settings.png` });

  // Still there after a reload: it is a synced settings document, not page state.
  await page.reload();
  await expect(page.getByTestId('settings-page').locator('input[name="closeReminderDays"]')).toHaveValue(
    '10',
  );
  await expect(page.getByTestId('settings-page').locator('input[name="quietStart"]')).toHaveValue('21:00');
  await expect(
    page.getByTestId('settings-page').getByRole('checkbox', { name: '长时间未更新' }),
  ).not.toBeChecked();
});
