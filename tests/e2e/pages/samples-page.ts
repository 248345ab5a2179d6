import { expect, type Locator, type Page } from '@playwright/test';

export interface Shipment {
  product: string;
  quantity: number;
  courier: string;
  trackingNumber: string;
  shipDate: string;
}

/** The samples page (样品) and its shipment editor, as a user sees them (Chinese UI). */
export class SamplesPage {
  readonly editor: Locator;
  readonly tiles: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByTestId('sample-editor');
    this.tiles = this.editor.getByTestId('attachment-tile');
    this.rows = page.getByTestId('sample-row');
  }

  field(name: string): Locator {
    return this.editor.locator(`[name="${name}"]`);
  }

  async tab(name: RegExp): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** New shipment → products → save → start preparing → courier, tracking, date → mark shipped. */
  async recordShipment(s: Shipment): Promise<void> {
    await this.page.getByRole('button', { name: '新建样品寄送' }).click();
    await this.field('lines.0.name').fill(s.product);
    await this.field('lines.0.quantity').fill(String(s.quantity));
    await this.editor.getByRole('button', { name: '保存', exact: true }).click();
    await this.editor.getByRole('button', { name: '开始准备' }).click();
    await expect(this.editor.getByTestId('sample-status')).toHaveText('准备中');
    await this.field('courier').fill(s.courier);
    await this.field('trackingNumber').fill(s.trackingNumber);
    await this.field('shipDate').fill(s.shipDate);
    await this.editor.getByRole('button', { name: '标记为已寄出' }).click();
    await expect(this.editor.getByTestId('sample-status')).toHaveText('已寄出');
  }

  /** New shipment with its products (and the opportunity it is for); not saved yet. */
  async startShipment(s: { product: string; quantity: number; opportunity?: string }): Promise<void> {
    await this.page.getByRole('button', { name: '新建样品寄送' }).click();
    await this.field('lines.0.name').fill(s.product);
    await this.field('lines.0.quantity').fill(String(s.quantity));
    if (s.opportunity) {
      await this.editor.getByRole('combobox', { name: '销售机会', exact: true }).click();
      await this.page.getByRole('option', { name: s.opportunity }).click();
    }
  }

  async save(): Promise<void> {
    await this.editor.getByRole('button', { name: '保存', exact: true }).click();
  }

  /** The next status through its action button, e.g. "开始准备" → "准备中". */
  async advance(action: string, status: string): Promise<void> {
    await this.editor.getByRole('button', { name: action }).click();
    await expect(this.editor.getByTestId('sample-status')).toHaveText(status);
  }

  async attach(files: Array<{ name: string; buffer: Buffer }>): Promise<void> {
    await this.editor
      .getByTestId('attachments-input')
      .setInputFiles(files.map((f) => ({ ...f, mimeType: 'image/png' })));
    await expect(this.tiles).toHaveCount(files.length);
  }

  /** Every photo tile shows its image (the bytes are on this device). */
  async expectPhotosShown(count: number, timeout = 10_000): Promise<void> {
    await expect(this.tiles).toHaveCount(count, { timeout });
    for (let i = 0; i < count; i++) await expect(this.tiles.nth(i).locator('img')).toBeVisible({ timeout });
  }

  async hashes(): Promise<string[]> {
    return (
      await this.tiles.evaluateAll((els) => els.map((e) => e.getAttribute('data-sha256') ?? ''))
    ).sort();
  }
}

/** A real PNG drawn by the browser (so thumbnails decode), as bytes for setInputFiles. */
export async function drawPng(page: Page, color: string, label: string): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    ([c, l]) => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 240;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = c;
      ctx.fillRect(0, 0, 320, 240);
      ctx.fillStyle = '#fff';
      ctx.font = '28px sans-serif';
      ctx.fillText(l, 20, 130);
      return canvas.toDataURL('image/png');
    },
    [color, label] as const,
  );
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}
