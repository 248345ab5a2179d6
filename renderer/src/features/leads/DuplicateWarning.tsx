import { memo } from 'react';
import { Alert, List } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '@shared/rules/duplicates';
import { useUserName } from '../../data/use-user-name';

/**
 * Non-blocking: the rep sees who already has this buyer and decides whether to save anyway. With `saved`, the
 * same warning stays for the card just saved (and on the saved lead), so Enter does not make it vanish.
 */
export const DuplicateWarning = memo(function DuplicateWarning({
  matches,
  saved,
}: {
  matches: DuplicateMatch[];
  saved?: string;
}) {
  const { t } = useTranslation();
  const { t: tu } = useTranslation('leadsUx');
  const userName = useUserName();
  if (!matches.length) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconCopy size={18} />}
      title={saved ? tu('duplicate.savedTitle', { name: saved }) : t('lead.duplicate.title')}
      data-testid={saved ? 'saved-duplicate-warning' : 'duplicate-warning'}
      role="status"
      p="xs"
    >
      <List size="sm" spacing={2}>
        {matches.slice(0, 5).map((m) => (
          <List.Item key={m.candidate.id}>
            {t('lead.duplicate.match', {
              kind: t(`lead.duplicate.kinds.${m.candidate.kind}`),
              name: m.candidate.name,
              company: m.candidate.company ? ` · ${m.candidate.company}` : '',
              owner: userName(m.candidate.ownerId),
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
