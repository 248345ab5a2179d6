import { useState } from 'react';
import { ActionIcon, Button, Group, TextInput, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { insertDoc } from '../../db/write';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { useCampaigns } from '../../data/use-campaigns';
import { useCurrentCampaign } from './current-campaign';
import { ShowSelect } from './ShowSelect';

/** The sticky "current show": picked once, applied to every card; a new show can be created by name here. */
export function CampaignPicker({ onPicked }: { onPicked?: () => void }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const session = useSession();
  const campaigns = useCampaigns(db);
  const [current, setCurrent] = useCurrentCampaign();
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState('');

  const create = async () => {
    if (!name.trim()) {
      setError(t('form.errors.required', { field: t('lead.entry.newShowPlaceholder') }));
      return;
    }
    try {
      const c = await insertDoc(
        db,
        'campaigns',
        { name: name.trim(), kind: 'tradeShow', cost: 0, currency: 'CNY' },
        session,
      );
      setCurrent(c.id);
      setCreating(false);
      setName('');
      setError('');
      onPicked?.();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  if (creating) {
    return (
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          aria-label={t('lead.entry.newShowPlaceholder')}
          placeholder={t('lead.entry.newShowPlaceholder')}
          value={name}
          error={error || undefined}
          onChange={(e) => setName(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) void create();
            if (e.key === 'Escape') {
              setCreating(false);
              onPicked?.();
            }
          }}
          autoFocus
          w={260}
        />
        <Button onClick={() => void create()}>{t('lead.entry.create')}</Button>
        <Button variant="default" onClick={() => setCreating(false)}>
          {t('lead.entry.cancel')}
        </Button>
      </Group>
    );
  }

  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <ShowSelect
        label={t('lead.entry.currentShow')}
        description={t('lead.entry.currentShowHint')}
        campaigns={campaigns}
        value={current}
        onChange={(v) => {
          setCurrent(v);
          onPicked?.();
        }}
        w={300}
        data-testid="current-show"
      />
      <Tooltip label={t('lead.entry.newShow')}>
        <ActionIcon
          size="lg"
          variant="light"
          aria-label={t('lead.entry.newShow')}
          onClick={() => setCreating(true)}
        >
          <IconPlus size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
