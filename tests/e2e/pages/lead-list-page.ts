import { expect, type Locator, type Page } from '@playwright/test';

/** The leads list (销售线索): search box, count line and virtualised rows. */
export class LeadListPage {
  readonly search: Locator;
  readonly count: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('textbox', { name: /搜索|Search/ });
    this.count = page.getByTestId('lead-count');
    this.rows = page.getByTestId('lead-row');
  }

  /** Filters by show: types into the show filter and takes the first match with Enter. */
  async filterShow(typed: string): Promise<void> {
    const filter = this.page.getByTestId('show-filter');
    await filter.focus();
    await this.page.keyboard.type(typed);
    await this.page.keyboard.press('Enter');
  }

  /** Filters by tag: types into the tag filter and takes the first match with Enter. */
  async filterTag(typed: string): Promise<void> {
    await this.page.getByTestId('tag-filter').focus();
    await this.page.keyboard.type(typed);
    await this.page.keyboard.press('Enter');
  }

  /** Clears search and every filter (the list's own "clear" button). */
  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: /^(清除筛选|Clear filters)$/ }).click();
  }

  /** From the next page load on, records whether `text` is ever shown (even for one frame). */
  async watchForText(text: string): Promise<void> {
    await this.page.addInitScript((watched) => {
      const w = window as unknown as { __sawText?: boolean };
      w.__sawText = false;
      new MutationObserver(() => {
        if (document.body?.innerText.includes(watched)) w.__sawText = true;
      }).observe(document, { childList: true, subtree: true, characterData: true });
    }, text);
  }

  async sawWatchedText(): Promise<boolean> {
    return this.page.evaluate(() => Boolean((window as unknown as { __sawText?: boolean }).__sawText));
  }

  async open(): Promise<void> {
    await this.page.goto('./#/leads');
    await expect(this.count).toBeVisible();
  }

  /** Ticks the tick box of the row showing `name`; with `range`, shift-clicks it (ticks from the last tick). */
  async tick(name: string, range = false): Promise<void> {
    await this.page
      .getByRole('checkbox', { name: new RegExp(`(选择|Select) ${name}$`) })
      .click({ modifiers: range ? ['Shift'] : [] });
  }

  /** "共 30 / 30 条" or "30 of 30": shown and total. */
  async expectCount(shown: number, total: number): Promise<void> {
    await expect(this.count).toHaveText(new RegExp(`\\b${shown}\\D+${total}\\b`));
  }
}
