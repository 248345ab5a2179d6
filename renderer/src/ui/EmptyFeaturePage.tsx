import type { ReactNode } from 'react';
import { Badge, EmptyState, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type EmptyDomain =
  | 'accounts'
  | 'opportunities'
  | 'samples'
  | 'activities'
  | 'campaigns'
  | 'products'
  | 'documents'
  | 'reports'
  | 'admin'
  | 'capture';

/** The page of a domain that has no records or screens yet: says what will be here, in the user's language. */
export function EmptyFeaturePage({
  domain,
  icon,
  children,
}: {
  domain: EmptyDomain;
  icon: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Title order={2}>{t(`nav.${domain}`)}</Title>
      <EmptyState
        variant="light"
        icon={icon}
        title={t(`empty.${domain}.title`)}
        description={t(`empty.${domain}.description`)}
        data-testid={`empty-${domain}`}
        py="xl"
      >
        {children ?? (
          <Badge variant="outline" color="gray" mt="sm">
            {t('empty.comingSoon')}
          </Badge>
        )}
      </EmptyState>
    </Stack>
  );
}
