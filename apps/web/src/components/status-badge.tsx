import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantStatus } from '../api-types';

const colors: Record<ParticipantStatus, string> = {
  pending: 'yellow',
  validated: 'green',
  rejected: 'red',
  changes_requested: 'orange',
};

export function StatusBadge({ status }: { status: ParticipantStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" tt="none" style={{ flexShrink: 0 }} data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}
