import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduleVersionStatus } from '../../api-types';

const colors: Record<ScheduleVersionStatus, string> = { draft: 'yellow', published: 'green', superseded: 'gray' };

export function VersionStatusBadge({ status }: { status: ScheduleVersionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" tt="none" data-status={status} data-testid="version-status" style={{ flexShrink: 0 }}>
      {t(`schedule.versionStatus.${status}`)}
    </Badge>
  );
}
