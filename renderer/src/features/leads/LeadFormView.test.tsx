// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { leadFormModel } from '@shared/forms/lead-form';
import { leadSchema } from '@shared/model/lead';
import { text } from '@shared/model/text';
import { DuplicateIndex } from '@shared/rules/duplicates';
import type { CrmDatabase } from '../../db/database';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import { LOCAL_SESSION } from '../../data/session';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { saveSetting } from '../../data/save-setting';
import { LeadEntryPage } from './LeadEntryPage';
import { LeadFormView } from './LeadFormView';

let db: CrmDatabase;
beforeEach(() => localStorage.clear());
withTestDatabase((opened) => (db = opened));

const field = (name: string) => document.querySelector<HTMLInputElement>(`form [name="${name}"]`)!;
const leadFields = (lang: typeof zhCN) => lang.lead.fields as Record<string, string>;

describe('the lead form is drawn from the lead schema', () => {
  // The fixture: a text field added to the lead schema, and its label. Nothing else changes.
  const extended = leadSchema.extend({ wechatGroup: text().max(20).optional() });
  beforeEach(() => {
    leadFields(zhCN).wechatGroup = '微信群';
    leadFields(en).wechatGroup = 'WeChat group';
  });
  afterEach(() => {
    delete leadFields(zhCN).wechatGroup;
    delete leadFields(en).wechatGroup;
  });

  function renderForm(language: 'zh-CN' | 'en', onSave = vi.fn(async () => {})) {
    render(
      <AppTestProviders db={db} language={language}>
        <LeadFormView
          model={leadFormModel([], extended)}
          duplicates={new DuplicateIndex([])}
          duplicatesVersion={0}
          onSave={onSave}
          clearOnSave
          submitLabel="save"
        />
      </AppTestProviders>,
    );
    return onSave;
  }

  it('shows a field added to the schema, with its label and its limit in the error message', async () => {
    const user = userEvent.setup();
    const onSave = renderForm('zh-CN');
    expect(await screen.findByLabelText('微信群')).toBe(field('wechatGroup'));
    await user.type(field('name'), 'Ana');
    await user.type(field('wechatGroup'), `${'g'.repeat(21)}{Enter}`);
    expect(await screen.findByTestId('form-errors')).toHaveTextContent('“微信群”太长：最多 20 个字符');
    expect(field('wechatGroup')).toHaveFocus();
    expect(onSave).not.toHaveBeenCalled();

    await user.clear(field('wechatGroup'));
    await user.type(field('wechatGroup'), 'Canton 2026{Enter}');
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toMatchObject({ name: 'Ana', wechatGroup: 'Canton 2026' });
  });

  it('names the added field in English too', async () => {
    const user = userEvent.setup();
    renderForm('en');
    await user.type(field('name'), 'Ana');
    await user.type(field('wechatGroup'), `${'g'.repeat(21)}{Enter}`);
    expect(await screen.findByTestId('form-errors')).toHaveTextContent(
      '"WeChat group" is too long: at most 20 characters',
    );
  });
});

describe('custom fields defined by an admin', () => {
  it('appear in card entry and are saved under the lead custom values', async () => {
    await saveSetting(
      db,
      'cf-lead-booth',
      'customField',
      { entity: 'lead', key: 'booth', label: 'Booth No.', type: 'text', required: true, order: 0 },
      LOCAL_SESSION,
    );
    const user = userEvent.setup();
    render(
      <AppTestProviders db={db}>
        <LeadEntryPage />
      </AppTestProviders>,
    );
    const booth = await screen.findByLabelText(/Booth No\./);
    await user.type(field('name'), 'Ana{Enter}');
    expect(await screen.findByTestId('form-errors')).toHaveTextContent('“Booth No.”为必填项');
    expect(booth).toHaveFocus();
    await user.type(booth, 'H3-21{Enter}');
    await waitFor(async () => expect(await db.leads.count().exec()).toBe(1));
    expect((await db.leads.findOne().exec())!.toJSON()).toMatchObject({
      name: 'Ana',
      custom: { booth: 'H3-21' },
    });
  });
});
