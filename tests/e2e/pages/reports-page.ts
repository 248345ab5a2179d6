import { expect, type Locator, type Page } from '@playwright/test';

/** 报表: one tab per report, each a chart plus its table. */
export class ReportsPage {
  constructor(readonly page: Page) {}

  async open(tab: 'funnel' | 'forecast' | 'roi' | 'expired' | 'performance' | 'commission'): Promise<void> {
    await this.page.goto(`./#/reports?tab=${tab}`);
    await expect(this.page.getByRole('tab', { selected: true })).toBeVisible();
  }

  row(table: string, text: string): Locator {
    return this.page.getByTestId(`${table}-row`).filter({ hasText: text });
  }

  cell(row: Locator, col: string): Locator {
    return row.locator(`[data-col="${col}"]`);
  }

  total(table: string, col: string): Locator {
    return this.page.getByTestId(`${table}-total`).locator(`[data-col="${col}"]`);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.mouse.move(0, 0); // no tooltip over the chart
    await this.page.waitForTimeout(400); // charts animate in
    await this.page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
  }
}
