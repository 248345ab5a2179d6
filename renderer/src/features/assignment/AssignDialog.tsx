import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Radio,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserShare, IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { useSyncStatus } from '../../data/sync-status';
import { useSync } from '../../data/sync-context';
import { assignableUsers, canAssignRecords, planAssignment, type AssignMode } from './assign-plan';
import type { RowSelectionApi } from './use-row-selection';
import { runAssign } from './run-assign';
import { useUsers } from '../../data/use-users';

export type AssignCollection = 'leads' | 'accounts';

interface DialogProps {
  collection: AssignCollection;
  ids: string[];
  opened: boolean;
  onClose: () => void;
  onAssigned?: (count: number) => void;
}

/**
 * Assign or reassign leads/accounts (managers, admins): to one rep, round-robin across reps, or back to the
 * pool. The server decides (POST /assign), so it needs a connection; offline it says so and stays disabled.
 */
export function AssignDialog({ collection, ids, opened, onClose, onAssigned }: DialogProps) {
  const { t } = useTranslation('assignment');
  const db = useDatabase();
  const session = useSession();
  const sync = useSync();
  const status = useSyncStatus();
  const users = useUsers(db);
  const choices = useMemo(() => assignableUsers(users, session), [users, session]);
  const [mode, setMode] = useState<AssignMode>('one');
  const [owner, setOwner] = useState<string | null>(null);
  const [owners, setOwners] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const offline = !sync.http || !status.online || status.state === 'offline' || status.state === 'signedOut';
  const plan = planAssignment(ids, { mode, ownerIds: mode === 'one' ? (owner ? [owner] : []) : owners });
  const nameOf = (id: string) => choices.find((u) => u.id === id)?.name ?? id;
  // "王 Wang · DE, FR, IT": whom to give the German leads is visible in the list itself.
  const userData = choices.map((u) => ({
    value: u.id,
    label: u.regions?.length ? `${u.name} · ${u.regions.join(', ')}` : u.name,
  }));

  async function submit() {
    if (!plan.ok) return setError(t(`errors.${plan.error}`));
    setBusy(true);
    setError('');
    try {
      const assigned = await runAssign(sync, collection, plan.batches);
      notifications.show({ color: 'teal', message: t('done', { count: assigned }) });
      onAssigned?.(assigned);
      onClose();
    } catch (err) {
      // Batches already sent stand (the server applied them); say how far it got.
      const assigned = (err as { assigned?: number }).assigned ?? 0;
      setError(
        t('failed', { message: err instanceof Error ? err.message : String(err) }) +
          (assigned ? ` (${t('done', { count: assigned })})` : ''),
      );
    } finally {
      setBusy(false);
    }
  }

  if (!canAssignRecords(session.role)) return null;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('title', { count: ids.length, what: t(`what.${collection}`) })}
      centered
      size="md"
    >
      <Stack gap="sm" data-testid="assign-dialog">
        {offline && (
          <Alert color="orange" icon={<IconWifiOff size={18} />} data-testid="assign-offline">
            {t('offline')}
          </Alert>
        )}
        <Radio.Group value={mode} onChange={(v) => setMode(v as AssignMode)}>
          <Stack gap={6}>
            {(['one', 'roundRobin', 'pool'] as const).map((m) => (
              <Radio key={m} value={m} label={t(`modes.${m}`)} disabled={offline} />
            ))}
          </Stack>
        </Radio.Group>
        {mode === 'one' && (
          <Select
            label={t('owner')}
            placeholder={t('ownerPlaceholder')}
            data={userData}
            value={owner}
            onChange={setOwner}
            searchable
            disabled={offline}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {mode === 'roundRobin' && (
          <MultiSelect
            label={t('owners')}
            placeholder={t('ownersPlaceholder')}
            data={userData}
            value={owners}
            onChange={setOwners}
            searchable
            disabled={offline}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {mode === 'pool' ? (
          <Text size="sm" c="dimmed">
            {t('poolHint')}
          </Text>
        ) : (
          plan.ok &&
          mode === 'roundRobin' && (
            <Text size="sm" c="dimmed" data-testid="assign-preview">
              {plan.batches
                .map((b) => t('preview', { name: nameOf(b.ownerId), count: b.ids.length }))
                .join(' · ')}
            </Text>
          )
        )}
        {collection === 'accounts' && (
          <Text size="xs" c="dimmed">
            {t('childrenHint')}
          </Text>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button
            onClick={() => void submit()}
            loading={busy}
            disabled={offline || !plan.ok}
            data-testid="assign-submit"
          >
            {t('submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * The list's "Assign" action, hidden for reps: assigns the ticked rows when some are ticked, otherwise
 * everything the filters show (e.g. this show's German leads).
 */
export function AssignButton({
  collection,
  ids,
  selected = [],
  onAssigned,
}: {
  collection: AssignCollection;
  ids: string[];
  selected?: string[];
  onAssigned?: (count: number) => void;
}) {
  const { t } = useTranslation('assignment');
  const session = useSession();
  const [opened, setOpened] = useState(false);
  if (!canAssignRecords(session.role)) return null;
  const target = selected.length ? selected : ids;
  return (
    <>
      <Button
        variant="light"
        leftSection={<IconUserShare size={16} />}
        onClick={() => setOpened(true)}
        disabled={target.length === 0}
        data-testid="assign-button"
      >
        {selected.length
          ? t('buttonSelected', { count: selected.length })
          : t('buttonCount', { count: ids.length })}
      </Button>
      {opened && (
        <AssignDialog
          collection={collection}
          ids={target}
          opened={opened}
          onClose={() => setOpened(false)}
          onAssigned={onAssigned}
        />
      )}
    </>
  );
}

/** The tick box of one row (or, with `header`, of all shown rows); a shift-click ticks a range. */
export function SelectBox({
  checked,
  indeterminate,
  label,
  onToggle,
}: {
  checked: boolean;
  indeterminate?: boolean;
  label: string;
  onToggle: (range: boolean) => void;
}) {
  return (
    <Checkbox
      size="xs"
      aria-label={label}
      checked={checked}
      indeterminate={indeterminate}
      // Rows are links: the box must neither navigate nor toggle twice.
      onClick={(e) => {
        e.stopPropagation();
        onToggle(e.shiftKey);
      }}
      onChange={() => undefined}
      data-testid="select-row"
    />
  );
}

/** "3 selected · Clear selection" beside a list's count; nothing when no row is ticked. */
export function SelectionSummary({ selection }: { selection: RowSelectionApi }) {
  const { t } = useTranslation('assignment');
  if (!selection.selected.length) return null;
  return (
    <Group gap={4}>
      <Text size="sm" fw={500} data-testid="selected-count">
        · {t('selectedCount', { count: selection.selected.length })}
      </Text>
      <Button size="compact-xs" variant="subtle" onClick={selection.clear}>
        {t('clearSelection')}
      </Button>
    </Group>
  );
}
