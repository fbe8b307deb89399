import { Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api-client';
import type { EventDetail, EventFields } from '../api-types';
import { EventFieldsForm } from '../components/event-fields-form';

export function CreateEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (fields: Partial<EventFields>) => api<EventDetail>('/events', { method: 'POST', body: fields }),
    onSuccess: (event) => {
      void queryClient.invalidateQueries({ queryKey: ['events'] });
      navigate(`/events/${event.id}/setup/sessions`);
    },
  });

  return (
    <Stack gap="md">
      <Title order={1}>{t('events.createTitle')}</Title>
      <EventFieldsForm
        submitLabel={t('eventForm.createButton')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(fields) => create.mutate(fields)}
      />
    </Stack>
  );
}
