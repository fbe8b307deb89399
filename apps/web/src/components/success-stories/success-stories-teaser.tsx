import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMySuccessStories } from '../../queries';

/**
 * Points from the evaluation page to the participant's success stories. Only shown when there are any:
 * most participants never have one, so the stories page gets no place in the navigation.
 */
export function SuccessStoriesTeaser() {
  const { t } = useTranslation();
  const stories = useMySuccessStories();
  const count = stories.data?.length ?? 0;
  if (count === 0) return null;
  const waiting = stories.data!.filter((s) => s.status === 'awaiting-consent' && s.myConsent === null).length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="evaluation-stories-heading" data-testid="success-stories-teaser">
      <Stack gap="xs">
        <Title order={2} size="h4" id="evaluation-stories-heading">
          {t('successStories.title')}
        </Title>
        <Text size="sm">
          {t('successStories.teaser', { count })}
          {waiting > 0 && ` ${t('successStories.waitingForYou', { count: waiting })}`}
        </Text>
        <Group>
          <Button component={Link} to="/me/success-stories" variant="light">
            {t('successStories.review')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
