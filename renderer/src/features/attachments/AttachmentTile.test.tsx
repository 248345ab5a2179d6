// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CrmBridge } from '@shared/ipc/bridge';
import type { OpenOutcome } from '@shared/ipc/contract';
import { validDocs } from '@shared/model/fixtures';
import type { CrmDatabase } from '../../db/database';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import { AttachmentTile } from './AttachmentTile';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

let outcome: OpenOutcome = 'opened';
const opened: string[] = [];
// The desktop bridge: the file is on this device; opening answers what main decided.
window.crm = {
  files: {
    has: async () => ({ ok: true, value: true }),
    thumbnail: async () => ({ ok: true, value: { available: false } }),
    open: async ({ name }: { name: string }) => {
      opened.push(name);
      return { ok: true, value: { outcome } };
    },
  },
} as unknown as CrmBridge;

describe('attachment tile', () => {
  it('says why a file was not opened when its content is not a document or image', async () => {
    const user = userEvent.setup();
    const attachment = { ...validDocs.attachments, name: 'setup.msi' };
    render(
      <AppTestProviders db={db} language="en">
        <AttachmentTile attachment={attachment} onCaption={() => undefined} />
      </AppTestProviders>,
    );
    const button = (await screen.findByRole('button', { name: 'Open' })) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(false));
    await user.click(button);
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(screen.queryByText(/was not opened/)).toBeNull();
    outcome = 'not-saved';
    await user.click(button);
    expect(await screen.findByText(/“setup.msi” was not opened/)).toBeTruthy();
    expect(opened).toEqual(['setup.msi', 'setup.msi']);
  });
});
