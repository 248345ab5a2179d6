import { z } from 'zod';
import { isoDateTimeSchema, recordTypeSchema } from '../model/common';
import { sha256Schema } from '../model/attachment';

/**
 * The one IPC contract between the renderer (through the preload's `window.crm`) and the main process.
 * Each channel has a zod schema of its request and of its response; main validates every request with it,
 * and the preload's and the renderer adapter's types are derived from it, so the sides cannot drift.
 */

/** Hard cap for one IPC payload; the attachment store applies its own (smaller, configurable) limit. */
export const IPC_MAX_BYTES = 100 * 1024 * 1024;

const none = z.undefined();
const ack = z.object({ ok: z.literal(true) });

export const sessionUserSchema = z.object({
  id: z.string().min(1).max(40),
  name: z.string().max(200),
  email: z.string().max(320),
  role: z.string().max(40),
  departmentId: z.string().max(40),
});

/** What a signed-in device keeps (docs/sync-protocol.md, Auth). */
export const storedSessionSchema = z.object({
  accessToken: z.string().min(1).max(4096),
  refreshToken: z.string().min(1).max(4096),
  accessExpiresAt: isoDateTimeSchema.optional(),
  user: sessionUserSchema,
  /** The sync server this session belongs to; the main process uploads attachment bytes there. */
  serverUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

/**
 * How the desktop keeps the session: encrypted by the OS, or in memory only (signed out at restart) where the
 * OS offers no real encryption (`basic-text`: Linux without a keyring, whose key is fixed and public).
 */
export const tokenProtectionSchema = z.object({
  storage: z.enum(['os-encrypted', 'memory-only']),
  reason: z.enum(['ok', 'no-encryption', 'basic-text', 'unknown-backend']),
  /** Linux: the password store Electron selected (`gnome_libsecret`, `kwallet5`, `basic_text`, …). */
  backend: z.string().max(40).optional(),
});
export type TokenProtection = z.infer<typeof tokenProtectionSchema>;

export const storedFileSchema = z.object({
  sha256: sha256Schema,
  size: z.number().int().min(0),
  mime: z.string().max(100),
});
export type StoredFile = z.infer<typeof storedFileSchema>;

const fileNameSchema = z.string().min(1).max(255);

export const openOutcomeSchema = z.enum(['opened', 'saved', 'not-saved']);
export type OpenOutcome = z.infer<typeof openOutcomeSchema>;

export const reminderItemSchema = z.object({
  /** Stable: derived from what the reminder is about, so a reschedule replaces it and nothing fires twice. */
  id: z.string().min(1).max(200),
  dueAt: isoDateTimeSchema,
  title: z.string().min(1).max(300),
  body: z.string().max(2000).optional(),
  recordType: recordTypeSchema,
  recordId: z.string().min(1).max(40),
});
export type ReminderItem = z.infer<typeof reminderItemSchema>;

export const reminderStatusSchema = z.enum(['pending', 'fired', 'snoozed', 'done']);
export const reminderEntrySchema = reminderItemSchema.extend({
  status: reminderStatusSchema,
  firedAt: isoDateTimeSchema.optional(),
  snoozedUntil: isoDateTimeSchema.optional(),
});
export type ReminderEntry = z.infer<typeof reminderEntrySchema>;

export const MAX_SCHEDULE = 10_000;

export const uploadCountSchema = z.object({ count: z.number().int().min(0) });

export const ipcContract = {
  'app:info': {
    request: none,
    response: z.object({ version: z.string(), platform: z.string(), kind: z.literal('electron') }),
  },
  'app:health': { request: none, response: z.object({ ok: z.boolean(), uptimeSeconds: z.number() }) },
  'app:notify': {
    request: z.object({ title: z.string().min(1).max(300), body: z.string().max(2000).optional() }),
    response: ack,
  },
  'tokens:get': { request: none, response: storedSessionSchema.nullable() },
  'tokens:set': {
    request: storedSessionSchema,
    response: z.object({ ok: z.literal(true), persisted: z.boolean() }),
  },
  'tokens:clear': { request: none, response: ack },
  'tokens:protection': { request: none, response: tokenProtectionSchema },
  'files:put': {
    request: z.object({
      bytes: z
        .custom<Uint8Array>((v) => v instanceof Uint8Array, 'must be the file bytes (Uint8Array)')
        .refine((b) => b.byteLength <= IPC_MAX_BYTES, 'is larger than 100 MB'),
      name: fileNameSchema,
    }),
    response: storedFileSchema.extend({ deduplicated: z.boolean() }),
  },
  'files:pick': {
    request: z.object({ multiple: z.boolean().optional(), imagesOnly: z.boolean().optional() }).optional(),
    response: z.array(storedFileSchema.extend({ name: fileNameSchema })),
  },
  'files:has': { request: z.object({ sha256: sha256Schema }), response: z.boolean() },
  'files:open': {
    request: z.object({ sha256: sha256Schema, name: fileNameSchema }),
    /**
     * `opened`: handed to the system's app (a document or an image, by its content). Any other content is
     * never opened: the user is asked where to save it (`saved`, or `not-saved` when they cancel).
     */
    response: z.object({ outcome: openOutcomeSchema }),
  },
  'files:saveCopy': {
    request: z.object({ sha256: sha256Schema, name: fileNameSchema }),
    response: z.object({ saved: z.boolean() }),
  },
  'files:thumbnail': {
    request: z.object({ sha256: sha256Schema }),
    /** Whether crm-file://thumb/<sha256> can be shown (only images have thumbnails). */
    response: z.object({ available: z.boolean() }),
  },
  /** How many stored files main has not yet uploaded to the server (they count in the sync badge). */
  'files:uploadCount': { request: none, response: uploadCountSchema },
  'reminders:setSchedule': {
    request: z.object({ items: z.array(reminderItemSchema).max(MAX_SCHEDULE) }),
    response: z.object({ count: z.number().int() }),
  },
  'reminders:list': { request: none, response: z.array(reminderEntrySchema) },
  'reminders:snooze': {
    request: z.object({ id: z.string().min(1).max(200), until: isoDateTimeSchema }),
    response: ack,
  },
  'reminders:done': { request: z.object({ id: z.string().min(1).max(200) }), response: ack },
} as const;

export type IpcContract = typeof ipcContract;
export type Channel = keyof IpcContract;
export const channels = Object.keys(ipcContract) as Channel[];
export type RequestOf<C extends Channel> = z.input<IpcContract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<IpcContract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<IpcContract[C]['response']>;

/** Main → renderer events. */
export const ipcEvents = {
  'reminders:clicked': z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('record'),
      reminderId: z.string(),
      recordType: recordTypeSchema,
      recordId: z.string(),
    }),
    /** The one notification that summarised reminders missed while the app was closed. */
    z.object({ kind: z.literal('summary'), reminderIds: z.array(z.string()) }),
  ]),
  'reminders:count': z.object({ due: z.number().int().min(0) }),
  /** The upload queue grew or shrank (sent on every change of `files:uploadCount`). */
  'files:uploadCountChanged': uploadCountSchema,
} as const;
export type EventName = keyof typeof ipcEvents;
export const eventNames = Object.keys(ipcEvents) as EventName[];
export type EventPayload<E extends EventName> = z.output<(typeof ipcEvents)[E]>;
export type ReminderClick = EventPayload<'reminders:clicked'>;

/** Every call answers with an envelope, so a refused request reaches the renderer with its field intact. */
export interface IpcError {
  code: 'INVALID' | 'FORBIDDEN' | 'FAILED';
  /** Dotted path of the offending field, e.g. "items.0.dueAt"; "request" for the whole message. */
  field?: string;
  message: string;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
