import { expect, type Locator, type Page } from '@playwright/test';

/** The opportunity board (销售机会 看板): columns by stage, cards moved by keyboard, moves announced. */
export class OpportunityBoardPage {
  readonly announcer: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.announcer = page.getByTestId('board-announcer');
    this.cards = page.getByTestId('opp-card');
  }

  async open(): Promise<void> {
    await this.page.goto('./#/opportunities');
    await expect(this.page.getByTestId('opp-board')).toBeVisible();
  }

  card(name: string): Locator {
    return this.cards.filter({ hasText: name });
  }

  column(stageId: string): Locator {
    return this.page.locator(`[data-testid="opp-column"][data-stage-id="${stageId}"]`);
  }

  /** Focus stays on the moved card, so consecutive key presses keep moving it. */
  async press(name: string, key: string): Promise<void> {
    const card = this.card(name);
    await expect(card).toBeFocused();
    await this.page.keyboard.press(key);
  }

  async expectIn(name: string, stageId: string): Promise<void> {
    await expect(this.column(stageId).getByTestId('opp-card').filter({ hasText: name })).toBeVisible();
  }
}
