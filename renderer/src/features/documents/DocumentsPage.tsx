import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../app/session';
import { insertDoc } from '../../db/write';
import { useConfig } from '../admin/use-config';
import { nextDocumentNumber } from './document-number';
import { useDatabase } from '../../app/db-context';
import { formatDay, formatMoney, localDay } from '../../app/format';
import { live, useLiveDocs } from '../chain/use-live-docs';
import { AccountSelect } from './AccountSelect';

const KINDS = ['quote', 'contract', 'order'] as const;

/** Quotes, contracts and orders (报价/合同/订单), newest first, filtered by kind. */
export function DocumentsPage() {
  const { t, i18n } = useTranslation('sales');
  const db = useDatabase();
  const [kind, setKind] = useState<string>('');
  const [accountId, setAccountId] = useState<string | null>(null);
  const session = useSession();
  const navigate = useNavigate();
  const { company } = useConfig(db);
  const stored = useLiveDocs(db, 'documents');
  const all = live(stored);
  // Created directly (not converted from a deal): a draft the user fills in on its page.
  const create = async (k: (typeof KINDS)[number]) => {
    const date = localDay(new Date());
    const doc = await insertDoc(
      db,
      'documents',
      {
        kind: k,
        number: nextDocumentNumber(
          k,
          date,
          // Trashed ones too: a number once given stays taken.
          (stored ?? []).map((d) => d.number),
          session.userId,
        ),
        title: t(`doc.kind.${k}`),
        accountId: accountId ?? '',
        status: 'draft',
        sourceType: '',
        sourceId: '',
        currency: company.baseCurrency,
        lines: [],
        total: 0,
        date,
        paymentPlan: [],
      },
      session,
    );
    navigate(`/documents/${doc.id}`);
  };
  const docs = all
    .filter((d) => d.kind !== 'expense' && (!kind || d.kind === kind))
    .sort((a, b) => b.date.localeCompare(a.date) || b.number.localeCompare(a.number));
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('doc.title')}</Title>
        <Menu>
          <Menu.Target>
            <Button leftSection={<IconPlus size={16} />} data-testid="doc-new">
              {t('doc.new', { kind: '' })}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {/* The customer first (optional), then the kind creates the draft. */}
            <AccountSelect value={accountId} onChange={setAccountId} />
            <Menu.Divider />
            {KINDS.map((k) => (
              <Menu.Item key={k} onClick={() => void create(k)} data-testid={`doc-new-${k}`}>
                {t(`doc.kind.${k}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <SegmentedControl
          value={kind}
          onChange={setKind}
          data={[
            { value: '', label: t('doc.all') },
            ...KINDS.map((k) => ({ value: k, label: t(`doc.kind.${k}`) })),
          ]}
        />
      </Group>
      {docs.length === 0 ? (
        <Text c="dimmed">{t('doc.empty')}</Text>
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('doc.number')}</Table.Th>
              <Table.Th>{t('doc.docTitle')}</Table.Th>
              <Table.Th>{t('doc.statusLabel')}</Table.Th>
              <Table.Th>{t('doc.date')}</Table.Th>
              <Table.Th ta="right">{t('doc.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {docs.map((d) => (
              <Table.Tr key={d.id} data-testid="doc-row">
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Badge size="xs" variant="light">
                      {t(`doc.kind.${d.kind}`)}
                    </Badge>
                    <Anchor component={Link} to={`/documents/${d.id}`} size="sm">
                      {d.number}
                    </Anchor>
                  </Group>
                </Table.Td>
                <Table.Td>{d.title}</Table.Td>
                <Table.Td>{t(`doc.status.${d.status}`)}</Table.Td>
                <Table.Td>{formatDay(d.date, i18n.language)}</Table.Td>
                <Table.Td ta="right">{formatMoney(d.total, d.currency, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
