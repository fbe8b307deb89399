import { Anchor, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type EventPage = 'booking-status' | 'schedule' | 'report' | 'participants' | 'desk';

const PAGES = [
  { page: 'booking-status', label: 'setup.bookingStatusLink' },
  { page: 'schedule', label: 'setup.scheduleLink' },
  { page: 'report', label: 'setup.reportLink' },
  { page: 'participants', label: 'setup.participantsLink' },
  { page: 'desk', label: 'setup.deskLink' },
] as const satisfies ReadonlyArray<{ page: EventPage; label: string }>;

interface Props {
  eventId: string;
  eventName?: string;
  /** The page showing the links; it is left out. */
  current: EventPage;
  children?: ReactNode;
}

/** The row of links under an organiser page's title: the event itself and its other working pages. */
export function EventPageLinks({ eventId, eventName, current, children }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="md">
      {eventName && (
        <Anchor component={Link} to={`/events/${eventId}/setup/details`} size="sm">
          {eventName}
        </Anchor>
      )}
      {PAGES.filter(({ page }) => page !== current).map(({ page, label }) => (
        <Anchor key={page} component={Link} to={`/events/${eventId}/${page}`} size="sm">
          {t(label)}
        </Anchor>
      ))}
      {children}
    </Group>
  );
}
