import { expect, type Page } from '@playwright/test';

/** 市场活动: list and the create form. */
export class CampaignsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./#/campaigns');
    await expect(this.page.getByRole('heading', { name: '市场活动' })).toBeVisible();
  }

  async create(c: { name: string; cost: string; currency?: string; location?: string }): Promise<void> {
    await this.page.getByRole('button', { name: '新建活动' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('名称').fill(c.name);
    await dialog.getByLabel('费用').fill(c.cost);
    if (c.currency) await dialog.getByLabel('币种').fill(c.currency);
    if (c.location) await dialog.getByLabel('地点').fill(c.location);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByTestId('campaign-row').filter({ hasText: c.name })).toBeVisible();
  }
}
