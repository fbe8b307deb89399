import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../api-client';
import type { Participant } from '../api-types';
import { ErrorAlert } from '../components/error-alert';
import { PageState } from '../components/page-state';
import { ProfileFields, emptyProfile, toProfileInput } from '../components/profile-fields';
import { useEventDetail, useParticipantTypes } from '../queries';

export function RegisterOnBehalfPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const event = useEventDetail(eventId);
  const types = useParticipantTypes(eventId);
  const [values, setValues] = useState(emptyProfile);

  const register = useMutation({
    mutationFn: () =>
      api<Participant>(`/events/${eventId}/participants`, { method: 'POST', body: toProfileInput(values) }),
    onSuccess: (participant) => {
      void queryClient.invalidateQueries({ queryKey: ['participants', eventId] });
      navigate(`/events/${eventId}/participants/${participant.id}`);
    },
  });

  if (!event.data || !types.data) return <PageState error={event.error ?? types.error} />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    register.mutate();
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="md">
        <Title order={1}>{t('participants.registerOnBehalfTitle')}</Title>
        <Text c="dimmed">{t('participants.registerOnBehalfHint')}</Text>
        <ProfileFields
          value={values}
          onChange={setValues}
          participantTypes={types.data}
          taxonomies={event.data.taxonomies}
          questions={event.data.profileQuestions}
          extended
          showQuestions
        />
        <ErrorAlert error={register.error} />
        <Group>
          <Button type="submit" loading={register.isPending}>
            {t('participants.registerButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
