import { Button, Card, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SuccessStory } from '../../api-types';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../time-zone';
import { ConsentList } from './consent-list';
import { StoryStatusBadge } from './story-status-badge';

/** The organiser's view of one story: its text, where consent stands, and the text to copy once published. */
export function StoryCard({ story, timeZone }: { story: SuccessStory; timeZone: string }) {
  const { t } = useTranslation();
  const headingId = `success-story-heading-${story.id}`;
  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={headingId} data-testid={`success-story-${story.id}`} data-status={story.status}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={700} id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {story.title}
          </Text>
          <StoryStatusBadge status={story.status} />
        </Group>
        <Stack gap={4}>
          <Text size="xs" c="dimmed" id={`${headingId}-consent`}>
            {t('successStories.consentHeading')}
          </Text>
          <ConsentList participants={story.participants} labelledBy={`${headingId}-consent`} />
        </Stack>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="story-text">
          {story.text}
        </Text>
        {story.status === 'published' && (
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed">
              {story.publishedAt && t('successStories.publishedOn', { date: formatDate(story.publishedAt, currentLocale(), timeZone) })}
            </Text>
            <CopyButton value={`${story.title}\n\n${story.text}`}>
              {({ copied, copy }) => (
                <Button variant={copied ? 'filled' : 'light'} color={copied ? 'green' : undefined} size="compact-md" onClick={copy}>
                  {copied ? t('successStories.copied') : t('successStories.copyText')}
                </Button>
              )}
            </CopyButton>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
