import type { Kysely } from 'kysely';
import type { CollectionName } from '../../shared/model/collections';
import { companyKey } from '../../shared/rules/contact-normalise';
import { newId } from '../../shared/model/id';
import { validateDoc } from '../../shared/model/validate';
import { defaultPipelines, ORDINARY_PIPELINE_ID } from '../../shared/pipeline/defaults';
import { DEMO_ACCOUNTS } from '../../shared/demo/organisation';
import type { Database } from '../db/schema';
import { writeDoc } from '../db/docs-table';
import { seedDemo } from './seed';

/** How much of everything per lead, roughly a real export team's proportions. */
export const VOLUME_RATIOS = { accounts: 0.2, opportunities: 0.1, activities: 0.5 } as const;

const ZH_SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
];
const ZH_GIVEN = ['芳', '伟', '娜', '敏', '静', '强', '磊', '洋', '艳', '勇', '军', '杰', '涛', '明', '超'];
const ZH_CITIES = ['宁波', '义乌', '深圳', '广州', '厦门', '苏州', '青岛', '佛山'];
const ZH_TRADES = ['家电', '五金', '电子', '纺织', '灯饰', '厨具', '卫浴', '玩具'];
const EN_FIRST = ['Hans', 'Anna', 'John', 'Maria', 'Ahmed', 'Laura', 'Pierre', 'Sofia', 'Lucas', 'Emma'];
const EN_LAST = ['Müller', 'Smith', 'García', 'Rossi', 'Dubois', 'Al-Farsi', 'Kowalski', 'Jensen', 'Silva'];
const EN_COMPANY = ['Trading', 'Imports', 'Home Appliances', 'Retail Group', 'Distribution', 'Supplies'];
const EN_SUFFIX = ['GmbH', 'Ltd', 'LLC', 'SL', 'SARL', 'Inc.', 'BV'];
const COUNTRIES = ['DE', 'US', 'ES', 'FR', 'IT', 'AE', 'PL', 'NL', 'GB', 'CN'];

/** A small deterministic generator: the same --seed gives the same data. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

export interface VolumeOptions {
  leads: number;
  seed?: number;
  now?: Date;
}

export type VolumeDoc = { collection: CollectionName; doc: Record<string, unknown> };

/**
 * Leads, accounts, opportunities and activities for the demo reps, in proportion, half Chinese and half
 * English names, spread over the last year. Every document is validated as the sync server would.
 */
export function generateVolume({ leads, seed = 1, now = new Date() }: VolumeOptions): VolumeDoc[] {
  if (!Number.isInteger(leads) || leads < 1)
    throw new Error(`--leads: must be a whole number ≥ 1, got ${leads}`);
  const r = rng(seed);
  const reps = DEMO_ACCOUNTS.filter((a) => a.role === 'rep');
  const stages = defaultPipelines()
    .find((p) => p.id === ORDINARY_PIPELINE_ID)!
    .pipeline.stages.filter((s) => s.kind === 'open');
  const out: VolumeDoc[] = [];
  const dayMs = 86_400_000;
  const when = () => new Date(now.getTime() - Math.floor(r.next() * 365) * dayMs).toISOString();
  const stamp = (i: number) => {
    const rep = reps[i % reps.length]!;
    const at = when();
    return {
      id: newId(Date.parse(at)),
      ownerId: rep.id,
      departmentId: rep.departmentId,
      createdAt: at,
      updatedAt: at,
      createdBy: rep.id,
      updatedBy: rep.id,
    };
  };
  const person = (i: number) =>
    i % 2
      ? {
          name: `${r.pick(ZH_SURNAMES)}${r.pick(ZH_GIVEN)}`,
          company: `${r.pick(ZH_CITIES)}${r.pick(ZH_TRADES)}进出口有限公司`,
          country: 'CN',
        }
      : {
          name: `${r.pick(EN_FIRST)} ${r.pick(EN_LAST)}`,
          company: `${r.pick(EN_LAST)} ${r.pick(EN_COMPANY)} ${r.pick(EN_SUFFIX)}`,
          country: r.pick(COUNTRIES.slice(0, -1)),
        };
  const push = (collection: CollectionName, doc: Record<string, unknown>) => {
    const checked = validateDoc(collection, doc);
    if (!checked.ok)
      throw new Error(`${collection}: ${checked.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    out.push({ collection, doc: checked.value as Record<string, unknown> });
  };

  const accountIds: { id: string; ownerId: string; departmentId: string }[] = [];
  for (let i = 0; i < Math.max(1, Math.round(leads * VOLUME_RATIOS.accounts)); i++) {
    const p = person(i);
    const base = stamp(i);
    accountIds.push(base);
    push('accounts', {
      ...base,
      name: p.company,
      nameKey: companyKey(p.company),
      country: p.country,
      phones: [],
      emails: [],
      tier: r.pick(['A', 'B', 'C'] as const),
      lifecycle: r.pick(['prospect', 'customer'] as const),
    });
  }
  for (let i = 0; i < leads; i++) {
    const p = person(i);
    const base = stamp(i);
    push('leads', {
      ...base,
      name: p.name,
      company: p.company,
      companyKey: companyKey(p.company),
      phones: [],
      emails: [`buyer${i}@example${i % 97}.com`],
      country: p.country,
      interest: r.pick(['hot', 'warm', 'cold'] as const),
      status: r.pick(['new', 'new', 'contacted', 'qualified'] as const),
      campaignId: '',
      capturedAt: base.createdAt,
    });
  }
  for (let i = 0; i < Math.round(leads * VOLUME_RATIOS.opportunities); i++) {
    const account = accountIds[i % accountIds.length]!;
    const stage = r.pick(stages);
    push('opportunities', {
      ...stamp(i),
      ownerId: account.ownerId,
      departmentId: account.departmentId,
      name: `${r.pick(ZH_TRADES)} / ${r.pick(EN_COMPANY)} #${i + 1}`,
      kind: 'ordinary',
      accountId: account.id,
      contactIds: [],
      pipelineId: ORDINARY_PIPELINE_ID,
      stageId: stage.id,
      probability: stage.probability,
      probabilityOverridden: false,
      amount: Math.round(5_000 + r.next() * 95_000),
      currency: r.pick(['USD', 'EUR', 'CNY'] as const),
      expectedCloseDate: new Date(now.getTime() + Math.floor(r.next() * 120) * dayMs)
        .toISOString()
        .slice(0, 10),
      status: 'open',
      difficulty: 1,
      sourceType: 'account',
      sourceId: account.id,
      campaignId: '',
      lines: [],
      teamMemberIds: [],
      milestones: [],
    });
  }
  for (let i = 0; i < Math.round(leads * VOLUME_RATIOS.activities); i++) {
    const account = accountIds[i % accountIds.length]!;
    const base = stamp(i);
    push('activities', {
      ...base,
      ownerId: account.ownerId,
      departmentId: account.departmentId,
      kind: r.pick(['call', 'email', 'visit', 'note'] as const),
      subjectType: 'account',
      subjectId: account.id,
      accountId: account.id,
      at: base.createdAt,
      title: r.pick([
        '跟进报价 Follow up on the quote',
        '确认样品 Confirm samples',
        '电话沟通 Call about the order',
      ]),
    });
  }
  return out;
}

/** Writes the demo organisation (if missing) and the generated volume, in batches. Returns counts. */
export async function seedVolume(
  db: Kysely<Database>,
  options: VolumeOptions,
): Promise<Record<string, number>> {
  await seedDemo(db);
  const docs = generateVolume(options);
  const counts: Record<string, number> = {};
  for (let i = 0; i < docs.length; i += 500) {
    const batch = docs.slice(i, i + 500);
    await db.transaction().execute(async (tx) => {
      for (const { collection, doc } of batch)
        await writeDoc(
          tx,
          collection,
          doc as Record<string, unknown> & { ownerId: string; departmentId: string },
          false,
          false,
        );
    });
    for (const { collection } of batch) counts[collection] = (counts[collection] ?? 0) + 1;
  }
  return counts;
}
