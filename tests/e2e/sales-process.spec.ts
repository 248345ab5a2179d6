import { expect, test } from '@playwright/test';
import { LeadEntryPage } from './pages/lead-entry-page';
import { OpportunityBoardPage } from './pages/opportunity-board-page';
import { ReportsPage } from './pages/reports-page';

const SHOW = 'Canton Fair 2026 Phase 1';
const BUYER = { name: 'Anna Weber', company: 'Weber Haushalt GmbH', emails: 'anna@weber-haushalt.de' };
const DEAL = 'Kettles for Weber';

test('campaign → lead → opportunity moved by keyboard → won → order, with the chain back to the campaign (offline)', async ({
  context,
}) => {
  const entry = await LeadEntryPage.openOffline(context);
  const page = entry.page;

  // The show, through the sticky "current show" picker of card entry.
  await page.getByRole('button', { name: '新建展会' }).click();
  await page.getByRole('textbox', { name: '展会名称' }).fill(SHOW);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-show')).toHaveValue(SHOW);
  await entry.field('name').focus();
  await entry.typeCard(BUYER);
  await entry.expectTodayCount(1);

  // Qualify the lead into an opportunity.
  await page.goto('./#/leads');
  await page.getByTestId('lead-row').filter({ hasText: BUYER.name }).click();
  await page.getByTestId('qualify-lead').click();
  await page.getByLabel('机会名称').fill(DEAL);
  await page.getByLabel('预计金额').fill('20000');
  await page.getByLabel('币种').fill('USD');
  await page.getByTestId('qualify-submit').click();
  await expect(page.getByTestId('opp-stage')).toContainText('获得商机');

  // Through the stages by keyboard on the board; the samples stage needs a shipped sample and refuses.
  const board = new OpportunityBoardPage(page);
  await board.open();
  await board.card(DEAL).focus();
  for (const [key, stage] of [
    ['Alt+ArrowRight', 'st-contact'],
    [']', 'st-needs'],
    ['Alt+ArrowRight', 'st-visit'],
  ] as const) {
    await board.press(DEAL, key);
    await board.expectIn(DEAL, stage);
  }
  await expect(board.announcer).toContainText('客户拜访');
  await board.press(DEAL, 'Alt+ArrowRight');
  await expect(board.announcer).toContainText('进入该阶段前需要已寄出的样品');
  await board.expectIn(DEAL, 'st-visit');
  await board.press(DEAL, 'Alt+ArrowLeft');
  await board.expectIn(DEAL, 'st-needs');
  await board.press(DEAL, 'Alt+ArrowRight');
  await board.expectIn(DEAL, 'st-visit');

  // A quote from the deal opens on its own page and is listed on the deal (it is what a quote rule counts).
  await board.press(DEAL, 'Enter');
  await page.getByTestId('opp-new-quote').click();
  await expect(page.getByTestId('doc-number')).toHaveText(/^QT-\d{8}-[0-9A-Z]{4}-001$/);
  await expect(page.getByTestId('doc-total')).toHaveText('US$20,000.00');
  await page.getByTestId('chain').getByTestId('chain-opportunity').click();
  await expect(page.getByTestId('opp-quote-row')).toHaveCount(1);
  await expect(page.getByTestId('opp-quote-row')).toContainText('草稿');
  await expect(page.getByTestId('opp-quote-row')).toContainText('US$20,000.00');
  await page.screenshot({ path: 'test-results/screens/opportunity-quote.png', fullPage: true });

  // The quotation stage has no evidence rule: the detail page moves the deal there with a note.
  await page.getByTestId('stage-select').click();
  await page.getByRole('option', { name: /^报价/ }).click();
  await page.getByLabel('阶段变更备注（可选）').fill('samples approved by e-mail');
  await page.getByRole('button', { name: '移动', exact: true }).click();
  await expect(page.getByTestId('opp-stage')).toContainText('报价 · 60%');

  await board.open();
  await expect(board.column('st-quote').getByTestId('column-totals')).toContainText('US$12,000.00');
  await board.card(DEAL).focus();
  await board.press(DEAL, 'Alt+ArrowRight');
  await board.expectIn(DEAL, 'st-audit');
  await board.press(DEAL, 'Alt+ArrowRight');
  await board.expectIn(DEAL, 'st-won');
  await expect(board.announcer).toContainText('赢单');
  await page.screenshot({ path: 'test-results/screens/opportunity-board.png', fullPage: true });

  // Won: commission shown, history kept, then converted straight into an order.
  await board.press(DEAL, 'Enter');
  await expect(page.getByTestId('opp-status')).toHaveText('赢单');
  await expect(page.getByTestId('commission')).toBeVisible();
  await expect(page.getByTestId('timeline-stage')).toHaveCount(8);
  await expect(page.getByTestId('timeline')).toContainText('samples approved by e-mail');
  await page.screenshot({ path: 'test-results/screens/opportunity-detail.png', fullPage: true });
  await page.getByRole('button', { name: '转为订单' }).click();
  await expect(page.getByTestId('doc-number')).toHaveText(/^SO-\d{8}-[0-9A-Z]{4}-001$/);
  await expect(page.getByTestId('doc-total')).toHaveText('US$20,000.00');

  // The order's chain runs back to the campaign, each step a link.
  const chain = page.getByTestId('chain');
  await expect(chain.getByTestId('chain-campaign')).toContainText(SHOW);
  await expect(chain.getByTestId('chain-lead')).toContainText(BUYER.name);
  await expect(chain.getByTestId('chain-opportunity')).toContainText(DEAL);
  await page.screenshot({ path: 'test-results/screens/order-chain.png', fullPage: true });
  await chain.getByTestId('chain-opportunity').click();
  await expect(page.getByTestId('chain').getByTestId('chain-order')).toBeVisible();

  // The lead-source ROI report credits the won deal to the show (US$20,000 at the built-in 7.1 CNY rate).
  const reports = new ReportsPage(page);
  await reports.open('roi');
  const roi = reports.row('roi-table', SHOW);
  await expect(reports.cell(roi, 'leads')).toHaveText('1');
  await expect(reports.cell(roi, 'won')).toHaveText('1');
  await expect(reports.cell(roi, 'wonAmount')).toHaveText('¥142,000.00');

  await page.goto('./#/admin');
  await expect(page.getByTestId('pipeline-editor').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/admin-pipelines.png', fullPage: true });
});

test('an opportunity created directly is dragged to the next stage; the list filters and keeps a saved view', async ({
  context,
}) => {
  const entry = await LeadEntryPage.openOffline(context);
  const page = entry.page;
  const board = new OpportunityBoardPage(page);
  await board.open();
  await page.getByRole('button', { name: '新建机会' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('名称').fill('Direct deal');
  await dialog.getByLabel('金额').fill('1000');
  await dialog.getByLabel('预计成交日期').fill('2020-01-31');
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByTestId('opp-stage')).toContainText('获得商机');

  await board.open();
  await expect(board.card('Direct deal').getByTestId('overdue-badge')).toBeVisible();
  await board.card('Direct deal').dragTo(board.column('st-contact'));
  await board.expectIn('Direct deal', 'st-contact');
  await expect(board.announcer).toContainText('初步接洽');

  await page.getByText('列表', { exact: true }).click();
  await expect(page.getByTestId('opp-count')).toHaveText('共 1 / 1 条');
  await page.getByRole('combobox', { name: '状态' }).click();
  await page.getByRole('option', { name: '赢单' }).click();
  await expect(page.getByTestId('opp-count')).toHaveText('共 0 / 1 条');
  await page.getByLabel('视图名称').fill('Won deals');
  await page.getByRole('button', { name: '保存视图' }).click();
  // The view is written to the local store before the reload.
  await expect(page.getByText('视图已保存')).toBeVisible();
  await page.reload();
  await page.getByText('列表', { exact: true }).click();
  await expect(page.getByTestId('opp-count')).toHaveText('共 1 / 1 条');
  await page.getByTestId('saved-views').click();
  await page.getByRole('option', { name: 'Won deals' }).click();
  await expect(page.getByTestId('opp-count')).toHaveText('共 0 / 1 条');
});

test('a quote is created directly, its draft lines written and totalled', async ({ page }) => {
  await page.goto('./#/documents');
  await page.getByTestId('doc-new').click();
  await page.getByTestId('doc-new-quote').click();
  await expect(page.getByTestId('doc-total')).toHaveText('¥0.00');
  await page.getByRole('button', { name: '添加产品' }).click();
  await page.getByRole('button', { name: '保存明细' }).click();
  await expect(page.getByTestId('doc-lines-error')).toBeVisible(); // a line without a name is refused
  await page.getByLabel('产品').fill('Kettle KT-100');
  await page.getByLabel('数量').fill('500');
  await page.getByLabel('单价').fill('12');
  await page.getByRole('button', { name: '保存明细' }).click();
  await expect(page.getByTestId('doc-total')).toHaveText('¥6,000.00');
  await page.goto('./#/documents');
  await expect(page.getByTestId('doc-row').filter({ hasText: 'QT-' })).toHaveCount(1);
});
