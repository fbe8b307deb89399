import { Badge, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { Session } from '../../api-types';
import { currentLocale } from '../../i18n';
import { usePlaceName, useTables } from '../../queries';
import { formatDate, formatTime } from '../../time-zone';
import { ConfirmButton } from '../confirm-button';
import { ErrorAlert } from '../error-alert';
import { PageState } from '../page-state';
import { SessionForm, type SessionBody } from './session-form';

interface Props {
  eventId: string;
  timeZone: string;
  defaultDate: string;
  canEdit: boolean;
}

export function SessionsPanel({ eventId, timeZone, defaultDate, canEdit }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const locale = currentLocale();
  const queryKey = ['sessions', eventId];
  const sessions = useQuery({ queryKey, queryFn: () => api<Session[]>(`/events/${eventId}/sessions`) });
  const tables = useTables(eventId);
  const placeName = usePlaceName();
  const [editing, setEditing] = useState<string | null>(null);
  // Remounting the add form after a successful create clears it for the next session.
  const [created, setCreated] = useState(0);
  const refresh = () => queryClient.invalidateQueries({ queryKey });

  const create = useMutation({
    mutationFn: (body: SessionBody) => api<Session>(`/events/${eventId}/sessions`, { method: 'POST', body }),
    onSuccess: () => {
      setCreated((n) => n + 1);
      return refresh();
    },
  });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: SessionBody }) =>
      api<Session>(`/events/${eventId}/sessions/${id}`, { method: 'PATCH', body }),
    onSuccess: () => {
      setEditing(null);
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api<void>(`/events/${eventId}/sessions/${id}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });

  const tableName = (id: string) => {
    const place = tables.data?.find((candidate) => candidate.id === id);
    return place && placeName(place);
  };

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('sessions.heading')}
        </Title>
        <ErrorAlert error={remove.error} timeZone={timeZone} tableName={tableName} />
        {!sessions.data ? (
          <PageState error={sessions.error} />
        ) : sessions.data.length === 0 ? (
          <Text c="dimmed">{t('sessions.empty')}</Text>
        ) : (
          sessions.data.map((session) => (
            <Card key={session.id} withBorder data-testid="session">
              {editing === session.id ? (
                <SessionForm
                  timeZone={timeZone}
                  initial={session}
                  submitLabel={t('common.save')}
                  pending={update.isPending}
                  errorSlot={<ErrorAlert error={update.error} timeZone={timeZone} tableName={tableName} />}
                  onSubmit={(body) => update.mutate({ id: session.id, body })}
                  onCancel={() => {
                    update.reset();
                    setEditing(null);
                  }}
                />
              ) : (
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <div style={{ minWidth: 0 }}>
                      <Text fw={600}>{session.name}</Text>
                      <Text size="sm" c="dimmed">
                        {formatDate(session.startsAt, locale, timeZone)}, {formatTime(session.startsAt, timeZone, locale)}–
                        {formatTime(session.endsAt, timeZone, locale)} · {t('sessions.slotCount', { count: session.slots.length })}
                      </Text>
                    </div>
                    {canEdit && (
                      <Group gap={4} wrap="nowrap">
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          aria-label={t('sessions.editLabel', { name: session.name })}
                          onClick={() => {
                            update.reset();
                            setEditing(session.id);
                          }}
                        >
                          {t('common.edit')}
                        </Button>
                        <ConfirmButton
                          variant="subtle"
                          size="compact-sm"
                          label={t('common.delete')}
                          ariaLabel={t('sessions.deleteLabel', { name: session.name })}
                          title={t('sessions.deleteLabel', { name: session.name })}
                          message={t('sessions.confirmDelete', { name: session.name })}
                          confirmLabel={t('common.delete')}
                          loading={remove.isPending && remove.variables === session.id}
                          onConfirm={() => remove.mutate(session.id)}
                        />
                      </Group>
                    )}
                  </Group>
                  <Group gap={6} aria-label={t('sessions.slots')}>
                    {session.slots.map((slot) => (
                      <Badge key={slot.id} variant="light" radius="sm" tt="none">
                        {formatTime(slot.startsAt, timeZone, locale)}–{formatTime(slot.endsAt, timeZone, locale)}
                      </Badge>
                    ))}
                  </Group>
                </Stack>
              )}
            </Card>
          ))
        )}
      </Stack>

      {canEdit && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('sessions.addHeading')}
            </Title>
            <SessionForm
              key={created}
              timeZone={timeZone}
              defaultDate={defaultDate}
              submitLabel={t('sessions.addButton')}
              pending={create.isPending}
              errorSlot={<ErrorAlert error={create.error} />}
              onSubmit={(body) => create.mutate(body)}
            />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
