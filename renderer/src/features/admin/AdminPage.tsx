import { Alert, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { CompanySettingsForm } from './CompanySettingsForm';
import { CustomFieldsEditor } from './CustomFieldsEditor';
import { PipelineEditor } from './PipelineEditor';
import { QuotasEditor } from './QuotasEditor';
import { useConfig } from '../../data/use-config';

/** Configuration is data: pipelines, custom fields, company settings, sales targets. Admins edit; others read. */
export function AdminPage() {
  const { t } = useTranslation('admin');
  const db = useDatabase();
  const session = useSession();
  const config = useConfig(db);
  const readOnly = session.role !== 'admin';
  return (
    <Stack gap="md" maw={1200}>
      <Title order={2}>{t('title')}</Title>
      {readOnly && (
        <Alert variant="light" color="gray" data-testid="admin-readonly">
          {t('readOnly')}
        </Alert>
      )}
      <Tabs defaultValue="pipelines" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="pipelines">{t('tabs.pipelines')}</Tabs.Tab>
          <Tabs.Tab value="fields">{t('tabs.fields')}</Tabs.Tab>
          <Tabs.Tab value="company">{t('tabs.company')}</Tabs.Tab>
          <Tabs.Tab value="quotas">{t('tabs.quotas')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pipelines" pt="md">
          <Stack gap="md">
            {config.pipelines.map((p) => (
              // Re-mounted when the stored pipeline changes (sync or save), so the editor shows what is stored.
              <PipelineEditor key={`${p.id}|${JSON.stringify(p.pipeline)}`} entry={p} readOnly={readOnly} />
            ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="fields" pt="md">
          <CustomFieldsEditor settings={config.settings} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="company" pt="md">
          <CompanySettingsForm
            key={JSON.stringify(config.company)}
            company={config.company}
            readOnly={readOnly}
          />
        </Tabs.Panel>
        <Tabs.Panel value="quotas" pt="md">
          <QuotasEditor
            settings={config.settings}
            currency={config.company.baseCurrency}
            readOnly={readOnly}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
