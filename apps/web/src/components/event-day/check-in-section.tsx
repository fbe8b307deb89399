import { Alert, Badge, Button, Chip, Group, Loader, Menu, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, ApiError } from '../../api-client';
import type { DayOverview, DayParticipantFilter, DayParticipantRow, Term } from '../../api-types';
import { dayKey, useDayOverview, useDayParticipants } from '../../queries';
import { ErrorAlert } from '../error-alert';
import { termLabel } from '../profile-display';
import { type DayLabels, upcomingSlots } from './day-helpers';
import type { RebookTarget } from './meeting-actions';
import { PresenceDot } from './presence-dot';
import { useDayActions } from './use-day-actions';

interface Props {
  eventId: string;
  overview: DayOverview;
  labels: DayLabels;
  countries?: Term[];
  onRebook: (target: RebookTarget) => void;
}

const filters: DayParticipantFilter[] = ['not-arrived', 'late', 'absent'];

function rowPresence(row: DayParticipantRow) {
  if (row.absentAllDay || row.absentFromSlotId) return 'absent' as const;
  return row.checkedInAt ? ('present' as const) : ('not-arrived' as const);
}

/**
 * A check-in that returns an earlier time was already done (by the participant, another helper or a
 * second scan); the server may answer it with 200 or 409 and the row, and neither is an error here.
 */
function alreadyCheckedIn(row: DayParticipantRow, requestedAt: number): boolean {
  return Boolean(row.checkedInAt) && new Date(row.checkedInAt!).getTime() < requestedAt - 60_000;
}

interface ScanResult {
  row: DayParticipantRow;
  already: boolean;
}

export function CheckInSection({ eventId, overview, labels, countries, onRebook }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [filter, setFilter] = useState<DayParticipantFilter | null>(null);
  const list = useDayParticipants(eventId, q, filter);
  const [code, setCode] = useState('');
  const [scan, setScan] = useState<ScanResult | null>(null);

  const checkInByCode = useMutation({
    mutationFn: async (value: string): Promise<ScanResult> => {
      const requestedAt = Date.now();
      try {
        const row = await api<DayParticipantRow>(`/events/${eventId}/day/check-in`, { method: 'POST', body: { code: value } });
        return { row, already: alreadyCheckedIn(row, requestedAt) };
      } catch (error) {
        const body = error instanceof ApiError && error.status === 409 ? error.body : null;
        if (body && typeof body.id === 'string' && typeof body.name === 'string') return { row: body as unknown as DayParticipantRow, already: true };
        throw error;
      }
    },
    onSuccess: setScan,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: dayKey(eventId) }),
  });

  // A phone's camera app opens the QR code's link (…/desk?tab=check-in&code=…): check that person in once.
  const [params, setParams] = useSearchParams();
  const linkedCode = params.get('code');
  const handledCode = useRef<string | null>(null);
  useEffect(() => {
    if (!linkedCode || handledCode.current === linkedCode) return;
    handledCode.current = linkedCode;
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete('code');
      return next;
    }, { replace: true });
    checkInByCode.mutate(linkedCode);
  }, [linkedCode, setParams, checkInByCode]);

  const counts = list.data?.counts;

  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <Stack gap="xs">
          <TextInput
            label={t('day.codeLabel')}
            description={t('day.codeHint')}
            placeholder={t('day.codePlaceholder')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              const value = code.trim();
              if (!value) return;
              // Cleared at once so the next scan starts in an empty field.
              setCode('');
              setScan(null);
              checkInByCode.mutate(value);
            }}
            rightSection={checkInByCode.isPending ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
            autoComplete="off"
            spellCheck={false}
            data-testid="desk-code"
          />
          {scan && (
            <Alert color={scan.already ? 'blue' : 'teal'} data-testid="desk-code-result" title={scan.already ? t('day.alreadyCheckedIn') : t('day.checkedInTitle')}>
              {t('day.checkedInWho', {
                name: scan.row.name,
                organisation: scan.row.organisationName,
                time: scan.row.checkedInAt ? labels.time(scan.row.checkedInAt) : '–',
              })}
              {scan.row.nextMeeting && (
                <Text size="sm" mt={4}>
                  {t('day.nextMeetingLine', { time: labels.time(scan.row.nextMeeting.startsAt), place: scan.row.nextMeeting.placeLabel ?? t('day.online') })}
                </Text>
              )}
            </Alert>
          )}
          <ErrorAlert error={checkInByCode.error} timeZone={labels.timeZone} />
        </Stack>
      </Paper>

      <Group gap="xs" data-testid="desk-counts" aria-label={t('day.counts')} role="group">
        <Badge size="lg" variant="light" color="teal" tt="none" data-count="present">
          {t('day.countPresent', { count: counts?.present ?? 0 })}
        </Badge>
        <Badge size="lg" variant="light" color="gray" tt="none" data-count="not-arrived">
          {t('day.countNotArrived', { count: counts?.notArrived ?? 0 })}
        </Badge>
        <Badge size="lg" variant="light" color="red" tt="none" data-count="absent">
          {t('day.countAbsent', { count: counts?.absent ?? 0 })}
        </Badge>
      </Group>

      <TextInput
        type="search"
        label={t('day.searchLabel')}
        placeholder={t('day.searchPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        rightSection={list.isFetching ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
        data-testid="desk-search"
      />
      <Group gap="xs" role="group" aria-label={t('day.filters')}>
        {filters.map((key) => (
          <Chip key={key} checked={filter === key} onChange={() => setFilter(filter === key ? null : key)} size="sm">
            {t(`day.filter.${key}`)}
          </Chip>
        ))}
      </Group>

      {!list.data ? (
        <ErrorAlert error={list.error} />
      ) : list.data.participants.length === 0 ? (
        <Text c="dimmed">{t('day.noParticipants')}</Text>
      ) : (
        <Stack gap="xs" data-testid="desk-participants">
          {list.data.participants.map((row) => (
            <ParticipantRow key={row.id} eventId={eventId} row={row} overview={overview} labels={labels} countries={countries} onRebook={onRebook} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function ParticipantRow({ eventId, row, overview, labels, countries, onRebook }: Omit<Props, 'onRebook'> & { row: DayParticipantRow; onRebook: (target: RebookTarget) => void }) {
  const { t } = useTranslation();
  const { checkIn, markAbsent } = useDayActions(eventId);
  const presence = rowPresence(row);
  const affected = markAbsent.data?.affectedMeetings.length;

  return (
    <Paper withBorder p="xs" data-testid={`desk-participant-${row.id}`} data-presence={presence}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Group gap={8} wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
            <span style={{ paddingTop: 6 }}>
              <PresenceDot presence={presence} />
            </span>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {row.name}
              </Text>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {[row.organisationName, termLabel(countries, row.country)].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
          </Group>
          {row.late && (
            <Badge color="orange" variant="filled" tt="none" style={{ flexShrink: 0 }} data-testid="desk-late">
              {t('day.late')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {row.absentAllDay
            ? t('day.absentAllDay')
            : row.absentFromSlotId
              ? t('day.absentFrom', { time: labels.slotLabel(row.absentFromSlotId) })
              : row.nextMeeting
                ? t('day.nextMeetingLine', { time: labels.time(row.nextMeeting.startsAt), place: row.nextMeeting.placeLabel ?? t('day.online') })
                : t('day.noNextMeeting')}
        </Text>
        <Group gap="xs">
          {row.checkedInAt ? (
            <Text size="sm" c="teal.8" fw={600} data-testid="desk-checked-in">
              {t('day.checkedInAt', { time: labels.time(row.checkedInAt) })}
            </Text>
          ) : (
            <Button size="compact-sm" loading={checkIn.isPending} onClick={() => checkIn.mutate(row.id)} aria-label={t('day.checkInName', { name: row.name })}>
              {t('day.checkIn')}
            </Button>
          )}
          {!row.absentAllDay && (
            <Menu position="bottom-start" withinPortal>
              <Menu.Target>
                <Button size="compact-sm" variant="default" color="red" loading={markAbsent.isPending} aria-label={t('day.markAbsentName', { name: row.name })}>
                  {t('day.markAbsent')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <AbsentMenuItems
                  eventId={eventId}
                  participantId={row.id}
                  overview={overview}
                  labels={labels}
                  onPick={(slotId) => markAbsent.mutate({ participantId: row.id, slotId })}
                />
              </Menu.Dropdown>
            </Menu>
          )}
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => onRebook({ participantId: row.id, name: row.name, freeSlotIds: row.freeSlotIds })}
            aria-label={t('day.rebookName', { name: row.name })}
          >
            {t('day.rebook')}
          </Button>
        </Group>
        {affected !== undefined && (
          <Text size="sm" c="orange.8" data-testid="desk-absent-result">
            {t('day.absentAffected', { count: affected })}
          </Text>
        )}
        <ErrorAlert error={checkIn.error ?? markAbsent.error} timeZone={labels.timeZone} />
      </Stack>
    </Paper>
  );
}

/** Loaded when the menu opens: the participant's meetings in the slots still to come. */
function AbsentMenuItems({ eventId, participantId, overview, labels, onPick }: { eventId: string; participantId: string; overview: DayOverview; labels: DayLabels; onPick: (slotId?: string) => void }) {
  const { t } = useTranslation();
  const slots = upcomingSlots(overview);
  const upcoming = useDayOverview(eventId, slots.map((slot) => slot.id), { enabled: slots.length > 0 });
  const mine = (upcoming.data?.meetings ?? [])
    .filter((meeting) => meeting.status === 'scheduled' && meeting.participants.some((p) => p.id === participantId))
    .sort((a, b) => (labels.slotById.get(a.slotId)?.startsAt ?? '').localeCompare(labels.slotById.get(b.slotId)?.startsAt ?? ''));
  return (
    <>
      <Menu.Label>{t('day.absentFor')}</Menu.Label>
      {upcoming.isPending && slots.length > 0 && <Menu.Item disabled>{t('common.loading')}</Menu.Item>}
      {mine.map((meeting) => {
        const slot = labels.slotById.get(meeting.slotId);
        return (
          <Menu.Item key={meeting.id} onClick={() => onPick(meeting.slotId)}>
            {t('day.absentForMeeting', { time: slot ? labels.time(slot.startsAt) : '–' })}
          </Menu.Item>
        );
      })}
      <Menu.Item color="red" onClick={() => onPick(undefined)}>
        {t('day.absentRestOfDay')}
      </Menu.Item>
    </>
  );
}
