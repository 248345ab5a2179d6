import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CrmBridge } from '@shared/ipc/bridge';
import type {
  Channel,
  EventName,
  EventPayload,
  IpcResult,
  RequestOf,
  ResponseOf,
} from '@shared/ipc/contract';

// Type-only imports: the sandboxed preload stays one small CommonJS file with no zod in it; main validates.
const call =
  <C extends Channel>(channel: C) =>
  (request?: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> =>
    ipcRenderer.invoke(channel, request);

const EVENTS: readonly EventName[] = ['reminders:clicked', 'reminders:count', 'files:uploadCountChanged'];

const crm = {
  app: { info: call('app:info'), health: call('app:health'), notify: call('app:notify') },
  tokens: {
    get: call('tokens:get'),
    set: call('tokens:set'),
    clear: call('tokens:clear'),
    protection: call('tokens:protection'),
  },
  files: {
    put: call('files:put'),
    pick: call('files:pick'),
    has: call('files:has'),
    open: call('files:open'),
    saveCopy: call('files:saveCopy'),
    thumbnail: call('files:thumbnail'),
    uploadCount: call('files:uploadCount'),
  },
  reminders: {
    setSchedule: call('reminders:setSchedule'),
    list: call('reminders:list'),
    snooze: call('reminders:snooze'),
    done: call('reminders:done'),
  },
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    if (!EVENTS.includes(event)) throw new Error(`crm.on: unknown event ${String(event)}`);
    // The IpcRendererEvent (with its sender) is never handed to the page.
    const wrapped = (_e: IpcRendererEvent, payload: EventPayload<E>) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => void ipcRenderer.removeListener(event, wrapped);
  },
} satisfies CrmBridge;

contextBridge.exposeInMainWorld('crm', crm);
