import { Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduleVersionSummary } from '../../api-types';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../time-zone';
import { VersionStatusBadge } from './version-status-badge';

interface Props {
  versions: ScheduleVersionSummary[];
  selected: ScheduleVersionSummary;
  timeZone: string;
  onSelect: (versionId: string) => void;
}

/** Versions newest first: "Version 3 · Draft · 11 May 2027, 10:30", plus the open one's badge. */
export function VersionSelector({ versions, selected, timeZone, onSelect }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <NativeSelect
        label={t('schedule.version')}
        value={selected.id}
        onChange={(e) => onSelect(e.currentTarget.value)}
        data={versions.map((version) => ({
          value: version.id,
          label: t('schedule.versionOption', {
            number: version.number,
            status: t(`schedule.versionStatus.${version.status}`),
            date: formatDateTime(version.createdAt, timeZone, locale),
          }),
        }))}
        style={{ minWidth: 0, maxWidth: '100%', flex: '1 1 260px' }}
      />
      <Group gap="xs" mb={6} wrap="nowrap">
        <VersionStatusBadge status={selected.status} />
        <Text size="xs" c="dimmed">
          {selected.publishedAt
            ? t('schedule.publishedAt', { date: formatDateTime(selected.publishedAt, timeZone, locale) })
            : t('schedule.createdAt', { date: formatDateTime(selected.createdAt, timeZone, locale) })}
        </Text>
      </Group>
    </Group>
  );
}
