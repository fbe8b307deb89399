import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayMeetingStatus } from '../../api-types';

const colours: Record<DayMeetingStatus, string> = { scheduled: 'teal', no_show: 'orange', cancelled: 'red' };

export function MeetingStatusBadge({ status }: { status: DayMeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status]} variant="light" tt="none" style={{ flexShrink: 0 }}>
      {t(`day.meetingStatus.${status}`)}
    </Badge>
  );
}
