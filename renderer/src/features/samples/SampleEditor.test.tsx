// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { newFieldsOf } from '@shared/model/fixtures';
import type { Sample } from '@shared/model/sample';
import type { CrmDatabase } from '../../db/database';
import { insertDoc } from '../../db/write';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import { LOCAL_SESSION } from '../../data/session';
import { SamplesPage } from './SamplesPage';
import { SampleEditor } from './SampleEditor';

let db: CrmDatabase;
beforeEach(() => localStorage.clear());
withTestDatabase((opened) => (db = opened));

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 2, 0, 0, 0, 1, 2, 3,
]);
const input = (name: string) =>
  document.querySelector<HTMLInputElement>(`[data-testid="sample-editor"] [name="${name}"]`)!;
const actor = { userId: LOCAL_SESSION.userId, departmentId: '' };

/** A deal at "provide samples" (40 %) and a delivered sample of it, owned by `ownerId`. */
async function deliveredSampleOfDeal(ownerId = actor.userId) {
  const opp = await insertDoc(
    db,
    'opportunities',
    { ...newFieldsOf('opportunities'), name: 'Kettles for Müller', accountId: '', ownerId, departmentId: '' },
    actor,
  );
  const sample = await insertDoc(
    db,
    'samples',
    {
      accountId: '',
      opportunityId: opp.id,
      status: 'delivered',
      currency: 'CNY',
      lines: [{ productId: '', name: 'Kettle K-200', quantity: 2, unitCost: 35, charged: false }],
      courier: 'DHL',
      trackingNumber: '1234567890',
      shipDate: '2026-04-20',
      receivedDate: '2026-04-25',
      ownerId,
      departmentId: '',
    },
    actor,
  );
  return { opp, sample };
}

function Editor({ sample }: { sample: Sample }) {
  return (
    <SampleEditor
      sample={sample}
      opened
      onClose={() => undefined}
      refs={{ accounts: [], opportunities: [] }}
    />
  );
}

describe('sample editor', () => {
  it('takes photos before the first save, keeps them through a refused save, and attaches them on save', async () => {
    const user = userEvent.setup();
    render(
      <AppTestProviders db={db} language="en">
        <SamplesPage />
      </AppTestProviders>,
    );
    await user.click(await screen.findByRole('button', { name: 'New sample shipment' }));
    expect(screen.getByTestId('draft-attachments-hint')).toHaveTextContent('attached when you save');
    await user.upload(
      screen.getByTestId('attachments-input'),
      new File([PNG], 'box.png', { type: 'image/png' }),
    );
    expect(await screen.findByTestId('attachment-tile')).toBeTruthy();
    expect(screen.getByTestId('draft-attachments-hint')).toHaveTextContent('1 file(s) will be attached');
    expect(await db.attachments.count().exec()).toBe(0);

    // No product yet: the save is refused, nothing is written and the photo stays.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter at least one product')).toBeTruthy();
    expect(screen.getAllByTestId('attachment-tile')).toHaveLength(1);
    expect(await db.samples.count().exec()).toBe(0);

    await user.type(input('lines.0.name'), 'Kettle K-200');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.attachments.count().exec()).toBe(1));
    const sample = (await db.samples.findOne().exec())!.toJSON();
    expect((await db.attachments.findOne().exec())!.toJSON()).toMatchObject({
      sha256: createHash('sha256').update(PNG).digest('hex'),
      name: 'box.png',
      subjectType: 'sample',
      subjectId: sample.id,
    });
    // The editor is now on the saved sample; its photo is an attachment of it.
    await waitFor(() => expect(screen.getByTestId('sample-status')).toHaveTextContent('Requested'));
    expect(await screen.findByTestId('attachment-tile')).toBeTruthy();
    expect(screen.queryByTestId('draft-attachments-hint')).toBeNull();
  });

  it('records feedback without a rating and moves the linked opportunity to the next stage in the same save', async () => {
    const user = userEvent.setup();
    const { opp, sample } = await deliveredSampleOfDeal();
    render(
      <AppTestProviders db={db} language="en">
        <Editor sample={sample} />
      </AppTestProviders>,
    );
    const offer = await screen.findByTestId('feedback-stage');
    expect(offer).toHaveTextContent('Also move the opportunity “Kettles for Müller”');
    expect(offer).toHaveTextContent('Now at: Provide samples (40%)');
    await user.click(screen.getByLabelText(/Also move the opportunity/));
    expect(screen.getByTestId('feedback-stage-to')).toHaveValue('Quotation (60%)');
    await user.type(input('feedbackText'), 'colour OK, plug type wrong');
    await user.click(screen.getByRole('button', { name: 'Record feedback' }));

    await waitFor(async () =>
      expect((await db.opportunities.findOne(opp.id).exec())!.toJSON()).toMatchObject({
        stageId: 'st-quote',
        probability: 60,
      }),
    );
    const saved = (await db.samples.findOne(sample.id).exec())!.toJSON();
    expect(saved).toMatchObject({ status: 'feedback', feedbackText: 'colour OK, plug type wrong' });
    expect(saved.feedbackRating).toBeUndefined();
    const history = await db.activities.find({ selector: { subjectId: opp.id, kind: 'stageChange' } }).exec();
    expect(history.map((a) => a.toJSON().body)).toEqual(['Sample feedback: colour OK, plug type wrong']);
  });

  it('moves nothing when the feedback itself is refused', async () => {
    const user = userEvent.setup();
    const { opp, sample } = await deliveredSampleOfDeal();
    render(
      <AppTestProviders db={db} language="en">
        <Editor sample={sample} />
      </AppTestProviders>,
    );
    await user.click(await screen.findByLabelText(/Also move the opportunity/));
    await user.click(screen.getByRole('button', { name: 'Record feedback' }));
    expect(await screen.findByText('“Customer feedback” is required')).toBeTruthy();
    expect((await db.opportunities.findOne(opp.id).exec())!.toJSON().stageId).toBe('st-samples');
    expect((await db.samples.findOne(sample.id).exec())!.toJSON().status).toBe('delivered');
  });

  it('offers the move disabled, with the reason, to someone who may not change the deal', async () => {
    const { sample } = await deliveredSampleOfDeal('someone-else');
    render(
      <AppTestProviders db={db} language="en">
        <Editor sample={sample} />
      </AppTestProviders>,
    );
    const offer = await screen.findByTestId('feedback-stage');
    expect(screen.getByLabelText(/Also move the opportunity/)).toBeDisabled();
    expect(offer).toHaveTextContent('Only the owner of this opportunity or their manager can move its stage');
  });
});
