import { expect, type Locator, type Page } from '@playwright/test';

/** 客户: create an account, then work in its 360° view (opportunities, stage moves, activities). */
export class Account360Page {
  readonly view: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByTestId('account-360');
  }

  async createAccount(name: string, city?: string): Promise<void> {
    await this.page.goto('./#/accounts');
    await this.page.getByRole('button', { name: '新建客户' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('公司名称').fill(name);
    if (city) await dialog.getByLabel('城市').fill(city);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(this.view.getByRole('heading', { name })).toBeVisible();
  }

  async addOpportunity(o: { name: string; amount: string; campaign?: string }): Promise<void> {
    await this.view.getByRole('button', { name: '新建商机' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('商机名称').fill(o.name);
    await dialog.getByLabel('金额').fill(o.amount);
    if (o.campaign) {
      await dialog.getByRole('combobox', { name: '市场活动' }).click();
      await this.page.getByRole('option', { name: o.campaign }).click();
    }
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.opportunity(o.name)).toBeVisible();
  }

  opportunity(name: string): Locator {
    return this.page.getByTestId('account-opportunity-row').filter({ hasText: name });
  }

  async moveTo(name: string, stage: string, probability: string): Promise<void> {
    await this.page.getByRole('combobox', { name: `阶段 ${name}` }).click();
    await this.page.getByRole('option', { name: stage, exact: true }).click();
    await expect(this.opportunity(name)).toContainText(probability);
  }

  async logActivity(kind: string, subject: string, dueAt?: string): Promise<void> {
    const composer = this.page.getByTestId('activity-composer');
    await composer.getByText(kind, { exact: true }).click();
    await composer.getByRole('textbox', { name: '主题' }).fill(subject);
    if (dueAt) await composer.getByLabel('截止时间').fill(dueAt);
    await composer.getByRole('button', { name: '记录' }).click();
    await expect(this.page.getByTestId('timeline-entry').filter({ hasText: subject })).toBeVisible();
  }
}
