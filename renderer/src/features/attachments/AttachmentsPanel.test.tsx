// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CrmDatabase } from '../../db/database';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import { AttachmentsPanel } from './AttachmentsPanel';

let db: CrmDatabase;
beforeEach(() => localStorage.clear());
withTestDatabase((opened) => (db = opened));

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 2, 0, 0, 0, 1, 2, 3,
]);

describe('attachments panel', () => {
  it('stores a picked photo, describes it as an attachment of the record, hands its hash for upload, and saves a caption', async () => {
    const user = userEvent.setup();
    const stored: string[] = [];
    render(
      <AppTestProviders db={db} language="en">
        <AttachmentsPanel
          subjectType="sample"
          subjectId="sample-0001"
          accountId="account-01"
          onStored={(sha) => stored.push(sha)}
        />
      </AppTestProviders>,
    );
    expect(await screen.findByText('No attachments yet')).toBeTruthy();
    const input = screen.getByTestId('attachments-input') as HTMLInputElement;
    await user.upload(input, new File([PNG], 'box.png', { type: 'image/png' }));

    const sha = createHash('sha256').update(PNG).digest('hex');
    await waitFor(async () => expect(await db.attachments.count().exec()).toBe(1));
    const doc = (await db.attachments.findOne().exec())!.toJSON();
    expect(doc).toMatchObject({
      sha256: sha,
      name: 'box.png',
      mime: 'image/png',
      size: PNG.byteLength,
      subjectType: 'sample',
      subjectId: 'sample-0001',
      accountId: 'account-01',
    });
    expect(stored).toEqual([sha]);

    const tile = await screen.findByTestId('attachment-tile');
    expect(tile.getAttribute('data-sha256')).toBe(sha);
    const caption = screen.getByLabelText('Caption');
    await user.type(caption, 'box and contents');
    fireEvent.blur(caption);
    await waitFor(async () =>
      expect((await db.attachments.findOne().exec())!.toJSON().caption).toBe('box and contents'),
    );
  });

  it('refuses a file type it cannot store, saying which file, and writes nothing', async () => {
    const user = userEvent.setup();
    render(
      <AppTestProviders db={db} language="en">
        <AttachmentsPanel subjectType="lead" subjectId="lead-0001" />
      </AppTestProviders>,
    );
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(64).fill(0)]);
    await user.upload(
      screen.getByTestId('attachments-input') as HTMLInputElement,
      new File([elf], 'tool.bin'),
    );
    expect(await screen.findByText(/Cannot add “tool.bin”/)).toBeTruthy();
    expect(await db.attachments.count().exec()).toBe(0);
  });
});
