import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSuccessStories } from '../../queries';
import { ErrorAlert } from '../error-alert';
import { drillDownSearch } from '../report/drill-down';
import { StoryCard } from './story-card';

/** The report's success stories; new ones are written from a meeting in the concrete collaborations. */
export function SuccessStoriesSection({ eventId, timeZone }: { eventId: string; timeZone: string }) {
  const { t } = useTranslation();
  const stories = useSuccessStories(eventId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="report-success-stories-heading" data-testid="report-success-stories">
      <Title order={2} size="h4" id="report-success-stories-heading">
        {t('successStories.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('successStories.sectionHint')}{' '}
        <Anchor component={Link} to={drillDownSearch({ metric: 'collaborations.concrete', key: null })} preventScrollReset size="sm">
          {t('successStories.openConcrete')}
        </Anchor>
      </Text>
      <ErrorAlert error={stories.error} />
      {stories.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('successStories.noneYet')}
        </Text>
      )}
      {stories.data && stories.data.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {stories.data.map((story) => (
            <StoryCard key={story.id} story={story} timeZone={timeZone} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
