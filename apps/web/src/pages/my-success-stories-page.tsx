import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageState } from '../components/page-state';
import { ConsentStoryCard } from '../components/success-stories/consent-story-card';
import { useMySuccessStories, useParticipantEvent } from '../queries';

/** Stories the organisers want to publish about the participant's meetings; each needs everyone's consent. */
export function MySuccessStoriesPage() {
  const { t } = useTranslation();
  const stories = useMySuccessStories();
  const { profile, event } = useParticipantEvent();

  if (!stories.data) return <PageState error={stories.error} />;
  // Dates are shown on the event's wall clock; until the event has loaded, the phone's own zone will do.
  const timeZone = event.data?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <Stack gap="md" maw={720} mx="auto">
      <Stack gap={2}>
        <Title order={1}>{t('successStories.title')}</Title>
        {profile.data?.event && (
          <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {profile.data.event.name}
          </Text>
        )}
      </Stack>
      <Text>{t('successStories.intro')}</Text>
      {stories.data.length === 0 ? (
        <Text c="dimmed">{t('successStories.none')}</Text>
      ) : (
        stories.data.map((story) => <ConsentStoryCard key={story.id} story={story} myId={profile.data?.id ?? null} timeZone={timeZone} />)
      )}
    </Stack>
  );
}
