import { expect, type Locator, type Page } from '@playwright/test';

/** The bell in the header and the notification centre it opens (通知与提醒). */
export class NotificationCentrePage {
  readonly bell: Locator;
  readonly count: Locator;
  readonly centre: Locator;

  constructor(readonly page: Page) {
    this.bell = page.getByTestId('notification-bell');
    this.count = page.getByTestId('notification-count');
    this.centre = page.getByTestId('notification-centre');
  }

  /** Waits out a closing transition first: clicking the bell then would toggle the centre shut. */
  async open(): Promise<void> {
    await expect(this.centre).toBeHidden();
    await this.bell.click();
    await expect(this.centre).toBeVisible();
  }

  /** The bell toggles the centre shut (Escape also does, while focus is inside it). */
  async close(): Promise<void> {
    await this.bell.click();
    await expect(this.centre).toBeHidden();
  }

  /** A reminder row by the text it shows (its title). */
  reminder(text: string): Locator {
    return this.centre.getByTestId('reminder-item').filter({ hasText: text });
  }

  async expectCount(n: number): Promise<void> {
    await expect(this.count.locator('.mantine-Indicator-indicator')).toHaveText(String(n));
  }
}
