import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export interface Card {
  name: string;
  company?: string;
  title?: string;
  phones?: string;
  emails?: string;
}

/** The fields in tab order from "name", as the form lays them out. */
const TAB_ORDER: (keyof Card)[] = ['name', 'company', 'title', 'phones', 'emails'];

/** Card entry (名片录入), driven the way a rep does at the booth: keyboard only. */
export class LeadEntryPage {
  readonly todayCount: Locator;
  readonly formErrors: Locator;
  readonly duplicateWarning: Locator;
  readonly networkState: Locator;
  readonly syncState: Locator;
  readonly showPicker: Locator;
  readonly showTag: Locator;

  constructor(readonly page: Page) {
    this.todayCount = page.getByTestId('today-count');
    this.formErrors = page.getByTestId('form-errors');
    this.duplicateWarning = page.getByTestId('duplicate-warning');
    this.networkState = page.getByTestId('network-state');
    this.syncState = page.getByTestId('sync-state');
    this.showPicker = page.getByTestId('current-show');
    this.showTag = page.getByTestId('show-tag');
  }

  /**
   * "Opened last week": one online visit installs the offline app shell. Then the network is cut and stays cut;
   * the returned page is opened with no network at all.
   */
  static async openOffline(context: BrowserContext): Promise<LeadEntryPage> {
    const first = await context.newPage();
    const res = await first.goto('./');
    expect(res?.ok(), 'the web build must be served (dist-web)').toBe(true);
    const installed = await first.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), 20_000)),
      ]),
    );
    expect(installed, 'the offline app shell (sw.js) must install').toBe(true);
    await first.close();
    await context.setOffline(true);
    const page = await context.newPage();
    await page.goto('./#/leads/entry');
    const entry = new LeadEntryPage(page);
    await entry.ready();
    return entry;
  }

  field(name: string): Locator {
    return this.page.locator(`form [name="${name}"]`);
  }

  async ready(): Promise<void> {
    await expect(this.field('name')).toBeFocused();
  }

  /** Types a card field by field with Tab, then Enter. Focus must be in "name" (where the form leaves it). */
  async typeCard(card: Card, { submit = true } = {}): Promise<void> {
    const kb = this.page.keyboard;
    const last = TAB_ORDER.findLastIndex((f) => card[f] !== undefined);
    for (let i = 0; i <= last; i++) {
      const value = card[TAB_ORDER[i]!];
      if (value) await kb.type(value);
      if (i < last) await kb.press('Tab');
    }
    if (submit) await kb.press('Enter');
  }

  /** Types tags into the card's tag field, each ended with Enter (which adds the tag, not saves the card). */
  async addTags(tags: string[]): Promise<void> {
    await this.page.locator('[data-field="tags"] input:not([type=hidden])').focus();
    for (const tag of tags) {
      await this.page.keyboard.type(tag);
      await this.page.keyboard.press('Enter');
    }
  }

  /** Creates a show from the picker's "+" (it becomes the current one); focus returns to the card. */
  async createShow(name: string): Promise<void> {
    await this.page.getByRole('button', { name: /新建展会|New show/ }).click();
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
    await expect(this.showTag).toContainText(name);
    await this.ready();
  }

  /** Picks the current show by keyboard: focus the picker, type part of the name, Enter. */
  async pickShow(typed: string, expected: string): Promise<void> {
    await this.showPicker.focus();
    await this.page.keyboard.type(typed);
    await this.page.keyboard.press('Enter');
    await expect(this.showTag).toContainText(expected);
    await expect(this.showPicker).toHaveValue(expected);
  }

  async expectTodayCount(n: number): Promise<void> {
    await expect(this.todayCount).toHaveText(new RegExp(`(^|\\D)${n}(\\D|$)`));
  }
}
