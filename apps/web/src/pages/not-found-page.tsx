import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack py="xl">
      <Title order={1}>{t('common.notFound')}</Title>
      <Anchor component={Link} to="/">
        {t('common.goHome')}
      </Anchor>
    </Stack>
  );
}
