import { Card, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { MySuccessStory, SuccessStory } from '../../api-types';
import { currentLocale } from '../../i18n';
import { mySuccessStoriesKey } from '../../queries';
import { formatDate } from '../../time-zone';
import { ErrorAlert } from '../error-alert';
import { ChoiceButton } from '../evaluation/choice-button';
import { StoryStatusBadge } from './story-status-badge';

interface Props {
  story: MySuccessStory;
  /** The signed-in participant, left out of "with"; null while the profile loads. */
  myId: string | null;
  timeZone: string;
}

/** Where consent stands now, as the participant would put it. */
function useOutcomeText(story: MySuccessStory, timeZone: string): string {
  const { t } = useTranslation();
  if (story.status === 'published') {
    const date = story.publishedAt ? `${t('successStories.publishedOn', { date: formatDate(story.publishedAt, currentLocale(), timeZone) })}. ` : '';
    return `${date}${t('successStories.publishedHint')}`;
  }
  if (story.status === 'declined') return story.myConsent === false ? t('successStories.youDeclined') : t('successStories.othersDeclined');
  return story.myConsent === true ? t('successStories.awaitingOthers') : t('successStories.awaitingYou');
}

/** One story about the participant's meeting, with their consent; each tap is saved at once. */
export function ConsentStoryCard({ story, myId, timeZone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const consent = useMutation({
    mutationFn: (value: boolean) =>
      api<SuccessStory>(`/me/success-stories/${story.id}/consent`, { method: 'POST', body: { consent: value }, auth: 'participant' }),
    // The answer carries the new status; my own consent is what was just sent.
    onSuccess: (updated, value) =>
      queryClient.setQueryData(mySuccessStoriesKey, (old: MySuccessStory[] | undefined) =>
        old?.map((s) => (s.id === updated.id ? { ...updated, myConsent: value } : s)),
      ),
  });
  const outcome = useOutcomeText(story, timeZone);
  const others = story.participants.filter((p) => p.participantId !== myId);
  const pending = consent.isPending ? consent.variables : undefined;
  const headingId = `success-story-heading-${story.id}`;

  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={headingId} data-testid={`success-story-${story.id}`} data-status={story.status}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text fw={700} size="lg" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {story.title}
            </Text>
            <StoryStatusBadge status={story.status} />
          </Group>
          {others.length > 0 && (
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {t('successStories.with', {
                names: others.map((p) => [p.name, p.organisationName].filter(Boolean).join(', ')).join('; '),
              })}
            </Text>
          )}
        </Stack>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="story-text">
          {story.text}
        </Text>
        <Group gap="xs" role="group" aria-label={t('successStories.consentQuestion')}>
          <ChoiceButton selected={story.myConsent === true} loading={pending === true} color="teal" onClick={() => consent.mutate(true)}>
            {t('successStories.agree')}
          </ChoiceButton>
          {/* Once published the story is out; the server refuses taking consent back. */}
          <ChoiceButton
            selected={story.myConsent === false}
            loading={pending === false}
            disabled={story.status === 'published'}
            color="red"
            onClick={() => consent.mutate(false)}
          >
            {t('successStories.disagree')}
          </ChoiceButton>
        </Group>
        <ErrorAlert error={consent.error} />
        <Text size="sm" c={story.status === 'declined' ? 'red.8' : story.status === 'published' ? 'teal.8' : undefined} role="status" data-testid="story-consent-state">
          {outcome}
        </Text>
      </Stack>
    </Card>
  );
}
