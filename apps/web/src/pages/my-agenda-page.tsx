import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../api-client';
import type { AgendaMeeting } from '../api-types';
import { ErrorAlert } from '../components/error-alert';
import { PageState } from '../components/page-state';
import { AgendaMeetingCard } from '../components/schedule/agenda-meeting-card';
import { CalendarFeed } from '../components/schedule/calendar-feed';
import { currentLocale } from '../i18n';
import { useMyAgenda, useParticipantEvent } from '../queries';
import { formatLongDate, isoToZoned } from '../time-zone';

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
  const agenda = useMyAgenda();
  const { event } = useParticipantEvent();

  const download = useMutation({
    mutationFn: (kind: 'pdf' | 'ics') => downloadFile(`/me/agenda.${kind}`, `agenda.${kind}`, 'participant'),
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

  const days = byDay(data.meetings, data.timeZone);
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={1}>{t('agenda.title')}</Title>
        {data.version != null && (
          <Text size="sm" c="dimmed">
            {t('agenda.version', { number: data.version })}
          </Text>
        )}
      </Stack>
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
              <AgendaMeetingCard key={meeting.id} meeting={meeting} timeZone={data.timeZone} countries={event.data?.taxonomies.countries} />
            ))}
          </Stack>
        ))
      )}

      <CalendarFeed url={data.calendarFeedUrl} />
    </Stack>
  );
}
