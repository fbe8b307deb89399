import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { EvaluationAnswers, EvaluationRound, MyEvaluations, ProfileQuestion } from '../../api-types';
import { currentLocale } from '../../i18n';
import { evaluationsKey } from '../../queries';
import { formatDate } from '../../time-zone';
import { ErrorAlert } from '../error-alert';
import { QuestionField } from '../question-field';

interface Props {
  round: EvaluationRound;
  questions: ProfileQuestion[];
  timeZone: string;
}

function initialAnswers(round: EvaluationRound, questions: ProfileQuestion[]): EvaluationAnswers {
  const answers: EvaluationAnswers = { ...round.answers };
  // An unticked yes/no question is a "no", so it is sent as an answer and satisfies "required".
  for (const question of questions) if (question.type === 'checkbox' && answers[question.key] === undefined) answers[question.key] = false;
  return answers;
}

/** The event questionnaire of one evaluation round (the first after the event, then each follow-up). */
export function QuestionnaireForm({ round, questions, timeZone }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState(() => initialAnswers(round, questions));

  const send = useMutation({
    mutationFn: (body: { answers: EvaluationAnswers }) =>
      api<{ round: number; answeredAt: string }>(`/me/evaluations/${round.round}/answers`, { method: 'POST', body, auth: 'participant' }),
    onSuccess: ({ answeredAt }, { answers: sent }) =>
      queryClient.setQueryData(evaluationsKey, (old: MyEvaluations | undefined) =>
        old ? { ...old, rounds: old.rounds.map((r) => (r.round === round.round ? { ...r, answeredAt, answers: sent } : r)) } : old,
      ),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Blank text is no answer, so the server names it when the question is required.
    const filled = Object.fromEntries(
      Object.entries(answers).filter(([key, answer]) => answer !== '' && questions.some((q) => q.key === key)),
    );
    send.mutate({ answers: filled });
  };

  const headingId = `evaluation-round-heading-${round.round}`;
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby={headingId} data-testid={`evaluation-round-${round.round}`}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4" id={headingId}>
            {round.round === 1 ? t('evaluation.firstRound') : t('evaluation.followUpRound', { number: round.round - 1 })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('evaluation.sentOn', { date: formatDate(round.sentAt, locale, timeZone) })}
            {round.answeredAt && ` · ${t('evaluation.answeredOn', { date: formatDate(round.answeredAt, locale, timeZone) })}`}
          </Text>
        </Stack>
        {questions.map((question) => (
          <QuestionField
            key={question.key}
            question={question}
            nativeRequired={false}
            value={answers[question.key]}
            onChange={(answer) => {
              send.reset();
              setAnswers((all) => ({ ...all, [question.key]: answer }));
            }}
          />
        ))}
        {questions.some((q) => q.required && q.type !== 'checkbox') && (
          <Text size="xs" c="dimmed">
            {t('evaluation.requiredHint')}
          </Text>
        )}
        <ErrorAlert error={send.error} timeZone={timeZone} />
        <Group gap="sm">
          <Button type="submit" loading={send.isPending}>
            {t('evaluation.sendAnswers')}
          </Button>
          {send.isSuccess && (
            <Text size="sm" c="teal.8" fw={500} role="status">
              {t('evaluation.answersSent')} ✓
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
