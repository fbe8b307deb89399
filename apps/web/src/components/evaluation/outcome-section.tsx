import { Button, Group, NumberInput, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingFeedback, OutcomeResult } from '../../api-types';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../time-zone';
import { ErrorAlert } from '../error-alert';
import { KindChips } from './kind-chips';
import type { useFeedbackActions } from './use-feedback-actions';

const outcomes: OutcomeResult[] = ['none', 'ongoing', 'concrete'];

interface Props {
  feedback: MeetingFeedback | null;
  mutation: ReturnType<typeof useFeedbackActions>['outcome'];
  timeZone: string;
  headingId: string;
}

/**
 * What came of a meeting. Kept open for months ("we signed in March"), so it is saved as a whole with
 * one button rather than tap by tap: a half-filled value should not count as a concrete deal.
 */
export function OutcomeSection({ feedback, mutation, timeZone, headingId }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [outcome, setOutcome] = useState<OutcomeResult | ''>(feedback?.outcome ?? '');
  const [kinds, setKinds] = useState<string[]>(feedback?.outcomeKinds ?? []);
  const [value, setValue] = useState<number | string>(feedback?.outcomeValueEur ?? '');
  const [note, setNote] = useState(feedback?.outcomeNote ?? '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!outcome) return;
    mutation.mutate({
      outcome,
      kinds: outcome === 'none' ? [] : kinds,
      valueEur: outcome === 'concrete' && value !== '' ? Number(value) : null,
      note: note.trim(),
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby={headingId} data-testid="evaluation-outcome">
      <Stack gap="xs" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <Title order={3} size="h5" id={headingId}>
          {t('evaluation.outcomeHeading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('evaluation.outcomeHint')}
        </Text>
        <Radio.Group
          value={outcome}
          onChange={(next) => {
            mutation.reset();
            setOutcome(next as OutcomeResult);
          }}
          label={t('evaluation.outcomeQuestion')}
        >
          <Stack gap={8} mt={6}>
            {outcomes.map((option) => (
              <Radio key={option} value={option} label={t(`evaluation.outcomes.${option}`)} size="md" />
            ))}
          </Stack>
        </Radio.Group>
        {(outcome === 'ongoing' || outcome === 'concrete') && (
          <Stack gap={6}>
            <Text size="sm" fw={500} id={`${headingId}-kinds`}>
              {t('evaluation.outcomeKinds')}
            </Text>
            <KindChips value={kinds} labelledBy={`${headingId}-kinds`} onChange={setKinds} />
          </Stack>
        )}
        {outcome === 'concrete' && (
          <NumberInput
            label={t('evaluation.valueEur')}
            description={t('evaluation.valueEurHint')}
            prefix="€ "
            thousandSeparator=" "
            min={0}
            max={2_000_000_000}
            allowDecimal={false}
            allowNegative={false}
            value={value}
            onChange={setValue}
            maw={280}
          />
        )}
        {outcome && (
          <Textarea
            label={t('evaluation.outcomeNote')}
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        )}
        <ErrorAlert error={mutation.error} timeZone={timeZone} />
        <Group gap="sm">
          <Button type="submit" variant="light" disabled={!outcome} loading={mutation.isPending}>
            {t('evaluation.saveOutcome')}
          </Button>
          {feedback?.outcomeUpdatedAt && (
            <Text size="sm" c={mutation.isSuccess ? 'teal.8' : 'dimmed'} role="status">
              {mutation.isSuccess ? `${t('evaluation.saved')} ✓ · ` : ''}
              {t('evaluation.outcomeUpdated', { date: formatDate(feedback.outcomeUpdatedAt, locale, timeZone) })}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
