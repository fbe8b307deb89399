import { Button, Checkbox, Grid, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { ParticipantType } from '../../api-types';
import { ConfirmButton } from '../confirm-button';
import { ErrorAlert } from '../error-alert';
import { PageState } from '../page-state';

type Limit = number | string;

/** An empty limit field means "no limit", which the API represents as null. */
function limit(value: Limit): number | null {
  return value === '' ? null : Number(value);
}

function TypeRow({ eventId, type, canEdit }: { eventId: string; type: ParticipantType; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({
    name: type.name,
    maxRequests: (type.maxRequests ?? '') as Limit,
    maxMeetings: (type.maxMeetings ?? '') as Limit,
  });
  const invalidate = () => void queryClient.invalidateQueries({ queryKey: ['participant-types', eventId] });
  const save = useMutation({
    mutationFn: () =>
      api<ParticipantType>(`/events/${eventId}/participant-types/${type.id}`, {
        method: 'PATCH',
        body: { name: draft.name.trim(), maxRequests: limit(draft.maxRequests), maxMeetings: limit(draft.maxMeetings) },
      }),
    onSuccess: invalidate,
  });
  const remove = useMutation({
    mutationFn: () => api<void>(`/events/${eventId}/participant-types/${type.id}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
  const dirty =
    draft.name !== type.name ||
    limit(draft.maxRequests) !== (type.maxRequests ?? null) ||
    limit(draft.maxMeetings) !== (type.maxMeetings ?? null);

  return (
    <Paper withBorder p="sm" data-testid="participant-type">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="xs">
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label={t('types.name')}
              required
              readOnly={!canEdit}
              value={draft.name}
              onChange={(e) => {
                const name = e.currentTarget.value;
                setDraft((d) => ({ ...d, name }));
              }}
            />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
            <NumberInput
              label={t('types.maxRequests')}
              min={0}
              allowDecimal={false}
              readOnly={!canEdit}
              value={draft.maxRequests}
              onChange={(maxRequests) => setDraft((d) => ({ ...d, maxRequests }))}
            />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
            <NumberInput
              label={t('types.maxMeetings')}
              min={0}
              allowDecimal={false}
              readOnly={!canEdit}
              value={draft.maxMeetings}
              onChange={(maxMeetings) => setDraft((d) => ({ ...d, maxMeetings }))}
            />
            </Grid.Col>
          </Grid>
          <ErrorAlert error={save.error ?? remove.error} />
          {canEdit && (
            <Group justify="flex-end" gap="xs">
              <Button type="submit" size="xs" disabled={!dirty} loading={save.isPending} aria-label={t('types.saveLabel', { name: type.name })}>
                {t('common.save')}
              </Button>
              <ConfirmButton
                size="xs"
                variant="subtle"
                label={t('common.delete')}
                ariaLabel={t('types.deleteLabel', { name: type.name })}
                title={t('types.deleteLabel', { name: type.name })}
                message={t('types.deleteLabel', { name: type.name }) + '?'}
                confirmLabel={t('common.delete')}
                loading={remove.isPending}
                onConfirm={() => remove.mutate()}
              />
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

export function ParticipantTypesPanel({ eventId, canEdit }: { eventId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const queryKey = ['participant-types', eventId];
  const types = useQuery({ queryKey, queryFn: () => api<ParticipantType[]>(`/events/${eventId}/participant-types`) });
  const [form, setForm] = useState({ name: '', maxRequests: '' as Limit, maxMeetings: '' as Limit });

  const create = useMutation({
    mutationFn: () =>
      api<ParticipantType>(`/events/${eventId}/participant-types`, {
        method: 'POST',
        body: {
          name: form.name.trim(),
          ...(form.maxRequests !== '' ? { maxRequests: Number(form.maxRequests) } : {}),
          ...(form.maxMeetings !== '' ? { maxMeetings: Number(form.maxMeetings) } : {}),
        },
      }),
    onSuccess: () => {
      setForm({ name: '', maxRequests: '', maxMeetings: '' });
      void queryClient.invalidateQueries({ queryKey });
    },
  });

  const toggle = useMutation({
    mutationFn: ({ row, column, checked }: { row: ParticipantType; column: ParticipantType; checked: boolean }) => {
      const canMeet = checked ? [...new Set([...row.canMeet, column.id])] : row.canMeet.filter((id) => id !== column.id);
      return api<ParticipantType>(`/events/${eventId}/participant-types/${row.id}`, { method: 'PATCH', body: { canMeet } });
    },
    // The server mirrors the change onto the other type, so refetch both rows.
    onSettled: () => void queryClient.invalidateQueries({ queryKey }),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };

  if (!types.data) return <PageState error={types.error} />;
  const list = types.data;

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('types.heading')}
        </Title>
        {list.length === 0 && <Text c="dimmed">{t('types.empty')}</Text>}
        {list.map((type) => (
          <TypeRow key={`${type.id}-${type.name}-${type.maxRequests}-${type.maxMeetings}`} eventId={eventId} type={type} canEdit={canEdit} />
        ))}
        <Text size="xs" c="dimmed">
          {t('types.unlimitedHint')}
        </Text>
      </Stack>

      {canEdit && (
        <Paper withBorder p="md">
          <form onSubmit={submit}>
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('types.addHeading')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput
                  label={t('types.name')}
                  required
                  value={form.name}
                  onChange={(e) => {
                    const name = e.currentTarget.value;
                    setForm((f) => ({ ...f, name }));
                  }}
                />
                <NumberInput
                  label={t('types.maxRequests')}
                  min={0}
                  allowDecimal={false}
                  value={form.maxRequests}
                  onChange={(maxRequests) => setForm((f) => ({ ...f, maxRequests }))}
                />
                <NumberInput
                  label={t('types.maxMeetings')}
                  min={0}
                  allowDecimal={false}
                  value={form.maxMeetings}
                  onChange={(maxMeetings) => setForm((f) => ({ ...f, maxMeetings }))}
                />
              </SimpleGrid>
              <ErrorAlert error={create.error} />
              <Group>
                <Button type="submit" loading={create.isPending}>
                  {t('types.addButton')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}

      {list.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('types.matrixHeading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('types.matrixHint')}
          </Text>
          <ErrorAlert error={toggle.error} />
          <Table.ScrollContainer minWidth={120 + list.length * 90}>
            <Table withTableBorder withColumnBorders>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  {list.map((column) => (
                    <Table.Th key={column.id} ta="center" scope="col">
                      {column.name}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Th scope="row">{row.name}</Table.Th>
                    {list.map((column) => (
                      <Table.Td key={column.id} ta="center">
                        <Checkbox
                          style={{ display: 'inline-block' }}
                          aria-label={t('types.canMeet', { row: row.name, column: column.name })}
                          checked={row.canMeet.includes(column.id)}
                          disabled={!canEdit || toggle.isPending}
                          onChange={(e) => toggle.mutate({ row, column, checked: e.currentTarget.checked })}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Stack>
  );
}
