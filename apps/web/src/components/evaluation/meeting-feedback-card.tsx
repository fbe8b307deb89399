import { Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationMeeting, Term } from '../../api-types';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../time-zone';
import { ErrorAlert } from '../error-alert';
import { termLabel } from '../profile-display';
import { ChoiceButton } from './choice-button';
import { KindChips } from './kind-chips';
import { OutcomeSection } from './outcome-section';
import { useFeedbackActions } from './use-feedback-actions';

interface Props {
  meeting: EvaluationMeeting;
  timeZone: string;
  countries: Term[] | undefined;
  now: number;
}

/** One meeting: did it happen, was it worth it, what could come of it — each tap saved at once. */
export function MeetingFeedbackCard({ meeting, timeZone, countries, now }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { feedback, outcome } = useFeedbackActions(meeting.id);
  const saved = meeting.feedback;
  const [note, setNote] = useState(saved?.note ?? '');
  // The server refuses feedback before the meeting started; say so instead of offering buttons that fail.
  const notYet = meeting.startsAt !== null && new Date(meeting.startsAt).getTime() > now;
  const pending = feedback.isPending ? feedback.variables : undefined;
  const collaboration = saved?.collaboration ?? [];
  const headingId = `evaluation-meeting-heading-${meeting.id}`;

  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={headingId} data-testid={`evaluation-meeting-${meeting.id}`}>
      <Stack gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text fw={700} size="lg" id={headingId}>
              {meeting.startsAt ? formatDateTime(meeting.startsAt, timeZone, locale) : t('evaluation.noTime')}
            </Text>
            {meeting.status === 'no_show' && (
              <Badge color="orange" variant="light" tt="none" style={{ flexShrink: 0 }}>
                {t('evaluation.markedNoShow')}
              </Badge>
            )}
          </Group>
          {meeting.partners.map((partner) => (
            <Text key={partner.participantId} size="sm" style={{ overflowWrap: 'anywhere' }}>
              <Text span fw={600}>
                {partner.name}
              </Text>
              {' · '}
              {[partner.organisationName, termLabel(countries, partner.country)].filter(Boolean).join(', ')}
            </Text>
          ))}
        </Stack>

        {notYet ? (
          <Text size="sm" c="dimmed">
            {t('evaluation.notStarted')}
          </Text>
        ) : (
          <>
            <Group gap="xs" role="group" aria-label={t('evaluation.heldQuestion')}>
              <ChoiceButton
                selected={saved?.held === true}
                loading={pending?.held === true}
                color="teal"
                onClick={() => feedback.mutate({ held: true })}
              >
                {t('evaluation.tookPlace')}
              </ChoiceButton>
              <ChoiceButton
                selected={saved?.held === false}
                loading={pending?.held === false}
                color="orange"
                onClick={() => feedback.mutate({ held: false })}
              >
                {t('evaluation.didNotTakePlace')}
              </ChoiceButton>
            </Group>

            {saved?.held !== false && (
              <>
                <Group gap="xs" role="group" aria-label={t('evaluation.interestingQuestion')}>
                  {/* Tapping the chosen answer again takes it back. */}
                  <ChoiceButton
                    selected={saved?.interesting === true}
                    loading={pending?.interesting === true || (pending?.interesting === null && saved?.interesting === true)}
                    color="teal"
                    onClick={() => feedback.mutate({ interesting: saved?.interesting === true ? null : true })}
                  >
                    {t('evaluation.interesting')}
                  </ChoiceButton>
                  <ChoiceButton
                    selected={saved?.interesting === false}
                    loading={pending?.interesting === false || (pending?.interesting === null && saved?.interesting === false)}
                    color="gray"
                    onClick={() => feedback.mutate({ interesting: saved?.interesting === false ? null : false })}
                  >
                    {t('evaluation.notInteresting')}
                  </ChoiceButton>
                </Group>

                <Stack gap={6}>
                  <Text size="sm" fw={500} id={`${headingId}-collaboration`}>
                    {t('evaluation.collaborationQuestion')}
                  </Text>
                  <KindChips
                    value={collaboration}
                    labelledBy={`${headingId}-collaboration`}
                    disabled={pending?.collaboration !== undefined}
                    onChange={(kinds) => feedback.mutate({ collaboration: kinds })}
                  />
                </Stack>
              </>
            )}

            <Stack gap={6}>
              <Textarea
                label={t('evaluation.note')}
                description={t('evaluation.noteHint')}
                autosize
                minRows={2}
                maxLength={2000}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
              <Group gap="xs">
                <Button
                  variant="light"
                  size="compact-md"
                  disabled={note === (saved?.note ?? '')}
                  loading={pending?.note !== undefined}
                  onClick={() => feedback.mutate({ note })}
                >
                  {t('evaluation.saveNote')}
                </Button>
              </Group>
            </Stack>

            <ErrorAlert error={feedback.error} timeZone={timeZone} />
            {feedback.isSuccess && !feedback.isPending && (
              <Text size="sm" c="teal.8" fw={500} role="status" data-testid="feedback-saved">
                {t('evaluation.saved')} ✓
              </Text>
            )}

            <OutcomeSection feedback={saved} mutation={outcome} timeZone={timeZone} headingId={`${headingId}-outcome`} />
          </>
        )}
      </Stack>
    </Card>
  );
}
