// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { validDocs, newFieldsOf } from '@shared/model/fixtures';
import type { CrmDatabase } from '../../db/database';
import { insertDoc } from '../../db/write';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import { LeadEntryPage } from './LeadEntryPage';

let db: CrmDatabase;
beforeEach(() => localStorage.clear());
withTestDatabase((opened) => (db = opened));

const field = (name: string) => document.querySelector<HTMLInputElement>(`form [name="${name}"]`)!;
const leadCount = () => db.leads.count().exec();

function renderEntry(language: 'zh-CN' | 'en' = 'zh-CN') {
  render(
    <AppTestProviders db={db} language={language}>
      <LeadEntryPage />
    </AppTestProviders>,
  );
}

describe('card entry form', () => {
  it('Enter saves the card, clears the form and puts the cursor back in the first field', async () => {
    const user = userEvent.setup();
    renderEntry();
    await waitFor(() => expect(field('name')).toHaveFocus());
    await user.type(field('name'), 'Hans Müller');
    await user.type(field('company'), 'Müller GmbH');
    await user.type(field('phones'), '+49 30 1234 5678');
    await user.type(field('emails'), 'Hans@Mueller.de{Enter}');

    await waitFor(async () => expect(await leadCount()).toBe(1));
    const saved = (await db.leads.findOne().exec())!.toJSON();
    expect(saved).toMatchObject({
      name: 'Hans Müller',
      company: 'Müller GmbH',
      emails: ['hans@mueller.de'],
      phones: ['+493012345678'],
      status: 'new',
      ownerId: 'local',
    });
    expect(field('name').value).toBe('');
    expect(field('emails').value).toBe('');
    expect(field('name')).toHaveFocus();
    await waitFor(() => expect(screen.getByTestId('today-count')).toHaveTextContent('今日已录入 1 张'));
  });

  it('tags every card with the current show kept across restarts', async () => {
    localStorage.setItem('crm.currentShow', validDocs.campaigns.id);
    await db.campaigns.insert(validDocs.campaigns);
    const user = userEvent.setup();
    renderEntry();
    await screen.findByDisplayValue(validDocs.campaigns.name);
    await user.type(field('name'), 'Ana{Enter}');
    await waitFor(async () => expect(await leadCount()).toBe(1));
    expect((await db.leads.findOne().exec())!.campaignId).toBe(validDocs.campaigns.id);
  });

  it('refuses an invalid email with a message naming the field, and saves nothing', async () => {
    const user = userEvent.setup();
    renderEntry();
    await user.type(field('name'), 'Bad Email');
    await user.type(field('emails'), 'not-an-email{Enter}');

    const alert = await screen.findByTestId('form-errors');
    expect(alert).toHaveTextContent('“邮箱”不是有效的邮箱地址：not-an-email');
    expect(field('emails')).toHaveFocus();
    expect(field('name').value).toBe('Bad Email');
    expect(await leadCount()).toBe(0);
  });

  it('names the field in English when English is chosen', async () => {
    const user = userEvent.setup();
    renderEntry('en');
    await user.type(field('name'), 'Bad Phone');
    await user.type(field('phones'), '12{Enter}');
    expect(await screen.findByTestId('form-errors')).toHaveTextContent(
      '"Phones" is not a valid phone number: 12',
    );
    expect(await leadCount()).toBe(0);
  });

  it('warns about a duplicate email with who owns the match, without blocking the save', async () => {
    const fields = newFieldsOf('leads');
    await insertDoc(db, 'leads', { ...fields, ownerId: 'u-wang' }, { userId: 'u-wang', departmentId: 'd-1' });
    const user = userEvent.setup();
    renderEntry();
    await user.type(field('name'), 'H. Mueller');
    await user.type(field('emails'), 'HANS@mueller.de');

    const warning = await screen.findByTestId('duplicate-warning');
    expect(warning).toHaveTextContent('Hans Müller');
    // A user this device does not know is named as such, never by a raw id.
    expect(warning).toHaveTextContent('负责人：未知用户');
    expect(warning).not.toHaveTextContent('u-wang');
    expect(warning).toHaveTextContent('相同邮箱');
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await leadCount()).toBe(2));
    // The warning stays with the card just saved.
    expect(await screen.findByTestId('saved-duplicate-warning')).toHaveTextContent('Hans Müller');
  });

  it('Shift+Enter in notes adds a line instead of saving', async () => {
    const user = userEvent.setup();
    renderEntry();
    await user.type(field('name'), 'Notes Test');
    await user.type(field('notes'), 'line 1{Shift>}{Enter}{/Shift}line 2');
    expect(await leadCount()).toBe(0);
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await leadCount()).toBe(1));
    expect((await db.leads.findOne().exec())!.notes).toBe('line 1\nline 2');
  });
});
