import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EventPageLinks } from '../components/event-page-links';
import { useParams, useSearchParams } from 'react-router';
import { api, downloadFile } from '../api-client';
import type { PublishOutcome, ScheduleEntry, ScheduleTarget, ScheduleVersionDetail } from '../api-types';
import { ConfirmButton } from '../components/confirm-button';
import { ErrorAlert } from '../components/error-alert';
import { PageState } from '../components/page-state';
import { EntryDrawer } from '../components/schedule/entry-drawer';
import { MoveBanner } from '../components/schedule/move-banner';
import { ParticipantAgenda } from '../components/schedule/participant-agenda';
import { PublishOutcomeAlert } from '../components/schedule/publish-outcome';
import { QualityFigures } from '../components/schedule/quality-figures';
import { RunPanel } from '../components/schedule/run-panel';
import { ScheduleGrid, targetsByCell } from '../components/schedule/schedule-grid';
import { UnscheduledList } from '../components/schedule/unscheduled-list';
import { useScheduleEdits } from '../components/schedule/use-schedule-edits';
import { VersionSelector } from '../components/schedule/version-selector';
import { scheduleVersionKey, scheduleVersionsKey, useEventDetail, useScheduleRun, useScheduleVersion, useScheduleVersions } from '../queries';

/** The open version: grid, figures, edits of a draft, unscheduled requests and the organiser's agenda check. */
function VersionView({ eventId, detail, timeZone, canEdit }: { eventId: string; detail: ScheduleVersionDetail; timeZone: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const versionId = detail.version.id;
  const editable = canEdit && detail.version.status === 'draft';
  const [openEntryId, setOpenEntryId] = useState<string | null>(null);
  const [moving, setMoving] = useState<ScheduleEntry | null>(null);
  const [agendaOf, setAgendaOf] = useState('');
  const { patch, swap } = useScheduleEdits(eventId, versionId);
  const countries = useEventDetail(eventId).data?.taxonomies.countries;

  const targets = useQuery({
    queryKey: ['schedule-targets', eventId, versionId, moving?.id],
    queryFn: () =>
      api<{ targets: ScheduleTarget[] }>(`/events/${eventId}/schedule/versions/${versionId}/entries/${moving?.id}/targets`),
    enabled: Boolean(moving),
    staleTime: 0,
    gcTime: 0,
  });
  const onlinePlaceIds = new Set(detail.places.filter((place) => place.kind === 'online').map((place) => place.id));
  const targetMap = moving && targets.data ? targetsByCell(targets.data.targets, onlinePlaceIds) : null;

  const startMove = (entry: ScheduleEntry) => {
    patch.reset();
    swap.reset();
    setOpenEntryId(null);
    setMoving(entry);
  };
  const stopMove = () => {
    patch.reset();
    swap.reset();
    setMoving(null);
  };
  const onTarget = (target: ScheduleTarget) => {
    if (!moving) return;
    const options = { onSuccess: () => setMoving(null), onError: () => void targets.refetch() };
    if (target.swapWithEntryId) swap.mutate([moving.id, target.swapWithEntryId], options);
    else patch.mutate({ entryId: moving.id, body: { slotId: target.slotId, tableId: target.tableId, online: target.online } }, options);
  };

  const participants = [
    ...new Map(detail.entries.flatMap((entry) => entry.participants).map((p) => [p.id, p])).values(),
  ].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Stack gap="md">
      <QualityFigures metrics={detail.version.metrics} />

      <Paper withBorder p="md" component="section" aria-labelledby="grid-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="grid-heading">
            {t('schedule.gridHeading')}
          </Title>
          <NativeSelect
            label={t('schedule.agendaOf')}
            value={agendaOf}
            onChange={(e) => setAgendaOf(e.currentTarget.value)}
            data={[
              { value: '', label: t('schedule.agendaNone') },
              ...participants.map((p) => ({ value: p.id, label: p.organisationName ? `${p.name} (${p.organisationName})` : p.name })),
            ]}
            maw={420}
          />
          {agendaOf && <ParticipantAgenda detail={detail} participantId={agendaOf} timeZone={timeZone} countries={countries} onOpen={(entry) => setOpenEntryId(entry.id)} />}
          <Text size="sm" c="dimmed">
            {editable ? t('schedule.gridHint') : t('schedule.gridHintReadOnly')}
          </Text>
          {moving && (
            <MoveBanner entry={moving} loading={targets.isPending} error={patch.error ?? swap.error ?? targets.error} timeZone={timeZone} onCancel={stopMove} />
          )}
          {detail.slots.length === 0 ? (
            <Text c="dimmed">{t('schedule.noSlots')}</Text>
          ) : (
            <ScheduleGrid
              detail={detail}
              timeZone={timeZone}
              onOpen={(entry) => setOpenEntryId(entry.id)}
              highlightParticipantId={agendaOf || undefined}
              move={moving ? { entry: moving, targets: targetMap } : null}
              onTarget={onTarget}
              busy={patch.isPending || swap.isPending}
            />
          )}
        </Stack>
      </Paper>

      <UnscheduledList entries={detail.entries} editable={editable} moving={moving} onOpen={(entry) => setOpenEntryId(entry.id)} onMove={startMove} />

      <EntryDrawer
        eventId={eventId}
        detail={detail}
        entryId={openEntryId}
        timeZone={timeZone}
        editable={editable}
        countries={countries}
        onClose={() => setOpenEntryId(null)}
        onMove={startMove}
      />
    </Stack>
  );
}

export function SchedulePage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const queryClient = useQueryClient();
  const event = useEventDetail(eventId);
  const versions = useScheduleVersions(eventId);
  const run = useScheduleRun(eventId);
  const selectedId = params.get('version') ?? versions.data?.[0]?.id;
  const detail = useScheduleVersion(eventId, selectedId);
  const [outcome, setOutcome] = useState<PublishOutcome | null>(null);

  const selectVersion = (versionId: string) => {
    const next = new URLSearchParams(params);
    next.set('version', versionId);
    setParams(next);
  };

  // Follow a run from queued to finished (socket or 2-second poll) and then open the version it made.
  const watchedRun = useRef<string | null>(null);
  const runState = run.data;
  useEffect(() => {
    if (!runState?.runId) return;
    if (runState.state === 'queued' || runState.state === 'running') {
      watchedRun.current = runState.runId;
    } else if (watchedRun.current === runState.runId) {
      watchedRun.current = null;
      void queryClient.invalidateQueries({ queryKey: scheduleVersionsKey(eventId) });
      if (runState.versionId) {
        setOutcome(null);
        const next = new URLSearchParams(window.location.search);
        next.set('version', runState.versionId);
        setParams(next);
      }
    }
  }, [runState, eventId, queryClient, setParams]);

  const publish = useMutation({
    mutationFn: (versionId: string) => api<PublishOutcome>(`/events/${eventId}/schedule/versions/${versionId}/publish`, { method: 'POST' }),
    onSuccess: (result) => setOutcome(result),
    onSettled: (_result, _error, versionId) => {
      void queryClient.invalidateQueries({ queryKey: scheduleVersionsKey(eventId) });
      void queryClient.invalidateQueries({ queryKey: scheduleVersionKey(eventId, versionId) });
    },
  });

  const printPack = useMutation({
    mutationFn: () => downloadFile(`/events/${eventId}/schedule/print-pack.pdf`, `print-pack-${eventId}.pdf`),
  });

  if (!versions.data || !event.data) return <PageState error={versions.error ?? event.error} />;
  const timeZone = event.data.timeZone;
  const canEdit = event.data.role === 'organiser';
  const latestDraft = versions.data.find((version) => version.status === 'draft');
  const open = detail.data?.version ?? versions.data.find((version) => version.id === selectedId);

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={1}>{t('schedule.title')}</Title>
        <EventPageLinks eventId={eventId} eventName={event.data.name} current="schedule" />
      </Stack>

      {canEdit ? (
        <RunPanel eventId={eventId} run={run.data} latestDraft={latestDraft} />
      ) : (
        <Alert color="gray">{t('schedule.viewOnly')}</Alert>
      )}

      {versions.data.length === 0 ? (
        <Text c="dimmed" data-testid="no-versions">
          {t('schedule.noVersions')}
        </Text>
      ) : !open ? (
        <PageState error={detail.error} />
      ) : (
        <>
          <Paper withBorder p="md" component="section" aria-label={t('schedule.version')}>
            <Stack gap="sm">
              <VersionSelector
                versions={versions.data}
                selected={open}
                timeZone={timeZone}
                onSelect={(versionId) => {
                  setOutcome(null);
                  publish.reset();
                  selectVersion(versionId);
                }}
              />
              {open.status !== 'draft' && (
                <Text size="sm" c="dimmed" data-testid="read-only-version">
                  {t('schedule.readOnly')}
                </Text>
              )}
              <Group gap="xs">
                {canEdit && open.status === 'draft' && (
                  <ConfirmButton
                    color="teal"
                    confirmColor="teal"
                    label={t('schedule.publish')}
                    title={t('schedule.publishTitle', { number: open.number })}
                    message={t('schedule.publishText')}
                    confirmLabel={t('schedule.publishConfirm', { number: open.number })}
                    loading={publish.isPending}
                    onConfirm={() => publish.mutate(open.id)}
                  />
                )}
                <Button variant="default" onClick={() => printPack.mutate()} loading={printPack.isPending}>
                  {t('schedule.printPack')}
                </Button>
              </Group>
              <ErrorAlert error={publish.error ?? printPack.error} />
              {outcome && <PublishOutcomeAlert outcome={outcome} onClose={() => setOutcome(null)} />}
            </Stack>
          </Paper>

          {!detail.data ? (
            <PageState error={detail.error} />
          ) : (
            <VersionView key={detail.data.version.id} eventId={eventId} detail={detail.data} timeZone={timeZone} canEdit={canEdit} />
          )}
        </>
      )}
    </Stack>
  );
}
