import { Alert, Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, downloadFile } from '../api-client';
import type { AgendaMeeting } from '../api-types';
import { ErrorAlert } from '../components/error-alert';
import { AgendaDayActions } from '../components/event-day/agenda-day-actions';
import { AgendaLiveCard, nowAndNext } from '../components/event-day/agenda-live-cards';
import { LiveStatusBadge } from '../components/event-day/live-status-badge';
import { useAgendaChanges } from '../components/event-day/use-agenda-changes';
import { useClock } from '../components/event-day/use-clock';
import { PageState } from '../components/page-state';
import { AgendaMeetingCard } from '../components/schedule/agenda-meeting-card';
import { CalendarFeed } from '../components/schedule/calendar-feed';
import { currentLocale } from '../i18n';
import { agendaKey, useMyAgenda, useParticipantEvent } from '../queries';
import { formatLongDate, formatTime, isoToZoned } from '../time-zone';

/** Meetings in time order, grouped by their day in the event's time zone. */
function byDay(meetings: AgendaMeeting[], timeZone: string): { day: string; meetings: AgendaMeeting[] }[] {
  const groups = new Map<string, AgendaMeeting[]>();
  for (const meeting of [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = isoToZoned(meeting.startsAt, timeZone).date;
    groups.set(day, [...(groups.get(day) ?? []), meeting]);
  }
  return [...groups].map(([day, list]) => ({ day, meetings: list }));
}

export function MyAgendaPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const queryClient = useQueryClient();
  const agenda = useMyAgenda();
  const { profile, event } = useParticipantEvent();
  const now = useClock(30_000);
  const changes = useAgendaChanges(agenda.data);

  const download = useMutation({
    mutationFn: (kind: 'pdf' | 'ics') => downloadFile(`/me/agenda.${kind}`, `agenda.${kind}`, 'participant'),
  });
  const checkIn = useMutation({
    mutationFn: () => api<{ checkedInAt: string }>('/me/check-in', { method: 'POST', auth: 'participant' }),
    onSuccess: ({ checkedInAt }) => queryClient.setQueryData(agendaKey, (old: typeof agenda.data) => (old ? { ...old, checkedInAt } : old)),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: agendaKey }),
  });

  const standby = useMutation({
    mutationFn: (value: boolean) => api<{ standby: boolean }>('/me/standby', { method: 'PUT', body: { standby: value }, auth: 'participant' }),
    onSuccess: ({ standby: value }) => queryClient.setQueryData(agendaKey, (old: typeof agenda.data) => (old ? { ...old, standby: value } : old)),
  });

  if (!agenda.data) return <PageState error={agenda.error} />;
  const data = agenda.data;

  if (!data.published) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('agenda.title')}</Title>
        <Alert color="blue" data-testid="agenda-not-published">
          {t('agenda.notPublished')}
        </Alert>
      </Stack>
    );
  }

  const me = profile.data?.id;
  const countries = event.data?.taxonomies.countries;
  const days = byDay(data.meetings, data.timeZone);
  const today = isoToZoned(new Date(now).toISOString(), data.timeZone).date;
  const eventDay = days.some(({ day }) => day === today);
  const { current, next } = eventDay ? nowAndNext(data.meetings, now) : { current: null, next: null };
  // Older servers do not send the slot with the meeting; the event's slot starting at the same instant is the same one.
  const eventSlots = event.data?.sessions.flatMap((session) => session.slots) ?? [];
  const slotOf = (meeting: AgendaMeeting) =>
    meeting.slotId ?? eventSlots.find((slot) => new Date(slot.startsAt).getTime() === new Date(meeting.startsAt).getTime())?.id;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Title order={1}>{t('agenda.title')}</Title>
          {data.version != null && (
            <Text size="sm" c="dimmed">
              {t('agenda.version', { number: data.version })}
            </Text>
          )}
        </Stack>
        <LiveStatusBadge kind="participant" />
      </Group>

      {eventDay && (
        <Stack gap="sm" data-testid="agenda-live">
          {data.checkedInAt ? (
            <Text size="sm" c="teal.8" fw={600} data-testid="agenda-checked-in">
              {t('agenda.checkedInAt', { time: formatTime(data.checkedInAt, data.timeZone, locale) })}
            </Text>
          ) : (
            <Button size="lg" onClick={() => checkIn.mutate()} loading={checkIn.isPending}>
              {t('agenda.iAmHere')}
            </Button>
          )}
          <ErrorAlert error={checkIn.error} timeZone={data.timeZone} />
          {/* Free moments become meetings: people on the standby list are offered when someone's partner does not come. */}
          <Switch
            label={t('agenda.standby')}
            description={t('agenda.standbyHint')}
            checked={data.standby}
            onChange={(e) => standby.mutate(e.currentTarget.checked)}
            disabled={standby.isPending}
            data-testid="agenda-standby"
          />
          <ErrorAlert error={standby.error} timeZone={data.timeZone} />
          {current ? (
            <AgendaLiveCard meeting={current} timeZone={data.timeZone} kind="now" participantId={me} />
          ) : (
            <Text c="dimmed" data-testid="agenda-no-current">
              {t('agenda.noCurrent')}
            </Text>
          )}
          {next && <AgendaLiveCard meeting={next} timeZone={data.timeZone} kind="next" participantId={me} />}
        </Stack>
      )}

      <Group gap="xs">
        <Button variant="light" onClick={() => download.mutate('pdf')} loading={download.isPending && download.variables === 'pdf'}>
          {t('agenda.downloadPdf')}
        </Button>
        <Button variant="light" onClick={() => download.mutate('ics')} loading={download.isPending && download.variables === 'ics'}>
          {t('agenda.addToCalendar')}
        </Button>
      </Group>
      <ErrorAlert error={download.error} />

      {days.length === 0 ? (
        <Text c="dimmed">{t('agenda.empty')}</Text>
      ) : (
        days.map(({ day, meetings }) => (
          <Stack key={day} gap="xs" component="section" aria-label={formatLongDate(meetings[0].startsAt, data.timeZone, locale)} data-testid="agenda-day">
            <Title order={2} size="h3">
              {formatLongDate(meetings[0].startsAt, data.timeZone, locale)}
            </Title>
            {meetings.map((meeting) => (
              <AgendaMeetingCard
                key={meeting.id}
                meeting={meeting}
                timeZone={data.timeZone}
                countries={countries}
                participantId={me}
                changed={changes.isChanged(meeting)}
                onAcknowledge={() => changes.acknowledge(meeting)}
              >
                {day === today && (
                  <AgendaDayActions
                    meeting={meeting}
                    slotId={slotOf(meeting)}
                    now={now}
                    participantId={me}
                    timeZone={data.timeZone}
                    countries={countries}
                    onOwnChange={changes.acknowledge}
                  />
                )}
              </AgendaMeetingCard>
            ))}
          </Stack>
        ))
      )}

      <CalendarFeed url={data.calendarFeedUrl} />
    </Stack>
  );
}
