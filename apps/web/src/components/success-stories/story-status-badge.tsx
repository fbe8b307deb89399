import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SuccessStoryStatus } from '../../api-types';

const colors: Record<SuccessStoryStatus, string> = {
  'awaiting-consent': 'yellow',
  published: 'green',
  declined: 'red',
};

export function StoryStatusBadge({ status }: { status: SuccessStoryStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" tt="none" style={{ flexShrink: 0 }} data-status={status}>
      {t(`successStories.status.${status}`)}
    </Badge>
  );
}
