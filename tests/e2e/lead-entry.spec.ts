import { expect, test } from '@playwright/test';
import { LeadEntryPage, type Card } from './pages/lead-entry-page';
import { LeadListPage } from './pages/lead-list-page';

const SHOW = 'Canton Fair 2026 Phase 1';
const pad = (i: number) => String(i).padStart(2, '0');
const card = (i: number): Card => ({
  name: `Buyer ${pad(i)} Schmidt`,
  company: `Company ${pad(i)} GmbH`,
  title: i % 2 ? 'Purchasing Manager' : 'CEO',
  phones: `+49 30 1234 56${pad(i)}`,
  emails: `buyer${pad(i)}@company${pad(i)}.de`,
});

test('30 business cards typed with the keyboard only, offline, are all there after a reload', async ({
  context,
}) => {
  // About 2,500 keystrokes: ~20 s on an idle 2-core machine; room for a busy one.
  test.setTimeout(240_000);
  const entry = await LeadEntryPage.openOffline(context);
  await expect(entry.syncState).toHaveText('仅本地'); // the local profile: nothing to sync
  // The show is picked once, by keyboard: typing part of its name and Enter on the one match.
  await entry.createShow(SHOW);
  await entry.createShow('Hong Kong Electronics Fair');
  await entry.pickShow('Canton', SHOW);
  await entry.ready();
  for (let i = 1; i <= 30; i++) await entry.typeCard(card(i));
  await expect(entry.showTag).toContainText(SHOW); // it sticks for the next cards
  await entry.expectTodayCount(30);
  await expect(entry.field('name')).toBeFocused();
  await expect(entry.field('name')).toHaveValue('');

  await entry.page.reload();
  await entry.expectTodayCount(30);
  await expect(entry.showTag).toContainText(SHOW); // and across a reload
  const list = new LeadListPage(entry.page);
  await list.open();
  await list.expectCount(30, 30);
  // Every saved card carries the show: filtering by it keeps all 30.
  await list.filterShow('Canton');
  await list.expectCount(30, 30);
  await expect(list.rows.first()).toContainText(SHOW);
  for (const i of [1, 15, 30]) {
    await list.search.fill(card(i).name);
    await list.expectCount(1, 30);
    await expect(list.rows.first()).toContainText(card(i).emails!);
    // Phones read as a person writes them: national format with the country, not E.164.
    await expect(list.rows.first()).toContainText(`030 123456${pad(i)} (DE)`);
  }

  // Opened straight onto the list: a loading state until the local store answers, never "no leads yet".
  await list.watchForText('还没有线索');
  await entry.page.reload();
  await expect(list.rows.first()).toBeVisible();
  expect(await list.sawWatchedText()).toBe(false);
});

test('a buyer already entered is flagged as a duplicate (non-blocking), naming who has it', async ({
  context,
}) => {
  const entry = await LeadEntryPage.openOffline(context);
  await entry.typeCard({ name: 'Hans Müller', company: 'Müller GmbH', emails: 'hans@mueller.de' });
  await entry.expectTodayCount(1);

  await entry.typeCard(
    { name: 'H. Mueller', company: 'Other Co', emails: 'HANS@mueller.de' },
    { submit: false },
  );
  await expect(entry.duplicateWarning).toBeVisible();
  await expect(entry.duplicateWarning).toContainText('Hans Müller');
  await expect(entry.duplicateWarning).toContainText('负责人：我');
  await expect(entry.duplicateWarning).toContainText('邮箱');
  // Next to the field that matched (the emails), not below the notes.
  const warnBox = (await entry.duplicateWarning.boundingBox())!;
  expect(warnBox.y).toBeGreaterThan((await entry.field('emails').boundingBox())!.y);
  expect(warnBox.y).toBeLessThan((await entry.field('city').boundingBox())!.y);
  // The warning does not block: Enter still saves, and the warning stays with the saved card.
  await entry.page.keyboard.press('Enter');
  await entry.expectTodayCount(2);
  await expect(entry.duplicateWarning).toBeHidden();
  const saved = entry.page.getByTestId('saved-duplicate-warning');
  await expect(saved).toContainText('H. Mueller');
  await expect(saved).toContainText('Hans Müller');
  // …and on the saved lead.
  const list = new LeadListPage(entry.page);
  await list.open();
  await list.search.fill('H. Mueller');
  await list.rows.first().click();
  await expect(entry.page.getByTestId('saved-duplicate-warning')).toContainText('Hans Müller');
});

test('card entry keyboard details: errors in form order, Esc clears, interest right after city', async ({
  context,
}) => {
  const entry = await LeadEntryPage.openOffline(context);
  await entry.typeCard({ name: 'Order Test', company: 'Co', phones: '12', emails: 'bad@' });
  // Phones come before emails in the form: listed first, and the cursor goes there.
  await expect(entry.formErrors.locator('p').first()).toContainText('电话');
  await expect(entry.formErrors.locator('p').nth(1)).toContainText('邮箱');
  await expect(entry.field('phones')).toBeFocused();

  // Esc starts the card over: every field empty, errors gone, cursor in the name.
  await entry.page.keyboard.press('Escape');
  for (const f of ['name', 'company', 'phones', 'emails']) await expect(entry.field(f)).toHaveValue('');
  await expect(entry.formErrors).toBeHidden();
  await expect(entry.field('name')).toBeFocused();

  // The interest level is one Tab after the city.
  await entry.field('city').focus();
  await entry.page.keyboard.press('Tab');
  expect(await entry.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(
    'interest',
  );
});

test('an invalid email is refused with a message naming the field, and nothing is saved', async ({
  context,
}) => {
  const entry = await LeadEntryPage.openOffline(context);
  await entry.typeCard({ name: 'Bad Email', company: 'Nowhere Ltd', emails: 'not-an-email' });
  await expect(entry.formErrors).toContainText('“邮箱”不是有效的邮箱地址');
  await expect(entry.formErrors).toContainText('not-an-email');
  await expect(entry.field('emails')).toBeFocused();
  await expect(entry.field('name')).toHaveValue('Bad Email'); // the card is kept for correction
  await entry.expectTodayCount(0);

  await entry.page.reload();
  const list = new LeadListPage(entry.page);
  await list.open();
  await list.expectCount(0, 0);

  // From anywhere, Alt+N opens card entry with the cursor in the first field.
  await entry.page.keyboard.press('Alt+N');
  await entry.ready();
});

test('tags typed on a card are saved, shown in the list, filtered on, and changed in bulk', async ({
  context,
}) => {
  const entry = await LeadEntryPage.openOffline(context);
  // Each tag is ended with Enter; Enter on the empty tag input then saves the card as from any field.
  await entry.typeCard({ name: 'Tagged Buyer', company: 'Tag GmbH' }, { submit: false });
  await entry.addTags(['VIP', 'Canton']);
  await entry.page.keyboard.press('Enter');
  await entry.expectTodayCount(1);
  await expect(entry.field('name')).toBeFocused();
  await entry.typeCard({ name: 'Plain Buyer', company: 'Plain Ltd' });
  await entry.expectTodayCount(2);

  const list = new LeadListPage(entry.page);
  await list.open();
  await list.expectCount(2, 2);
  const tagged = list.rows.filter({ hasText: 'Tagged Buyer' });
  const plain = list.rows.filter({ hasText: 'Plain Buyer' });
  await expect(tagged.getByTestId('lead-tags')).toHaveText(/VIP\s*Canton/);
  await list.filterTag('vip');
  await list.expectCount(1, 2);
  await expect(list.rows.first()).toContainText('Tagged Buyer');
  await list.clearFilters();

  // Both ticked: one tag added to each, one taken from the lead that had it.
  await list.tick('Tagged Buyer');
  await list.tick('Plain Buyer');
  await entry.page.getByTestId('bulk-edit-button').click();
  const bulk = entry.page.getByTestId('bulk-edit-dialog');
  await bulk.getByLabel('添加标签').fill('Follow-up');
  await entry.page.keyboard.press('Enter');
  await bulk.getByLabel('移除标签').fill('VIP');
  await entry.page.keyboard.press('Enter');
  await entry.page.keyboard.press('Tab'); // on, closing the tag suggestions
  await bulk.getByTestId('bulk-edit-submit').click();
  await expect(bulk).toBeHidden();
  await expect(tagged.getByTestId('lead-tags')).toHaveText(/^Canton\s*Follow-up$/);
  await expect(plain.getByTestId('lead-tags')).toHaveText('Follow-up');

  // Stored, not just shown: after a reload, and in the lead's edit form.
  await entry.page.reload();
  await list.expectCount(2, 2);
  await expect(tagged.getByTestId('lead-tags')).toHaveText(/^Canton\s*Follow-up$/);
  await tagged.click();
  await entry.page.getByRole('button', { name: '编辑' }).click();
  const tagsField = entry.page.locator('[data-field="tags"]');
  await expect(tagsField).toContainText('Canton');
  await expect(tagsField).toContainText('Follow-up');
  await expect(tagsField).not.toContainText('VIP');
});
