import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { defaultPipelines } from '@shared/pipeline/defaults';
import { openDatabase, type CrmDatabase } from '../../db/database';
import { createQuote } from '../documents';
import { moveToStage } from './stage-move';

const actor = { userId: 'u-zhang', departmentId: 'd-1' };
const pipeline = defaultPipelines()[0]!.pipeline;
let db: CrmDatabase | undefined;
afterEach(async () => {
  await db?.remove();
  db = undefined;
});

async function setup(over: Partial<Opportunity> = {}) {
  db = await openDatabase({
    name: `sm${Date.now()}${Math.random().toString(36).slice(2, 6)}`,
    storage: getRxStorageDexie() as never,
    multiInstance: false,
  });
  const opp = { ...validDocs.opportunities, stageId: 'st-visit', probability: 35, ...over } as Opportunity;
  await db.opportunities.insert(opp);
  return { db, opp };
}

describe('moveToStage', () => {
  it('moves the deal, sets the stage probability and appends a stage-history event', async () => {
    const { db, opp } = await setup({ stageId: 'st-got', probability: 10 });
    const r = await moveToStage(db, opp, 'st-contact', pipeline, actor, '  called the buyer ');
    expect(r.ok).toBe(true);
    const stored = (await db.opportunities.findOne(opp.id).exec())!;
    expect(stored.stageId).toBe('st-contact');
    expect(stored.probability).toBe(20);
    const history = await db.activities.find({ selector: { subjectId: opp.id } }).exec();
    expect(history).toHaveLength(1);
    expect(history[0]!.kind).toBe('stageChange');
    expect(history[0]!.ownerId).toBe(opp.ownerId);
    expect(history[0]!.data).toMatchObject({
      fromStageId: 'st-got',
      toStageId: 'st-contact',
      probability: 20,
      byUserId: 'u-zhang',
      note: 'called the buyer',
    });
  });

  it('refuses a stage whose evidence is missing and writes nothing', async () => {
    const { db, opp } = await setup();
    const r = await moveToStage(db, opp, 'st-samples', pipeline, actor);
    expect(r).toEqual({
      ok: false,
      field: 'stageId',
      message: 'a shipped sample is required before this stage',
      missing: ['sample'],
    });
    expect((await db.opportunities.findOne(opp.id).exec())!.stageId).toBe('st-visit');
    expect(await db.activities.count().exec()).toBe(0);
  });

  it('lets the deal in once a sample for it has shipped', async () => {
    const { db, opp } = await setup();
    await db.samples.insert({ ...validDocs.samples, opportunityId: opp.id, status: 'shipped' } as never);
    const r = await moveToStage(db, opp, 'st-samples', pipeline, actor);
    expect(r.ok).toBe(true);
  });

  it('lets the deal into a stage requiring a quote once a quote was created from it', async () => {
    // A company whose quotation stage (st-quote) demands a quote on file.
    const quoting = {
      ...pipeline,
      stages: pipeline.stages.map((s) => (s.id === 'st-quote' ? { ...s, requires: ['quote' as const] } : s)),
    };
    const { db, opp } = await setup();
    expect(await moveToStage(db, opp, 'st-quote', quoting, actor)).toMatchObject({
      ok: false,
      missing: ['quote'],
    });
    // A quote of another deal, a contract of this one and a withdrawn quote of this one do not count.
    await createQuote(db, { ...opp, id: 'opp-other01' }, actor);
    await db.documents.insert({
      ...validDocs.documents,
      id: 'doc-contract01',
      kind: 'contract',
      sourceType: 'opportunity',
      sourceId: opp.id,
    } as never);
    await db.documents.insert({
      ...validDocs.documents,
      id: 'doc-cancelled1',
      kind: 'quote',
      status: 'cancelled',
      sourceType: 'opportunity',
      sourceId: opp.id,
    } as never);
    expect((await moveToStage(db, opp, 'st-quote', quoting, actor)).ok).toBe(false);

    const quote = await createQuote(db, opp, actor);
    expect(quote.ok).toBe(true);
    const r = await moveToStage(db, opp, 'st-quote', quoting, actor);
    expect(r.ok && r.opportunity.stageId).toBe('st-quote');
  });

  it('closes the deal as won when it enters the won stage', async () => {
    const { db, opp } = await setup({ stageId: 'st-audit', probability: 80 });
    const r = await moveToStage(db, opp, 'st-won', pipeline, actor);
    expect(r.ok && r.opportunity.status).toBe('won');
    expect(r.ok && r.opportunity.closedAt).toBeTruthy();
  });
});
