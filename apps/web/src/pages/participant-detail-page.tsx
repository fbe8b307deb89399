import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api-client';
import type { Participant, Recommendation } from '../api-types';
import { ErrorAlert } from '../components/error-alert';
import { PageState } from '../components/page-state';
import { Field, ItemList, termLabel } from '../components/profile-display';
import { StatusBadge } from '../components/status-badge';
import { useEventDetail, useParticipantTypes } from '../queries';

type Decision = 'validate' | 'reject' | 'request_changes';

export function ParticipantDetailPage() {
  const { t } = useTranslation();
  const { eventId = '', participantId = '' } = useParams();
  const queryClient = useQueryClient();
  const event = useEventDetail(eventId);
  const types = useParticipantTypes(eventId);
  const queryKey = ['participant', eventId, participantId];
  const participant = useQuery({
    queryKey,
    queryFn: () => api<Participant>(`/events/${eventId}/participants/${participantId}`),
  });
  const canSeeRecommendations = event.data !== undefined && event.data.role !== 'helper';
  const recommendations = useQuery({
    queryKey: ['participant-recommendations', eventId, participantId],
    queryFn: () => api<Recommendation[]>(`/events/${eventId}/participants/${participantId}/recommendations`),
    enabled: canSeeRecommendations,
  });
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const decide = useMutation({
    mutationFn: (decision: Decision) =>
      api<Participant>(`/events/${eventId}/participants/${participantId}/decision`, {
        method: 'POST',
        body: { decision, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: ['participants', eventId] });
      setReason('');
    },
  });

  const submitDecision = (decision: Decision) => {
    if (decision !== 'validate' && !reason.trim()) {
      setReasonError(t('decision.reasonRequired'));
      return;
    }
    setReasonError(null);
    decide.mutate(decision);
  };

  if (!participant.data) return <PageState error={participant.error} />;
  const p = participant.data;
  const taxonomies = event.data?.taxonomies;
  const questions = event.data?.profileQuestions ?? [];
  const readOnly = event.data?.role === 'helper';

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/events/${eventId}/participants`} size="sm">
        ← {t('participants.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {p.firstName} {p.lastName}
        </Title>
        <StatusBadge status={p.status} />
      </Group>
      {p.statusReason && (
        <Alert color="orange" title={t('decision.currentReason')}>
          {p.statusReason}
        </Alert>
      )}

      <Paper withBorder p="md">
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('profile.personHeading')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            <Field label={t('profile.email')}>{p.email}</Field>
            <Field label={t('profile.jobTitle')}>{p.jobTitle}</Field>
            <Field label={t('profile.participantType')}>
              {types.data?.find((type) => type.id === p.participantTypeId)?.name}
            </Field>
            <Field label={t('profile.languages')}>{(p.languages ?? []).join(', ')}</Field>
          </SimpleGrid>
          <Title order={2} size="h4">
            {t('profile.organisationHeading')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            <Field label={t('profile.organisationName')}>{p.organisation?.name}</Field>
            <Field label={t('profile.organisationType')}>{termLabel(taxonomies?.organisationTypes, p.organisation?.type)}</Field>
            <Field label={t('profile.country')}>{termLabel(taxonomies?.countries, p.organisation?.country)}</Field>
            <Field label={t('profile.region')}>{p.organisation?.region}</Field>
            <Field label={t('profile.city')}>{p.organisation?.city}</Field>
            <Field label={t('profile.website')}>
              {p.organisation?.website && (
                <Anchor href={p.organisation.website} target="_blank" rel="noopener noreferrer">
                  {p.organisation.website}
                </Anchor>
              )}
            </Field>
            <Field label={t('profile.sizeBand')}>{p.organisation?.sizeBand && t(`sizeBand.${p.organisation.sizeBand}`)}</Field>
            <Field label={t('profile.companyNumber')}>{p.organisation?.companyNumber}</Field>
            <Field label={t('profile.sectors')}>{(p.sectors ?? []).map((key) => termLabel(taxonomies?.sectors, key)).join(', ')}</Field>
          </SimpleGrid>
          <Field label={t('profile.description')}>{p.description}</Field>
          {questions.length > 0 && (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              {questions.map((question) => {
                const answer = p.answers?.[question.key];
                return (
                  <Field key={question.key} label={question.label}>
                    {typeof answer === 'boolean' ? (answer ? t('common.yes') : t('common.no')) : answer}
                  </Field>
                );
              })}
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <ItemList title={t('profile.offers')} items={p.offers ?? []} categories={taxonomies?.categories} />
            <ItemList title={t('profile.seeks')} items={p.seeks ?? []} categories={taxonomies?.categories} />
          </SimpleGrid>
        </Stack>
      </Paper>

      {canSeeRecommendations && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('participants.recommendationsHeading')}
            </Title>
            {!recommendations.data ? (
              <PageState error={recommendations.error} />
            ) : recommendations.data.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('participants.noRecommendations')}
              </Text>
            ) : (
              <Stack gap="xs" data-testid="participant-recommendations">
                {recommendations.data.map((recommendation) => (
                  <Stack key={recommendation.participant.id} gap={0}>
                    <Anchor component={Link} to={`/events/${eventId}/participants/${recommendation.participant.id}`} size="sm" fw={600}>
                      {recommendation.participant.firstName} {recommendation.participant.lastName} ({recommendation.participant.organisation.name})
                    </Anchor>
                    <Text size="sm" c="dimmed" lang="en" style={{ overflowWrap: 'anywhere' }}>
                      {recommendation.reason}
                    </Text>
                  </Stack>
                ))}
              </Stack>
            )}
          </Stack>
        </Paper>
      )}

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('decision.heading')}
          </Title>
          {readOnly ? (
            <Text size="sm" c="dimmed">
              {t('decision.readOnly')}
            </Text>
          ) : (
            <>
              <Textarea
                label={t('decision.reason')}
                description={t('decision.reasonHint')}
                autosize
                minRows={2}
                value={reason}
                error={reasonError}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <ErrorAlert error={decide.error} />
              <Group gap="xs">
                <Button color="green" onClick={() => submitDecision('validate')} loading={decide.isPending && decide.variables === 'validate'}>
                  {t('decision.validate')}
                </Button>
                <Button
                  color="orange"
                  variant="light"
                  onClick={() => submitDecision('request_changes')}
                  loading={decide.isPending && decide.variables === 'request_changes'}
                >
                  {t('decision.requestChanges')}
                </Button>
                <Button
                  color="red"
                  variant="light"
                  onClick={() => submitDecision('reject')}
                  loading={decide.isPending && decide.variables === 'reject'}
                >
                  {t('decision.reject')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
