import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useToken } from '../use-token';

export function HomePage() {
  const { t } = useTranslation();
  const staffToken = useToken('staff');
  const participantToken = useToken('participant');
  if (staffToken) return <Navigate to="/events" replace />;
  if (participantToken) return <Navigate to="/me" replace />;

  return (
    <Stack gap="md" maw={640} py="xl">
      <Title order={1}>{t('home.title')}</Title>
      <Text>{t('home.intro')}</Text>
      <Group>
        <Button component={Link} to="/sign-up">
          {t('home.organiserCta')}
        </Button>
        <Button component={Link} to="/login" variant="default">
          {t('home.loginCta')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('home.participantHint')}
      </Text>
    </Stack>
  );
}
