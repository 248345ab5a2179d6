import { memo } from 'react';
import { Alert, List } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { POOL_OWNER } from '@shared/model/common';
import type { DuplicateMatch } from '@shared/rules/duplicates';
import { useSession } from '../../app/session';

/** Non-blocking: the rep sees who already has this buyer and decides whether to save anyway. */
export const DuplicateWarning = memo(function DuplicateWarning({ matches }: { matches: DuplicateMatch[] }) {
  const { t } = useTranslation();
  const session = useSession();
  if (!matches.length) return null;
  const owner = (id?: string) =>
    id === session.userId
      ? t('lead.duplicate.you')
      : id === POOL_OWNER
        ? t('lead.duplicate.pool')
        : (id ?? '—');
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconCopy size={18} />}
      title={t('lead.duplicate.title')}
      data-testid="duplicate-warning"
      role="status"
    >
      <List size="sm" spacing={2}>
        {matches.slice(0, 5).map((m) => (
          <List.Item key={m.candidate.id}>
            {t('lead.duplicate.match', {
              kind: t(`lead.duplicate.kinds.${m.candidate.kind}`),
              name: m.candidate.name,
              company: m.candidate.company ? ` · ${m.candidate.company}` : '',
              owner: owner(m.candidate.ownerId),
              reasons: m.reasons
                .map((r) => t(`lead.duplicate.reasons.${r}`))
                .join(t('lead.duplicate.reasonSeparator')),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
});
