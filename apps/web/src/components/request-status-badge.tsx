import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../api-types';

const colors: Record<RequestStatus, string> = {
  pending: 'yellow',
  accepted: 'green',
  declined: 'red',
  withdrawn: 'gray',
  expired: 'gray',
};

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" tt="none" style={{ flexShrink: 0 }} data-status={status}>
      {t(`requestStatus.${status}`)}
    </Badge>
  );
}
