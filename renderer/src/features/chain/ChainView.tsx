import { Fragment, useMemo } from 'react';
import { Anchor, Badge, Group, Paper, Text, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { chainOf, type ChainNode, type RecordRef } from '@shared/sales/chain';
import { useDatabase } from '../../data/db-context';
import { useLeadStore } from '../../data/lead-store';
import { recordPath } from './chain-links';
import { useLiveDocs } from '../../data/use-live-docs';

/** A record's sales chain both ways: campaign → lead → opportunity → contract → order, each a link. */
export function ChainView({ record, label }: { record: RecordRef; label: string }) {
  const { t } = useTranslation('sales');
  const db = useDatabase();
  const { store, version } = useLeadStore(db);
  const campaigns = useLiveDocs(db, 'campaigns');
  const accounts = useLiveDocs(db, 'accounts');
  const opportunities = useLiveDocs(db, 'opportunities');
  const documents = useLiveDocs(db, 'documents');
  const chain = useMemo(
    () =>
      chainOf(record, { campaigns, leads: [...store.leads.values()], accounts, opportunities, documents }),
    // version: the lead store mutates in place
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [record.type, record.id, campaigns, accounts, opportunities, documents, store, version],
  );
  // Accounts are side branches (a lead also creates one); the chain shown is the sales path.
  const up = [...chain.upstream].reverse().filter((n) => n.type !== 'account' && n.type !== 'contact');
  const down = chain.downstream.filter((n) => n.type !== 'account' && n.type !== 'contact');
  const node = (n: ChainNode) => (
    <Anchor component={Link} to={recordPath(n.type, n.id)} size="sm" data-testid={`chain-${n.type}`}>
      <Badge size="xs" variant="light" mr={4}>
        {t(`chain.type.${n.type}`)}
      </Badge>
      {n.label}
    </Anchor>
  );
  return (
    <Paper withBorder p="md" radius="md" data-testid="chain">
      <Title order={5} mb="xs">
        {t('chain.title')}
      </Title>
      <Group gap={6} wrap="wrap">
        {up.map((n) => (
          <Fragment key={`${n.type}:${n.id}`}>
            {node(n)}
            <IconChevronRight size={14} />
          </Fragment>
        ))}
        <Text component="div" size="sm" fw={700} data-testid="chain-self">
          <Badge size="xs" variant="filled" mr={4}>
            {t(`chain.type.${record.type}`)}
          </Badge>
          {label}
        </Text>
        {down.length > 0 && <IconChevronRight size={14} />}
        {down.map((n, i) => (
          <Fragment key={`${n.type}:${n.id}`}>
            {i > 0 && <Text c="dimmed">·</Text>}
            {node(n)}
          </Fragment>
        ))}
      </Group>
    </Paper>
  );
}
