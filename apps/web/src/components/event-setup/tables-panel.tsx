import { Button, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { MeetingPlace, Participant, TableKind } from '../../api-types';
import { ConfirmButton } from '../confirm-button';
import { ErrorAlert } from '../error-alert';
import { PageState } from '../page-state';
import { EditPlaceButton } from './edit-place-button';
import { PlaceFields } from './place-fields';
import { usePlaceName, useTables } from '../../queries';

const kinds: TableKind[] = ['table', 'booth', 'room', 'online'];

interface Props {
  eventId: string;
  timeZone: string;
  canEdit: boolean;
}

export function TablesPanel({ eventId, timeZone, canEdit }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const queryKey = ['tables', eventId];
  const tables = useTables(eventId);
  const participants = useQuery({
    queryKey: ['participants', eventId, '', ''],
    queryFn: () => api<Participant[]>(`/events/${eventId}/participants`),
    enabled: canEdit,
  });

  const [form, setForm] = useState({
    kind: 'table' as TableKind,
    count: 10 as number | string,
    label: '',
    capacity: 2 as number | string,
    exhibitorParticipantId: '',
    videoLinkTemplate: '',
  });

  const create = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = { kind: form.kind, capacity: Number(form.capacity) };
      if (form.kind === 'table') body.count = Number(form.count);
      else body.label = form.label.trim();
      if (form.kind === 'booth' && form.exhibitorParticipantId) body.exhibitorParticipantId = form.exhibitorParticipantId;
      if (form.kind === 'online' && form.videoLinkTemplate.trim()) body.videoLinkTemplate = form.videoLinkTemplate.trim();
      return api<MeetingPlace[]>(`/events/${eventId}/tables`, { method: 'POST', body });
    },
    onSuccess: () => {
      setForm((f) => ({ ...f, label: '', exhibitorParticipantId: '', videoLinkTemplate: '' }));
      void queryClient.invalidateQueries({ queryKey });
    },
  });

  const remove = useMutation({
    mutationFn: (id: string) => api<void>(`/events/${eventId}/tables/${id}`, { method: 'DELETE' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey }),
  });

  const placeName = usePlaceName();
  const participantName = (id: string | null) => {
    const p = id ? participants.data?.find((candidate) => candidate.id === id) : undefined;
    return p ? `${p.firstName} ${p.lastName} (${p.organisation.name})` : '';
  };

  const exhibitorOptions = (participants.data ?? []).map((p) => ({ value: p.id, label: participantName(p.id) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('tables.heading')}
        </Title>
        <ErrorAlert
          error={remove.error}
          timeZone={timeZone}
          tableName={(id) => {
            const place = tables.data?.find((candidate) => candidate.id === id);
            return place && placeName(place);
          }}
        />
        {!tables.data ? (
          <PageState error={tables.error} />
        ) : tables.data.length === 0 ? (
          <Text c="dimmed">{t('tables.empty')}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('tables.total', { count: tables.data.length })}
            </Text>
            <Table.ScrollContainer minWidth={320}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('tables.place')}</Table.Th>
                    <Table.Th>{t('tables.kind')}</Table.Th>
                    <Table.Th>{t('tables.capacity')}</Table.Th>
                    {canEdit && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {tables.data.map((place) => (
                    <Table.Tr key={place.id}>
                      <Table.Td>
                        {placeName(place)}
                        {place.exhibitorParticipantId && (
                          <Text size="xs" c="dimmed">
                            {participantName(place.exhibitorParticipantId)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{t(`tables.kindShort.${place.kind}`)}</Table.Td>
                      <Table.Td>{place.capacity}</Table.Td>
                      {canEdit && (
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          <EditPlaceButton eventId={eventId} place={place} name={placeName(place)} exhibitors={exhibitorOptions} />
                          <ConfirmButton
                            variant="subtle"
                            size="compact-sm"
                            label={t('common.delete')}
                            ariaLabel={t('tables.deleteLabel', { name: placeName(place) })}
                            title={t('tables.deleteLabel', { name: placeName(place) })}
                            message={t('tables.deleteLabel', { name: placeName(place) }) + '?'}
                            confirmLabel={t('common.delete')}
                            loading={remove.isPending && remove.variables === place.id}
                            onConfirm={() => remove.mutate(place.id)}
                          />
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>

      {canEdit && (
        <Paper withBorder p="md">
          <form onSubmit={submit}>
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('tables.addHeading')}
              </Title>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <NativeSelect
                  label={t('tables.kind')}
                  value={form.kind}
                  data={kinds.map((kind) => ({ value: kind, label: t(`tables.kinds.${kind}`) }))}
                  onChange={(e) => {
                    const kind = e.currentTarget.value as TableKind;
                    setForm((f) => ({ ...f, kind }));
                  }}
                />
                {form.kind === 'table' ? (
                  <NumberInput
                    label={t('tables.count')}
                    required
                    min={1}
                    max={500}
                    allowDecimal={false}
                    value={form.count}
                    onChange={(count) => setForm((f) => ({ ...f, count }))}
                  />
                ) : (
                  <TextInput
                    label={t('tables.label')}
                    required
                    maxLength={120}
                    value={form.label}
                    onChange={(e) => {
                      const label = e.currentTarget.value;
                      setForm((f) => ({ ...f, label }));
                    }}
                  />
                )}
                <PlaceFields kind={form.kind} values={form} exhibitors={exhibitorOptions} onChange={(patch) => setForm((f) => ({ ...f, ...patch }))} />
              </SimpleGrid>
              <ErrorAlert error={create.error} />
              <Group>
                <Button type="submit" loading={create.isPending}>
                  {t('tables.addButton')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
