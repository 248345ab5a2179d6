import { useState } from 'react';
import { Button, Group, Menu, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../data/session';
import { insertDoc } from '../../db/write';
import { useConfig } from '../../data/use-config';
import { nextDocumentNumber } from './document-number';
import { numberingIdentity } from './numbering-identity';
import { useDatabase } from '../../data/db-context';
import { localDay } from '../../ui/format';
import { live, useLiveDocs } from '../../data/use-live-docs';
import { AccountSelect } from './AccountSelect';
import { DocumentTable } from './DocumentTable';

const KINDS = ['quote', 'contract', 'order'] as const;

/** Quotes, contracts and orders (报价/合同/订单), newest first, filtered by kind. */
export function DocumentsPage() {
  const { t } = useTranslation('sales');
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
          numberingIdentity(session.userId),
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
        <DocumentTable docs={docs} withKind withTitle striped rowTestId="doc-row" />
      )}
    </Stack>
  );
}
