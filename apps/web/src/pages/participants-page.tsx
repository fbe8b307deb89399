import { Anchor, Badge, Button, Card, FileInput, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, saveBlob } from '../api-client';
import type { Participant, ParticipantStatus } from '../api-types';
import { ErrorAlert } from '../components/error-alert';
import { PageState } from '../components/page-state';
import { StatusBadge } from '../components/status-badge';
import { useEventDetail, useParticipantTypes } from '../queries';

const statuses: ParticipantStatus[] = ['pending', 'changes_requested', 'validated', 'rejected'];

export function ParticipantsPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const [search, setSearch] = useState(params.get('search') ?? '');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [file, setFile] = useState<File | null>(null);

  const event = useEventDetail(eventId);
  const types = useParticipantTypes(eventId);
  const participants = useQuery({
    queryKey: ['participants', eventId, status, debouncedSearch],
    queryFn: () => {
      const query = new URLSearchParams();
      if (status) query.set('status', status);
      if (debouncedSearch) query.set('search', debouncedSearch);
      const qs = query.toString();
      return api<Participant[]>(`/events/${eventId}/participants${qs ? `?${qs}` : ''}`);
    },
  });

  const importCsv = useMutation({
    mutationFn: (csv: File) => {
      const body = new FormData();
      body.append('file', csv);
      return api<{ imported: number }>(`/events/${eventId}/participants/import`, { method: 'POST', body });
    },
    onSuccess: () => {
      setFile(null);
      void queryClient.invalidateQueries({ queryKey: ['participants', eventId] });
    },
  });

  const exportCsv = useMutation({
    mutationFn: () => api<Blob>(`/events/${eventId}/participants/export.csv`, { blob: true }),
    onSuccess: (blob) => saveBlob(blob, `participants-${eventId}.csv`),
  });

  const setStatus = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('status', value);
    else next.delete('status');
    setParams(next, { replace: true });
  };

  const typeName = (id: string) => types.data?.find((type) => type.id === id)?.name ?? '';
  const readOnly = event.data?.role === 'helper';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={1}>{t('participants.title')}</Title>
          {event.data && (
            <Group gap="md">
              <Anchor component={Link} to={`/events/${eventId}/setup/details`} size="sm">
                {event.data.name}
              </Anchor>
              <Anchor component={Link} to={`/events/${eventId}/desk`} size="sm">
                {t('setup.deskLink')}
              </Anchor>
            </Group>
          )}
        </Stack>
        <Group gap="xs">
          {!readOnly && (
            <Button component={Link} to={`/events/${eventId}/participants/new`}>
              {t('participants.registerOnBehalf')}
            </Button>
          )}
          <Button variant="default" onClick={() => exportCsv.mutate()} loading={exportCsv.isPending}>
            {t('participants.export')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={exportCsv.error} />

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('participants.status')}
          value={status}
          data={[
            { value: '', label: t('participants.allStatuses') },
            ...statuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
          onChange={(e) => setStatus(e.currentTarget.value)}
        />
        <TextInput
          label={t('participants.search')}
          type="search"
          placeholder={t('participants.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
      </SimpleGrid>

      {!participants.data ? (
        <PageState error={participants.error} />
      ) : participants.data.length === 0 ? (
        <Text c="dimmed">{t('participants.empty')}</Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('participants.count', { count: participants.data.length })}
          </Text>
          {participants.data.map((p) => {
            const name = `${p.firstName} ${p.lastName}`;
            return (
              <Card key={p.id} withBorder padding="sm" data-testid="participant-row">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Anchor
                      component={Link}
                      to={`/events/${eventId}/participants/${p.id}`}
                      fw={600}
                      aria-label={t('participants.openProfile', { name })}
                    >
                      {name}
                    </Anchor>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {p.organisation?.name}
                      {typeName(p.participantTypeId) ? ` · ${typeName(p.participantTypeId)}` : ''}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {p.email}
                    </Text>
                  </Stack>
                  <StatusBadge status={p.status} />
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}

      {!readOnly && (
        <Paper withBorder p="md">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (file) importCsv.mutate(file);
            }}
          >
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('participants.importHeading')}
              </Title>
              <FileInput label={t('participants.importFile')} accept=".csv,text/csv" value={file} onChange={setFile} clearable />
              {importCsv.data && (
                <Badge color="green" variant="light" size="lg" tt="none">
                  {t('participants.imported', { count: importCsv.data.imported })}
                </Badge>
              )}
              <ErrorAlert error={importCsv.error} />
              <Group>
                <Button type="submit" disabled={!file} loading={importCsv.isPending}>
                  {t('participants.importButton')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
