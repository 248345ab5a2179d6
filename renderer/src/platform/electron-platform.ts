import type { CrmBridge } from '@shared/ipc/bridge';
import { uploadCountSchema, type IpcResult } from '@shared/ipc/contract';
import { PlatformError, type Platform } from './types';

/** Unwraps main's answer envelope: a refusal becomes a PlatformError that keeps the field name. */
async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const res = await call;
  if (res.ok) return res.value;
  throw new PlatformError(res.error.code, res.error.message, res.error.field);
}

/** The desktop platform: every call goes through the preload's typed `window.crm` bridge. */
export function createElectronPlatform(crm: CrmBridge): Platform {
  return {
    kind: 'electron',
    info: () => unwrap(crm.app.info()),
    health: () => unwrap(crm.app.health()),
    notify: async (title, body) => void (await unwrap(crm.app.notify({ title, body }))),
    tokens: {
      get: () => unwrap(crm.tokens.get()),
      set: async (session) => (await unwrap(crm.tokens.set(session))).persisted,
      clear: async () => void (await unwrap(crm.tokens.clear())),
      protection: () => unwrap(crm.tokens.protection()),
    },
    files: {
      put: async (bytes, name) => {
        const { sha256, size, mime } = await unwrap(crm.files.put({ bytes, name }));
        return { sha256, size, mime };
      },
      url: async (sha256) => `crm-file://${sha256}`,
      thumbUrl: async (sha256) =>
        (await unwrap(crm.files.thumbnail({ sha256 }))).available ? `crm-file://thumb/${sha256}` : null,
      has: (sha256) => unwrap(crm.files.has({ sha256 })),
      open: async (sha256, name) => (await unwrap(crm.files.open({ sha256, name }))).outcome,
      saveCopy: async (sha256, name) => (await unwrap(crm.files.saveCopy({ sha256, name }))).saved,
      pick: (opts) => unwrap(crm.files.pick(opts ?? {})),
      onUploadCount: (listener) => {
        let changed = false;
        const off = crm.on('files:uploadCountChanged', (payload) => {
          const parsed = uploadCountSchema.safeParse(payload);
          if (!parsed.success) return;
          changed = true;
          listener(parsed.data.count);
        });
        // Main only sends changes: start from the current count, unless a change already arrived.
        void crm.files.uploadCount().then((res) => {
          const parsed = res.ok ? uploadCountSchema.safeParse(res.value) : null;
          if (parsed?.success && !changed) listener(parsed.data.count);
        });
        return off;
      },
    },
    reminders: {
      setSchedule: async (items) => (await unwrap(crm.reminders.setSchedule({ items }))).count,
      list: () => unwrap(crm.reminders.list()),
      snooze: async (id, until) =>
        void (await unwrap(crm.reminders.snooze({ id, until: until.toISOString() }))),
      done: async (id) => void (await unwrap(crm.reminders.done({ id }))),
      onClicked: (listener) => crm.on('reminders:clicked', listener),
      onCount: (listener) => {
        const off = crm.on('reminders:count', ({ due }) => listener(due));
        // Main only sends changes: start the listener from the current state.
        void crm.reminders.list().then((res) => {
          if (res.ok) listener(res.value.filter((e) => e.status === 'fired').length);
        });
        return off;
      },
    },
  };
}
