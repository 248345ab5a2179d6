/**
 * The reassignment fuzz (docs/sync-protocol.md, "What happens to an edit"): four devices (two laptops of
 * the rep Li, the rep Chen, their manager), each a real RxDB database with the app's own sync client in its
 * own process, against the real server. Seeded random steps; at the end every device must hold exactly
 * what its user may see, identical to the server, nothing pending, nothing duplicated, and every write a
 * device accepted must be accounted for by one of the outcomes the protocol document names.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { deepEqual, stableStringify } from '../../../shared/sync/merge';
import { newId } from '../../../shared/model/id';
import { api, login, startBackend, type Backend, type BackendKind } from '../harness';
import type { Command, FuzzCollection } from './device-process';
import { mulberry32, pick } from './random';

const COLLECTIONS: FuzzCollection[] = ['leads', 'accounts', 'contacts', 'activities'];
/** Free-text fields each step may write (values are unique per write, so every write can be traced). */
const FIELDS: Record<FuzzCollection, string[]> = {
  leads: ['notes', 'website', 'city'],
  accounts: ['notes', 'website'],
  contacts: ['title', 'notes'],
  activities: ['title', 'body'],
};
const DEVICES = [
  { key: 'li1', email: 'li@demo.local' },
  { key: 'li2', email: 'li@demo.local' },
  { key: 'chen', email: 'chen@demo.local' },
  { key: 'manager', email: 'manager@demo.local' },
] as const;
type DeviceKey = (typeof DEVICES)[number]['key'];
const CALL_TIMEOUT_MS = 120_000;

/** The outcomes an accepted write may have (docs/sync-protocol.md); anything else is a violation. */
export type Outcome = 'final' | 'superseded' | 'history' | 'notSynced' | 'deletedWithRecord';

export interface FuzzOptions {
  kind: BackendKind;
  seed: number;
  steps: number;
  /** Probability of a cut on each sync request while a device's network is flaky. */
  faultRate?: number;
  log?: (line: string) => void;
  /** Logs every step and every settling round as it happens. */
  verbose?: boolean;
}

interface Write {
  step: number;
  device: DeviceKey;
  collection: FuzzCollection;
  id: string;
  field: string;
  value: unknown;
  prev: unknown;
}

export interface Violation {
  kind: string;
  detail: string;
  /** The steps that touched the record (or all steps for a device-level violation). */
  reproduction: string[];
}

export interface FuzzReport {
  kind: BackendKind;
  seed: number;
  steps: number;
  ms: number;
  outcomes: Record<Outcome, number>;
  stepCounts: Record<string, number>;
  faultsInjected: { before: number; after: number };
  violations: Violation[];
}

type Doc = Record<string, unknown>;
type Dump = {
  docs: Record<FuzzCollection, Doc[]>;
  status: { pending: number; state: string } | null;
  notSynced: { collection: string; id: string; code: string; doc?: Doc; earlier?: Doc[] }[];
  faults: { before: number; after: number };
};

export class DeviceProc {
  private next = 1;
  private waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  online = false;
  flaky = false;
  userId = '';
  private constructor(
    readonly key: DeviceKey,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (msg: { seq?: number; ok?: boolean; result?: unknown; error?: string }) => {
      if (msg.seq === undefined) return;
      const w = this.waiting.get(msg.seq);
      this.waiting.delete(msg.seq);
      if (msg.ok) w?.resolve(msg.result);
      else w?.reject(new Error(`${key}: ${msg.error}`));
    });
    child.on('exit', (code) => {
      for (const w of this.waiting.values()) w.reject(new Error(`${key}: device process exited (${code})`));
      this.waiting.clear();
    });
  }

  static async start(key: DeviceKey): Promise<DeviceProc> {
    const child = fork(resolve(import.meta.dirname, 'device-process.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    await new Promise<void>((ready, fail) => {
      child.once('message', () => ready());
      child.once('exit', (code) => fail(new Error(`${key}: device process exited (${code})`)));
    });
    return new DeviceProc(key, child);
  }

  /** A command that does not answer within CALL_TIMEOUT_MS fails the run, naming the device and command. */
  call<T = any>(command: Command): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`${this.key}: "${command.cmd}" did not answer in ${CALL_TIMEOUT_MS / 1000} s`)),
        CALL_TIMEOUT_MS,
      );
      this.waiting.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v as T)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.child.send({ seq: id, command });
    });
  }

  kill() {
    this.child.kill();
  }
}

const domain = (doc: Doc) => {
  const out: Doc = {};
  for (const [k, v] of Object.entries(doc)) if (!k.startsWith('_') && v !== undefined) out[k] = v;
  return out;
};

/** Everything the user may read now, straight from the server (a pull from the start). */
async function serverView(url: string, token: string, collection: string, withDeleted = false) {
  const docs = new Map<string, Doc>();
  let checkpoint: unknown = null;
  for (;;) {
    const res = await api(
      url,
      token,
      'GET',
      `/sync/${collection}/pull?limit=5000&checkpoint=${encodeURIComponent(JSON.stringify(checkpoint))}`,
    );
    if (res.status !== 200) throw new Error(`pull ${collection}: ${res.status}`);
    for (const d of res.body.documents as Doc[]) docs.set(String(d.id), d);
    if (res.body.documents.length < 5000) break;
    checkpoint = res.body.checkpoint;
  }
  for (const [id, d] of docs) if (d._deleted && !withDeleted) docs.delete(id);
  return docs;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const rng = mulberry32(options.seed);
  const faultRate = options.faultRate ?? 0.15;
  const backend: Backend = await startBackend(options.kind);
  const url = backend.server.url;
  const devices = {} as Record<DeviceKey, DeviceProc>;
  const stepLog: { step: number; text: string; ids: string[]; devices: DeviceKey[] }[] = [];
  const writes: Write[] = [];
  /** Records the manager deleted for good: the step, and the copy its device held when it deleted. */
  const hardDeleted = new Map<string, { step: number; prev: Doc }>();
  const stepCounts: Record<string, number> = {};
  const count = (k: string) => (stepCounts[k] = (stepCounts[k] ?? 0) + 1);
  const record = (step: number, text: string, ids: string[], devs: DeviceKey[]) => {
    stepLog.push({ step, text, ids, devices: devs });
    if (options.verbose) log(`${step}: ${text}`);
  };
  const known: Record<FuzzCollection, string[]> = { leads: [], accounts: [], contacts: [], activities: [] };

  try {
    await Promise.all(
      DEVICES.map(async (d, i) => {
        const proc = await DeviceProc.start(d.key);
        const { user } = await proc.call<{ user: { id: string } }>({
          cmd: 'init',
          url,
          email: d.email,
          name: `fuzz-${d.key}-${options.seed}`,
          seed: options.seed * 31 + i,
        });
        proc.userId = user.id;
        await proc.call({ cmd: 'online' });
        proc.online = true;
        devices[d.key] = proc;
      }),
    );
    const managerToken = async () => (await login(url, 'manager@demo.local')).res.accessToken;
    let manager = await managerToken();
    const ids = async (device: DeviceProc, collection: FuzzCollection) =>
      ((await device.call<Dump>({ cmd: 'dump' })).docs[collection] ?? []).map((d) => d);

    for (let step = 1; step <= options.steps; step++) {
      const device = devices[pick(rng, DEVICES)!.key];
      const roll = rng();
      const tag = `s${step}`;
      if (options.verbose)
        log(`${new Date().toISOString().slice(11, 19)} step ${step} on ${device.key} (${roll.toFixed(2)})`);
      if (roll < 0.18) {
        // create
        const collection = pick(rng, COLLECTIONS)!;
        const field = pick(rng, FIELDS[collection])!;
        const value = `${tag}-${device.key}-new`;
        let fields: Doc;
        const now = new Date().toISOString();
        if (collection === 'leads')
          fields = {
            name: `Buyer ${tag}`,
            company: `Co ${tag}`,
            companyKey: `co ${tag}`,
            phones: [],
            emails: [],
            interest: 'warm',
            status: 'new',
            campaignId: '',
            capturedAt: now,
          };
        else if (collection === 'accounts')
          fields = {
            name: `Acct ${tag}`,
            nameKey: `acct ${tag}`,
            phones: [],
            emails: [],
            tier: 'C',
            lifecycle: 'prospect',
          };
        else {
          const account = pick(rng, await ids(device, 'accounts'));
          if (!account) continue;
          fields =
            collection === 'contacts'
              ? { accountId: account.id, name: `Contact ${tag}`, phones: [], emails: [], isPrimary: false }
              : {
                  kind: 'note',
                  subjectType: 'account',
                  subjectId: account.id,
                  accountId: account.id,
                  at: now,
                  title: `Note ${tag}`,
                };
          // A child is its account's owner's, as the app creates it.
          if (device.key === 'manager')
            Object.assign(fields, { ownerId: account.ownerId, departmentId: account.departmentId });
        }
        fields[field] = value;
        const doc = await device.call<Doc>({ cmd: 'create', collection, fields });
        known[collection].push(String(doc.id));
        writes.push({
          step,
          device: device.key,
          collection,
          id: String(doc.id),
          field,
          value: doc[field],
          prev: undefined,
        });
        record(
          step,
          `${device.key} creates ${collection}/${doc.id} ${field}=${value}`,
          [String(doc.id), String(fields.accountId ?? '')],
          [device.key],
        );
        count('create');
      } else if (roll < 0.55) {
        // edit (sometimes a deliberate same-field clash: the same field on a second, offline device)
        const collection = pick(rng, COLLECTIONS)!;
        const target = pick(rng, await ids(device, collection));
        if (!target) continue;
        const field = pick(rng, FIELDS[collection])!;
        const clash = rng() < 0.25;
        const second = clash
          ? devices[
              pick(
                rng,
                DEVICES.filter((d) => d.key !== device.key),
              )!.key
            ]
          : null;
        if (second?.online) {
          await second.call({ cmd: 'offline' });
          second.online = false;
          record(step, `${second.key} goes offline`, [], [second.key]);
        }
        for (const d of second ? [device, second] : [device]) {
          const value = `${tag}-${d.key}`;
          const res = await d.call<{ prev: Doc; doc: Doc } | null>({
            cmd: 'update',
            collection,
            id: String(target.id),
            patch: { [field]: value },
          });
          if (!res) continue;
          writes.push({
            step,
            device: d.key,
            collection,
            id: String(target.id),
            field,
            value,
            prev: res.prev[field],
          });
          record(
            step,
            `${d.key} sets ${collection}/${target.id} ${field}=${value}`,
            [String(target.id)],
            [d.key],
          );
          count(second ? 'clash-edit' : 'edit');
        }
      } else if (roll < 0.6) {
        const collection = pick(rng, COLLECTIONS)!;
        const target = pick(rng, await ids(device, collection));
        if (!target || target.trashedAt) continue;
        const res = await device.call<{ doc: Doc } | null>({
          cmd: 'trash',
          collection,
          id: String(target.id),
        });
        if (!res) continue;
        writes.push({
          step,
          device: device.key,
          collection,
          id: String(target.id),
          field: 'trashedAt',
          value: res.doc.trashedAt,
          prev: undefined,
        });
        record(step, `${device.key} trashes ${collection}/${target.id}`, [String(target.id)], [device.key]);
        count('trash');
      } else if (roll < 0.72) {
        device.online = !device.online;
        await device.call({ cmd: device.online ? 'online' : 'offline' });
        record(step, `${device.key} goes ${device.online ? 'online' : 'offline'}`, [], [device.key]);
        count(device.online ? 'online' : 'offline');
      } else if (roll < 0.77) {
        await device.call({ cmd: 'restart' });
        record(step, `${device.key} restarts (storage kept)`, [], [device.key]);
        count('restart');
      } else if (roll < 0.82) {
        device.flaky = !device.flaky;
        const p = device.flaky ? faultRate : 0;
        await device.call({ cmd: 'faults', before: p, after: p });
        record(step, `${device.key} network ${device.flaky ? 'flaky' : 'steady'}`, [], [device.key]);
        count('network');
      } else if (roll < 0.92) {
        // The manager reassigns a lead or an account (with its children) between the reps.
        const collection = rng() < 0.6 ? 'accounts' : 'leads';
        const id = pick(rng, known[collection]);
        if (!id) continue;
        const to = rng() < 0.5 ? devices.li1.userId : devices.chen.userId;
        let res = await api(url, manager, 'POST', '/assign', { collection, ids: [id], ownerId: to });
        if (res.status === 401) {
          manager = await managerToken();
          res = await api(url, manager, 'POST', '/assign', { collection, ids: [id], ownerId: to });
        }
        record(step, `manager assigns ${collection}/${id} to ${to} (${res.status})`, [id], []);
        count('reassign');
      } else if (roll < 0.94) {
        const m = devices.manager;
        const collection = pick(rng, COLLECTIONS)!;
        const target = pick(rng, await ids(m, collection));
        if (!target) continue;
        const res = await m.call<{ prev: Doc } | null>({
          cmd: 'hardDelete',
          collection,
          id: String(target.id),
        });
        if (!res) continue;
        hardDeleted.set(String(target.id), { step, prev: res.prev });
        record(step, `manager deletes ${collection}/${target.id} for good`, [String(target.id)], ['manager']);
        count('hardDelete');
      } else {
        await settle(false);
        record(step, 'everyone online, network steady, sync', [], []);
        count('settle');
      }
    }
    await settle(true);
    return await verify();
  } finally {
    await Promise.all(
      Object.values(devices).map((d) =>
        d
          .call({ cmd: 'close' })
          .catch(() => undefined)
          .finally(() => d.kill()),
      ),
    );
    await backend.stop();
  }

  async function settle(final: boolean) {
    for (const d of Object.values(devices)) {
      if (d.flaky) await d.call({ cmd: 'faults', before: 0, after: 0 });
      d.flaky = false;
      if (!d.online) await d.call({ cmd: 'online' });
      d.online = true;
    }
    const deadline = Date.now() + 30_000 + (final ? options.steps * 20 : 0);
    let lastProblem = '';
    for (;;) {
      await Promise.all(Object.values(devices).map((d) => d.call({ cmd: 'sync' })));
      lastProblem = await convergenceProblem();
      if (options.verbose && lastProblem) log(`  settling: ${lastProblem}`);
      if (!lastProblem || Date.now() > deadline) break;
    }
    if (lastProblem && final) log(`not converged: ${lastProblem}`);
  }

  async function userToken(email: string) {
    return (await login(url, email)).res.accessToken;
  }

  /** The first difference between a device and the server (or a device still pending), or ''. */
  async function convergenceProblem(): Promise<string> {
    const tokens = new Map<string, string>();
    for (const d of DEVICES) if (!tokens.has(d.email)) tokens.set(d.email, await userToken(d.email));
    for (const d of DEVICES) {
      const dump = await devices[d.key].call<Dump>({ cmd: 'dump' });
      if (!dump.status || dump.status.pending !== 0 || dump.status.state !== 'synced')
        return `${d.key} is ${dump.status?.state} with ${dump.status?.pending} pending`;
      for (const c of COLLECTIONS) {
        const truth = await serverView(url, tokens.get(d.email)!, c);
        const mine = new Map(dump.docs[c].map((doc) => [String(doc.id), doc]));
        for (const [id, doc] of truth) {
          const local = mine.get(id);
          if (!local) return `${d.key} lacks ${c}/${id}`;
          if (!deepEqual(domain(local), domain(doc)))
            return `${d.key} holds another version of ${c}/${id}: ${stableStringify(domain(local))} vs server ${stableStringify(domain(doc))}`;
        }
        for (const id of mine.keys())
          if (!truth.has(id)) return `${d.key} holds ${c}/${id}, which its user may not see`;
      }
    }
    return '';
  }

  async function verify(): Promise<FuzzReport> {
    const violations: Violation[] = [];
    const reproduction = (id?: string, devs: DeviceKey[] = []) =>
      stepLog
        .filter(
          (s) =>
            !id ||
            s.ids.includes(id) ||
            s.devices.some((d) => devs.includes(d)) ||
            s.text.startsWith('everyone') ||
            (s.ids.length === 0 && s.devices.length === 0),
        )
        .map((s) => `${s.step}: ${s.text}`);
    const problem = await convergenceProblem();
    if (problem) violations.push({ kind: 'not converged', detail: problem, reproduction: reproduction() });

    const admin = await userToken('admin@demo.local');
    const server = {} as Record<FuzzCollection, Map<string, Doc>>;
    for (const c of COLLECTIONS) server[c] = await serverView(url, admin, c, true);
    const dumps = {} as Record<DeviceKey, Dump>;
    for (const d of DEVICES) dumps[d.key] = await devices[d.key].call<Dump>({ cmd: 'dump' });

    // Nothing duplicated: one clash record per clash.
    const clashes = [...server.activities.values()].filter((a) => a.kind === 'conflict' && !a._deleted);
    const seen = new Map<string, string>();
    for (const a of clashes) {
      const data = a.data as Doc;
      const key = stableStringify([a.subjectId, data.field, data.loserValue, data.winnerValue]);
      if (seen.has(key))
        violations.push({
          kind: 'duplicate clash record',
          detail: `${seen.get(key)} and ${a.id} record the same clash on ${a.subjectId}`,
          reproduction: reproduction(String(a.subjectId)),
        });
      seen.set(key, String(a.id));
    }
    const inHistory = (w: Write) =>
      clashes.some((a) => {
        const data = a.data as Doc;
        return a.subjectId === w.id && data.field === w.field && deepEqual(data.loserValue, w.value);
      });
    const inNotSynced = (w: Write) =>
      dumps[w.device].notSynced.some(
        (item) =>
          (item.collection === w.collection &&
            item.id === w.id &&
            [item.doc, ...(item.earlier ?? [])].some((d) => deepEqual(d?.[w.field], w.value))) ||
          (item.doc?.kind === 'conflict' &&
            item.doc.subjectId === w.id &&
            (item.doc.data as Doc | undefined)?.field === w.field &&
            deepEqual((item.doc.data as Doc).loserValue, w.value)),
      );
    // A hard delete takes the record as the server holds it when the deletion lands, not as it was when the
    // manager clicked (their device may have been offline): an edit that reached the server first is in the
    // tombstone (the server never writes into a deleted row), and one the manager's own copy showed was seen
    // by them. An edit that reaches the server after it must be refused (GONE), so it is in the not-synced
    // list; the step numbers say neither.
    const goneWithRecord = (w: Write, tombstone: Doc) => {
      const deletion = hardDeleted.get(w.id);
      return (
        !!deletion && (deepEqual(tombstone[w.field], w.value) || deepEqual(deletion.prev[w.field], w.value))
      );
    };
    const outcomes: Record<Outcome, number> = {
      final: 0,
      superseded: 0,
      history: 0,
      notSynced: 0,
      deletedWithRecord: 0,
    };
    for (const w of writes) {
      const doc = server[w.collection].get(w.id);
      let outcome: Outcome | null = null;
      if (doc && !doc._deleted && deepEqual(doc[w.field], w.value)) outcome = 'final';
      else if (
        writes.some(
          (o) =>
            o !== w &&
            o.collection === w.collection &&
            o.id === w.id &&
            o.field === w.field &&
            o.step >= w.step &&
            deepEqual(o.prev, w.value),
        )
      )
        outcome = 'superseded';
      else if (inHistory(w)) outcome = 'history';
      else if (inNotSynced(w)) outcome = 'notSynced';
      else if (doc?._deleted && goneWithRecord(w, doc)) outcome = 'deletedWithRecord';
      if (outcome) outcomes[outcome]++;
      else
        violations.push({
          kind: 'write lost',
          detail: `${w.device} set ${w.collection}/${w.id} ${w.field}=${JSON.stringify(w.value)} at step ${w.step}; server has ${JSON.stringify(doc?.[w.field])}${doc?._deleted ? ' (deleted)' : ''}`,
          reproduction: reproduction(w.id, [w.device]),
        });
    }
    const faultsInjected = { before: 0, after: 0 };
    for (const d of Object.values(dumps)) {
      faultsInjected.before += d.faults.before;
      faultsInjected.after += d.faults.after;
    }
    return {
      kind: options.kind,
      seed: options.seed,
      steps: options.steps,
      ms: Date.now() - started,
      outcomes,
      stepCounts,
      faultsInjected,
      violations,
    };
  }
}

/** The report as text: seed, counts, and each violation with the steps that reproduce it. */
export function formatReport(r: FuzzReport): string {
  const lines = [
    `fuzz ${r.kind} seed=${r.seed} steps=${r.steps} in ${(r.ms / 1000).toFixed(1)} s`,
    `  outcomes: ${Object.entries(r.outcomes)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `  steps: ${Object.entries(r.stepCounts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `  network cuts: ${r.faultsInjected.before} before the server, ${r.faultsInjected.after} after it answered`,
    `  violations: ${r.violations.length}`,
  ];
  for (const v of r.violations) {
    lines.push(
      `  - ${v.kind}: ${v.detail}`,
      `    reproduce with --seed ${r.seed} --steps ${r.steps}; the steps involved:`,
    );
    for (const s of v.reproduction.slice(-60)) lines.push(`      ${s}`);
  }
  return lines.join('\n');
}

export const randomSeed = () =>
  Number.parseInt(
    newId()
      .replace(/[^0-9]/g, '')
      .slice(0, 9) || '1',
    10,
  ) || 1;
