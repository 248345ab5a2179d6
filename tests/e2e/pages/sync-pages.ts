import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** The demo organisation's password (shared/demo/organisation.ts); the e2e server runs with CRM_DEMO on. */
export const DEMO_PASSWORD = 'demo1234';

/** Sign-in (登录) and the header's sync indicator, as a user sees them. */
export class SyncedUser {
  readonly syncState: Locator;
  readonly networkState: Locator;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    this.syncState = page.getByTestId('sync-state');
    this.networkState = page.getByTestId('network-state');
  }

  /** A fresh browser profile (its own local database) signed in as `email`, waiting for its first sync. */
  static async signIn(browser: Browser, email: string): Promise<SyncedUser> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('./#/login');
    const user = new SyncedUser(context, page);
    await user.login(email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/#\/leads$/);
    await user.expectSynced();
    return user;
  }

  async login(email: string, password: string): Promise<void> {
    const form = this.page.getByTestId('login-form');
    await form.locator('[name="email"]').fill(email);
    await form.locator('[name="password"]').fill(password);
    await form.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  }

  async expectSynced(timeout = 30_000): Promise<void> {
    await expect(this.syncState).toHaveText(/^(已同步|Synced)$/, { timeout });
  }

  /** Navigates inside the app without reloading the page (hash routing). */
  async go(hashPath: string): Promise<void> {
    await this.page.evaluate((p) => {
      location.hash = p;
    }, hashPath);
  }
}

/** The assign dialog opened from a list's "Assign" action. */
export class AssignDialogPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('assign-dialog');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('assign-button').click();
    await expect(this.dialog).toBeVisible();
  }

  /** "To one rep": picks the owner by (part of) their name and confirms. */
  async assignTo(name: string): Promise<void> {
    await this.dialog.getByLabel(/^(新负责人|New owner)$/).click();
    await this.page.getByRole('option', { name: new RegExp(name) }).click();
    await this.dialog.getByTestId('assign-submit').click();
    await expect(this.dialog).toBeHidden();
  }
}
