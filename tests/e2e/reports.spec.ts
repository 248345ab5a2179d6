import { expect, test } from '@playwright/test';
import { Account360Page } from './pages/account-360-page';
import { CampaignsPage } from './pages/campaigns-page';
import { ReportsPage } from './pages/reports-page';
import { SyncedUser } from './pages/sync-pages';

const SHOW = 'Canton Fair 2026';

// Everything is created through the UI, on the local store only (no server): campaign → account → deals.
test('a won deal counts against its campaign cost; funnel rates and the weighted forecast add up', async ({
  page,
}) => {
  const campaigns = new CampaignsPage(page);
  await campaigns.open();
  await campaigns.create({ name: SHOW, cost: '10,000', location: 'Guangzhou' });

  const account = new Account360Page(page);
  await account.createAccount('Weber Haushalt GmbH', 'Berlin');
  await account.addOpportunity({ name: 'Kettles 2027', amount: '50000', campaign: SHOW });
  await account.addOpportunity({ name: 'Toasters', amount: '20000', campaign: SHOW });
  await account.addOpportunity({ name: 'Blenders', amount: '30000' });
  await account.moveTo('Kettles 2027', '赢单', '100%');
  await account.moveTo('Toasters', '报价', '60%');
  await account.logActivity('拜访', 'Visited the Berlin office');
  await account.logActivity('任务', 'Send the kettle price list', '2030-01-15T10:00');
  // ONE timeline: the logged visit and the stage changes of the account's deals.
  await expect(
    page.getByTestId('timeline-entry').filter({ hasText: 'Visited the Berlin office' }),
  ).toHaveAttribute('data-source', 'visit');
  await expect(page.locator('[data-testid="timeline-entry"][data-source="stageChange"]')).toHaveCount(2);
  await expect(page.getByText('已记录', { exact: true })).toHaveCount(0); // no toast over the timeline
  await page.screenshot({ path: 'test-results/screens/account-360.png', fullPage: true });

  const reports = new ReportsPage(page);
  // ROI: the won 50,000 against the 10,000 cost = 400 %; the open Toasters deal is pipeline, not won.
  await reports.open('roi');
  const roi = reports.row('roi-table', SHOW);
  await expect(reports.cell(roi, 'cost')).toHaveText('¥10,000.00');
  await expect(reports.cell(roi, 'won')).toHaveText('1');
  await expect(reports.cell(roi, 'wonAmount')).toHaveText('¥50,000.00');
  await expect(reports.cell(roi, 'openPipeline')).toHaveText('¥20,000.00');
  await expect(reports.cell(roi, 'weighted')).toHaveText('¥12,000.00');
  await expect(reports.cell(roi, 'roi')).toHaveText('400%');
  await reports.screenshot('report-roi');

  // Funnel: 3 deals got in; Kettles went straight to won, Toasters reached the quote: 2 of 3 passed 初步接洽.
  await reports.open('funnel');
  await expect(reports.cell(reports.row('funnel-table', '获得商机'), 'reached')).toHaveText('3');
  await expect(reports.cell(reports.row('funnel-table', '获得商机'), 'conversion')).toHaveText('66.7%');
  await expect(reports.cell(reports.row('funnel-table', '报价'), 'conversion')).toHaveText('50%');
  await expect(reports.cell(reports.row('funnel-table', '赢单'), 'reached')).toHaveText('1');
  await expect(page.getByTestId('funnel-win-rate')).toContainText('33.3%');
  await reports.screenshot('report-funnel');

  // Forecast: open deals only, Σ amount × probability = 20,000 × 60 % + 30,000 × 10 % = 15,000.
  await reports.open('forecast');
  await expect(reports.total('forecast-table', 'count')).toHaveText('2');
  await expect(reports.total('forecast-table', 'amount')).toHaveText('¥50,000.00');
  await expect(reports.total('forecast-table', 'weighted')).toHaveText('¥15,000.00');
  await reports.screenshot('report-forecast');

  // Commission: base 1,000 × difficulty 1 + 1 % of 50,000 (the default rule) for the one deal won this month.
  await reports.open('commission');
  await expect(page.getByTestId('commission-table-row')).toHaveCount(1);
  await expect(reports.cell(page.getByTestId('commission-table-row'), 'total')).toHaveText('¥1,500.00');
  await reports.screenshot('report-commission');

  await reports.open('performance');
  await expect(reports.cell(page.getByTestId('performance-table-row'), 'wonAmount')).toHaveText('¥50,000.00');
  await reports.screenshot('report-performance');

  await reports.open('expired');
  await expect(page.getByTestId('expired-table-empty')).toBeVisible();
  await reports.screenshot('report-expired');

  // The campaign's own page shows the same ROI and the deals credited to it.
  await campaigns.open();
  await page.getByRole('link', { name: SHOW }).click();
  await expect(page.getByTestId('campaign-roi').locator('[data-stat="roi"]')).toContainText('400%');
  await expect(page.getByTestId('campaign-opportunities').getByRole('row')).toHaveCount(3);
  await page.screenshot({ path: 'test-results/screens/campaign-detail.png', fullPage: true });

  // The task logged on the account is in "my tasks" until it is marked done; the visit is counted for me.
  await page.goto('./#/activities');
  const upcoming = page.getByTestId('tasks-upcoming');
  await expect(upcoming.getByTestId('task-row')).toContainText('Send the kettle price list');
  await expect(page.getByTestId('visit-counts')).toContainText('我');
  await page.screenshot({ path: 'test-results/screens/activities.png', fullPage: true });
  await upcoming.getByRole('button', { name: '完成' }).click();
  await expect(upcoming.getByTestId('task-row')).toHaveCount(0);

  await page.goto('./#/pool');
  await expect(page.getByRole('heading', { name: '公海' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/pool.png', fullPage: true });
});

// Journey 6 (month end): quota completion per rep, and an admin's new target reaches the report.
test('the performance report shows each rep against their target; a changed target follows', async ({
  browser,
}) => {
  const admin = await SyncedUser.signIn(browser, 'admin@demo.local');
  const reports = new ReportsPage(admin.page);
  await reports.open('performance');
  const li = reports.row('performance-table', '李 Li');
  await expect(reports.cell(li, 'quota')).toHaveText('¥300,000.00');
  await expect(reports.cell(li, 'completion')).toHaveText('0%');

  await admin.go('/admin');
  await admin.page.getByRole('tab', { name: '业绩目标' }).click();
  const target = admin.page.getByRole('textbox', { name: '李 Li 的月度目标' });
  await target.fill('400000');
  await target.press('Enter');
  await expect(admin.page.getByText('已保存 李 Li 的目标')).toBeVisible();
  await admin.page.screenshot({ path: 'test-results/screens/admin-quotas.png', fullPage: true });

  await reports.open('performance');
  await expect(reports.cell(reports.row('performance-table', '李 Li'), 'quota')).toHaveText('¥400,000.00');
  await reports.screenshot('report-performance-quota');
  await admin.context.close();
});
