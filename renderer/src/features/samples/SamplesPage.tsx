import { useMemo, useState } from 'react';
import { Button, Group, Loader, Stack, Tabs, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Sample } from '@shared/model/sample';
import { WORK_LISTS, workLists, type WorkList } from '@shared/samples/work-lists';
import { useDatabase } from '../../data/db-context';
import { SampleEditor } from './SampleEditor';
import { SampleTable } from './SampleTable';
import { useSamples } from './use-samples';

type Tab = WorkList | 'all';

/** The sample room: three work lists (to ship, in transit, awaiting feedback) and every shipment. */
export function SamplesPage() {
  const { t } = useTranslation('samples');
  const db = useDatabase();
  const refs = useSamples(db);
  const [tab, setTab] = useState<Tab>('awaitingShipment');
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const lists = useMemo(() => workLists(refs.samples ?? []), [refs.samples]);
  const all = useMemo(
    () => [...(refs.samples ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [refs.samples],
  );
  const names = useMemo(() => new Map(refs.accounts.map((a) => [a.value, a.label])), [refs.accounts]);
  const open = refs.samples?.find((s) => s.id === openId) ?? null;
  const shown: Sample[] = tab === 'all' ? all : lists[tab];

  return (
    <Stack p="md" gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => {
            setOpenId(null);
            setCreating(true);
          }}
        >
          {t('new')}
        </Button>
      </Group>
      <Tabs value={tab} onChange={(v) => setTab((v as Tab) ?? 'awaitingShipment')}>
        <Tabs.List>
          {WORK_LISTS.map((l) => (
            <Tabs.Tab key={l} value={l}>
              {t(`tabs.${l}`)} ({lists[l].length})
            </Tabs.Tab>
          ))}
          <Tabs.Tab value="all">
            {t('tabs.all')} ({all.length})
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {refs.samples === undefined ? (
        <Loader />
      ) : (
        <SampleTable
          samples={shown}
          onOpen={(s) => setOpenId(s.id)}
          accountName={(id) => names.get(id) ?? ''}
        />
      )}
      <SampleEditor
        sample={open}
        opened={creating || open !== null}
        refs={refs}
        onClose={() => {
          setCreating(false);
          setOpenId(null);
        }}
        onCreated={(s) => {
          setCreating(false);
          setOpenId(s.id);
        }}
      />
    </Stack>
  );
}
