import { useMemo, useState } from 'react';
import { Badge, Button, Card, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Contact } from '@shared/model/account';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { ActivityComposer } from '../activities';
import { AttachmentsPanel } from '../attachments';
import { DocumentTable } from '../documents';
import { AssignButton } from '../assignment';
import { Timeline } from '../activities';
import { SampleCostSummary } from '../samples';
import { useCampaigns } from '../../data/use-campaigns';
import { live, useLiveDocs } from '../../data/use-live-docs';
import { AccountFormModal } from './AccountFormModal';
import { ContactFormModal } from './ContactFormModal';
import { OpportunityFormModal } from '../opportunities';
import { OpportunityRows } from './OpportunityRows';

function Section({
  title,
  action,
  children,
}: {
  title: string;
  action?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{title}</Text>
        {action}
      </Group>
      {children}
    </Card>
  );
}

/** 客户 360°: everything about one customer on one screen, with ONE merged timeline. */
export function AccountDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('accounts');
  const db = useDatabase();
  const session = useSession();
  const found = useLiveDocs(db, 'accounts', { id });
  const contacts = live(useLiveDocs(db, 'contacts', { accountId: id }));
  const opps = live(useLiveDocs(db, 'opportunities', { accountId: id }));
  const samples = live(useLiveDocs(db, 'samples', { accountId: id }));
  const documents = live(useLiveDocs(db, 'documents', { accountId: id }));
  const subjectIds = useMemo(
    () => [id, ...contacts.map((c) => c.id), ...opps.map((o) => o.id), ...samples.map((s) => s.id)],
    [id, contacts, opps, samples],
  );
  const attachments = live(useLiveDocs(db, 'attachments', { subjectId: { $in: subjectIds } }));
  const recordFiles = attachments.filter((a) => a.subjectType !== 'account');
  const campaigns = useCampaigns(db);
  const campaignName = (cid: string) => campaigns.find((c) => c.id === cid)?.name ?? '';
  const [modal, setModal] = useState<'edit' | 'contact' | 'opportunity' | { contact: Contact } | null>(null);
  const account = found?.[0];
  if (found === undefined) return null;
  if (!account || account.trashedAt) return <Text c="dimmed">{t('notFound')}</Text>;
  const owner =
    account.ownerId === session.userId ? t('me') : account.ownerId === 'pool' ? t('pool') : account.ownerId;

  return (
    <Stack gap="md" data-testid="account-360">
      <Group justify="space-between">
        <Group gap="xs">
          <Button component={Link} to="/accounts" variant="subtle" leftSection={<IconArrowLeft size={16} />}>
            {t('back')}
          </Button>
          <Title order={2}>{account.name}</Title>
          <Badge>{t(`tiers.${account.tier}`)}</Badge>
          <Badge variant="light" color="teal">
            {t(`lifecycles.${account.lifecycle}`)}
          </Badge>
        </Group>
        <Group gap="xs">
          {account.ownerId !== 'pool' && <AssignButton collection="accounts" ids={[account.id]} />}
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setModal('edit')}>
            {t('edit')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {[
          [account.city, account.country].filter(Boolean).join(', '),
          account.industry,
          ...account.phones,
          ...account.emails,
          `${t('fields.owner')}: ${owner}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <Section
              title={t('view.contacts', { count: contacts.length })}
              action={
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setModal('contact')}
                >
                  {t('view.addContact')}
                </Button>
              }
            >
              {contacts.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('view.none')}
                </Text>
              ) : (
                <Table data-testid="account-contacts">
                  <Table.Tbody>
                    {contacts.map((c) => (
                      <Table.Tr
                        key={c.id}
                        style={{ cursor: 'pointer' }}
                        onClick={() => setModal({ contact: c })}
                      >
                        <Table.Td>
                          {c.name} {c.isPrimary && <Badge size="xs">{t('view.primary')}</Badge>}
                        </Table.Td>
                        <Table.Td>{c.title ?? ''}</Table.Td>
                        <Table.Td>{[...c.phones, ...c.emails].join(', ')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Section>
            <Section
              title={t('view.opportunities', { count: opps.length })}
              action={
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setModal('opportunity')}
                >
                  {t('view.addOpportunity')}
                </Button>
              }
            >
              <OpportunityRows opps={opps} campaignName={campaignName} />
            </Section>
            <Section title={t('view.samples', { count: samples.length })}>
              {samples.length > 0 && <SampleCostSummary by={{ accountId: account.id }} />}
              {samples.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('view.none')}
                </Text>
              ) : (
                <Table>
                  <Table.Tbody>
                    {samples.map((s) => (
                      <Table.Tr key={s.id}>
                        <Table.Td>{s.lines.map((l) => `${l.name} × ${l.quantity}`).join(', ')}</Table.Td>
                        <Table.Td>{t(`sampleStatus.${s.status}`)}</Table.Td>
                        <Table.Td>{[s.courier, s.trackingNumber].filter(Boolean).join(' ')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Section>
            <Section title={t('view.documents', { count: documents.length })}>
              {documents.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('view.none')}
                </Text>
              ) : (
                <DocumentTable docs={documents} withKind withTitle rowTestId="account-document-row" />
              )}
            </Section>
            <Section title={t('view.attachments', { count: attachments.length })}>
              <Stack gap="xs">
                {/* The account's own files, with upload; files of its contacts, deals and samples listed below. */}
                <AttachmentsPanel
                  subjectType="account"
                  subjectId={account.id}
                  accountId={account.id}
                  ownerId={account.ownerId}
                  departmentId={account.departmentId}
                />
                {recordFiles.map((a) => (
                  <Text key={a.id} size="sm" data-testid="account-record-file">
                    {a.name}{' '}
                    <Text span c="dimmed" size="xs">
                      ({Math.ceil(a.size / 1024)} KB)
                    </Text>
                  </Text>
                ))}
              </Stack>
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <Section title={t('view.log')}>
              <ActivityComposer
                subject={{
                  subjectType: 'account',
                  subjectId: account.id,
                  accountId: account.id,
                  ownerId: account.ownerId,
                  departmentId: account.departmentId,
                }}
              />
            </Section>
            <Section title={t('view.timeline')}>
              <Timeline accountId={account.id} />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
      {modal === 'edit' && <AccountFormModal account={account} onClose={() => setModal(null)} />}
      {modal === 'contact' && <ContactFormModal account={account} onClose={() => setModal(null)} />}
      {modal === 'opportunity' && <OpportunityFormModal account={account} onClose={() => setModal(null)} />}
      {modal && typeof modal === 'object' && (
        <ContactFormModal account={account} contact={modal.contact} onClose={() => setModal(null)} />
      )}
    </Stack>
  );
}
