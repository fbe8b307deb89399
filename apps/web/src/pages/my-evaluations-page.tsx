import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClock } from '../components/event-day/use-clock';
import { EvaluationEmailsSwitch } from '../components/evaluation/evaluation-emails-switch';
import { MeetingFeedbackCard } from '../components/evaluation/meeting-feedback-card';
import { QuestionnaireForm } from '../components/evaluation/questionnaire-form';
import { PageState } from '../components/page-state';
import { SuccessStoriesTeaser } from '../components/success-stories/success-stories-teaser';
import { useMyEvaluations, useParticipantEvent } from '../queries';

/** After the event: private feedback on each meeting, what came of it later, and the questionnaires. */
export function MyEvaluationsPage() {
  const { t } = useTranslation();
  const evaluations = useMyEvaluations();
  const { event } = useParticipantEvent();
  const now = useClock(60_000);

  if (!evaluations.data) return <PageState error={evaluations.error} />;
  const data = evaluations.data;
  // Times are shown on the event's wall clock; until the event has loaded, the phone's own zone will do.
  const timeZone = event.data?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const countries = event.data?.taxonomies.countries;
  const meetings = [...data.meetings].sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
  // The round still waiting for answers first, then the newest.
  const rounds = [...data.rounds].sort((a, b) => Number(Boolean(a.answeredAt)) - Number(Boolean(b.answeredAt)) || b.round - a.round);

  return (
    <Stack gap="md" maw={720} mx="auto">
      <Stack gap={2}>
        <Title order={1}>{t('evaluation.title')}</Title>
        <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {data.eventName}
        </Text>
      </Stack>

      <Alert color="blue" data-testid="evaluation-privacy">
        {t('evaluation.privacy')}
      </Alert>

      <SuccessStoriesTeaser />

      <Stack gap="sm" component="section" aria-labelledby="evaluation-meetings-heading">
        <Title order={2} size="h3" id="evaluation-meetings-heading">
          {t('evaluation.meetingsHeading')}
        </Title>
        {meetings.length === 0 ? (
          <Text c="dimmed">{t('evaluation.noMeetings')}</Text>
        ) : (
          meetings.map((meeting) => (
            <MeetingFeedbackCard key={meeting.id} meeting={meeting} timeZone={timeZone} countries={countries} now={now} />
          ))
        )}
      </Stack>

      {rounds.length > 0 && data.questions.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="evaluation-questionnaire-heading">
          <Title order={2} size="h3" id="evaluation-questionnaire-heading">
            {t('evaluation.questionnaireHeading')}
          </Title>
          {rounds.map((round) => (
            <QuestionnaireForm key={round.round} round={round} questions={data.questions} timeZone={timeZone} />
          ))}
        </Stack>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="evaluation-emails-heading">
        <Stack gap="xs">
          <Title order={2} size="h4" id="evaluation-emails-heading">
            {t('evaluation.emailsHeading')}
          </Title>
          <EvaluationEmailsSwitch stopped={data.emailsStopped} />
        </Stack>
      </Paper>
    </Stack>
  );
}
