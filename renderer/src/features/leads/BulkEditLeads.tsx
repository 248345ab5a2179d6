import { useMemo, useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, TagsInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { leadStatusSchema, type Lead, type LeadStatus } from '@shared/model/lead';
import type { Campaign } from '@shared/model/campaign';
import { retag } from '@shared/rules/lead-tags';
import { updateDoc } from '../../db/write';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { useSyncStatus } from '../../data/sync-status';
import { assignableUsers, canAssignRecords } from '../assignment';
import { runAssign } from '../assignment';
import { useUsers } from '../../data/use-users';
import { useSync } from '../../data/sync-context';

const NO_SHOW = '\u0000none';

/**
 * "Edit N selected": one show, status or owner for many leads at once, tags added or removed. Show, status
 * and tags are local edits that sync like any other; a new owner goes through the server's assign endpoint,
 * so its policy applies.
 */
export function BulkEditLeads({
  ids,
  campaigns,
  tags,
  onDone,
}: {
  ids: string[];
  campaigns: readonly Campaign[];
  /** The tags in use, offered for adding and removing. */
  tags: readonly string[];
  onDone: () => void;
}) {
  const { t } = useTranslation('leadsUx');
  const { t: tl } = useTranslation();
  const [opened, setOpened] = useState(false);
  if (!ids.length) return null;
  return (
    <>
      <Button
        variant="light"
        leftSection={<IconEdit size={16} />}
        onClick={() => setOpened(true)}
        data-testid="bulk-edit-button"
      >
        {t('bulk.button', { count: ids.length })}
      </Button>
      {opened && (
        <Modal
          opened
          onClose={() => setOpened(false)}
          title={t('bulk.title', { count: ids.length })}
          centered
        >
          <BulkEditForm
            ids={ids}
            campaigns={campaigns}
            tags={tags}
            statusLabel={(s) => tl(`lead.status.${s}`)}
            onClose={() => setOpened(false)}
            onDone={onDone}
          />
        </Modal>
      )}
    </>
  );
}

/** Characters that end a tag as it is typed. */
const TAG_SPLIT = [',', ';', '，', '；'];

function BulkEditForm({
  ids,
  campaigns,
  tags,
  statusLabel,
  onClose,
  onDone,
}: {
  ids: string[];
  campaigns: readonly Campaign[];
  tags: readonly string[];
  statusLabel: (s: LeadStatus) => string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('leadsUx');
  const db = useDatabase();
  const session = useSession();
  const sync = useSync();
  const status = useSyncStatus();
  const users = useUsers(db);
  const owners = useMemo(() => assignableUsers(users, session), [users, session]);
  const [show, setShow] = useState<string | null>(null);
  const [leadStatus, setLeadStatus] = useState<string | null>(null);
  const [owner, setOwner] = useState<string | null>(null);
  const [addTags, setAddTags] = useState<string[]>([]);
  const [removeTags, setRemoveTags] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const online = Boolean(sync.http) && status.online && status.state !== 'offline';

  async function submit() {
    const retagging = addTags.length > 0 || removeTags.length > 0;
    if (show === null && leadStatus === null && owner === null && !retagging)
      return setError(t('bulk.nothing'));
    setBusy(true);
    setError('');
    try {
      const patch: Partial<Lead> = {};
      if (show !== null) patch.campaignId = show === NO_SHOW ? '' : show;
      if (leadStatus !== null) patch.status = leadStatus as LeadStatus;
      if (Object.keys(patch).length || retagging)
        for (const id of ids) {
          // Tags are added to and taken from each lead's own list; a lead gone meanwhile is skipped.
          const lead = retagging ? await db.leads.findOne(id).exec() : null;
          if (retagging && !lead) continue;
          const tagPatch = lead ? { tags: retag(lead.tags, addTags, removeTags) } : {};
          await updateDoc(db, 'leads', id, { ...patch, ...tagPatch }, session);
        }
      if (owner !== null) await runAssign(sync, 'leads', [{ ownerId: owner, ids }]);
      notifications.show({ color: 'teal', message: t('bulk.done', { count: ids.length }) });
      onDone();
      onClose();
    } catch (err) {
      setError(t('bulk.failed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm" data-testid="bulk-edit-dialog">
      <Select
        label={t('bulk.show')}
        placeholder={t('bulk.keep')}
        data={[
          { value: NO_SHOW, label: t('show.none') },
          ...campaigns.map((c) => ({ value: c.id, label: c.name })),
        ]}
        value={show}
        onChange={setShow}
        searchable
        clearable
        selectFirstOptionOnChange
        comboboxProps={{ withinPortal: true }}
        data-autofocus
      />
      <Select
        label={t('bulk.status')}
        placeholder={t('bulk.keep')}
        data={leadStatusSchema.options.map((s) => ({ value: s, label: statusLabel(s) }))}
        value={leadStatus}
        onChange={setLeadStatus}
        clearable
        comboboxProps={{ withinPortal: true }}
      />
      <TagsInput
        label={t('bulk.addTags')}
        placeholder={t('bulk.tagsPlaceholder')}
        data={[...tags]}
        value={addTags}
        onChange={setAddTags}
        splitChars={TAG_SPLIT}
        acceptValueOnBlur
        clearable
        comboboxProps={{ withinPortal: true }}
        data-testid="bulk-add-tags"
      />
      <TagsInput
        label={t('bulk.removeTags')}
        placeholder={t('bulk.tagsPlaceholder')}
        data={[...tags]}
        value={removeTags}
        onChange={setRemoveTags}
        splitChars={TAG_SPLIT}
        acceptValueOnBlur
        clearable
        comboboxProps={{ withinPortal: true }}
        data-testid="bulk-remove-tags"
      />
      {canAssignRecords(session.role) && (
        <Select
          label={t('bulk.owner')}
          placeholder={t('bulk.keep')}
          description={online ? undefined : t('bulk.ownerOffline')}
          data={owners.map((u) => ({ value: u.id, label: u.name }))}
          value={owner}
          onChange={setOwner}
          disabled={!online}
          searchable
          clearable
          selectFirstOptionOnChange
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('bulk.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={busy} data-testid="bulk-edit-submit">
          {t('bulk.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
