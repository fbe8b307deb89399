import { Anchor, Badge, Group, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageState } from '../components/page-state';
import { ActivitySection } from '../components/event-day/activity-section';
import { CallListSection } from '../components/event-day/call-list-section';
import { CheckInSection } from '../components/event-day/check-in-section';
import { useDayLabels } from '../components/event-day/day-helpers';
import { LiveStatusBadge } from '../components/event-day/live-status-badge';
import type { RebookTarget } from '../components/event-day/meeting-actions';
import { NowNextSection } from '../components/event-day/now-next-section';
import { PlacesSection } from '../components/event-day/places-section';
import { RebookingDrawer } from '../components/event-day/rebooking-drawer';
import { useCallList, useDayOverview, useEventDetail } from '../queries';

const tabs = ['now', 'check-in', 'call-list', 'places', 'activity'] as const;
type Tab = (typeof tabs)[number];

/** The information desk on the day: who is here, what happens now, and repairs when people do not come. */
export function DeskPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const event = useEventDetail(eventId);
  const overview = useDayOverview(eventId);
  const callList = useCallList(eventId);
  const labels = useDayLabels(overview.data);
  const [rebook, setRebook] = useState<RebookTarget | null>(null);
  const requested = params.get('tab') as Tab | null;
  const active: Tab = requested && tabs.includes(requested) ? requested : 'now';

  const setTab = (tab: string | null) => {
    if (!tab) return;
    const next = new URLSearchParams(params);
    next.set('tab', tab);
    setParams(next, { replace: true });
  };

  const countries = event.data?.taxonomies.countries;
  const calls = callList.data?.length ?? 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={1}>{t('day.deskTitle')}</Title>
          <Group gap="md">
            {event.data && (
              <Anchor component={Link} to={`/events/${eventId}/setup/details`} size="sm">
                {event.data.name}
              </Anchor>
            )}
            <Anchor component={Link} to={`/events/${eventId}/participants`} size="sm">
              {t('setup.participantsLink')}
            </Anchor>
            <Anchor href={`/events/${eventId}/board`} target="_blank" rel="noopener" size="sm">
              {t('day.boardLink')}
            </Anchor>
          </Group>
        </Stack>
        <LiveStatusBadge kind="staff" />
      </Group>

      {!overview.data ? (
        <PageState error={overview.error} />
      ) : (
        <Tabs value={active} onChange={setTab} keepMounted={false}>
          <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
            {tabs.map((tab) => (
              <Tabs.Tab
                key={tab}
                value={tab}
                style={{ whiteSpace: 'nowrap' }}
                rightSection={
                  tab === 'call-list' && calls > 0 ? (
                    <Badge size="sm" color="red" circle aria-label={t('day.callCount', { count: calls })}>
                      {calls}
                    </Badge>
                  ) : null
                }
              >
                {t(`day.tabs.${tab}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="now" pt="md">
            <NowNextSection eventId={eventId} overview={overview.data} labels={labels} onRebook={setRebook} />
          </Tabs.Panel>
          <Tabs.Panel value="check-in" pt="md">
            <CheckInSection eventId={eventId} overview={overview.data} labels={labels} countries={countries} onRebook={setRebook} />
          </Tabs.Panel>
          <Tabs.Panel value="call-list" pt="md">
            <CallListSection eventId={eventId} labels={labels} onRebook={setRebook} />
          </Tabs.Panel>
          <Tabs.Panel value="places" pt="md">
            <PlacesSection eventId={eventId} overview={overview.data} labels={labels} />
          </Tabs.Panel>
          <Tabs.Panel value="activity" pt="md">
            <ActivitySection eventId={eventId} lastSeq={overview.data.lastSeq} labels={labels} />
          </Tabs.Panel>
        </Tabs>
      )}

      <RebookingDrawer eventId={eventId} target={rebook} labels={labels} countries={countries} onClose={() => setRebook(null)} />
    </Stack>
  );
}
