import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduleEntry } from '../../api-types';
import { ErrorAlert } from '../error-alert';
import { participantNames } from './schedule-helpers';

interface Props {
  entry: ScheduleEntry;
  loading: boolean;
  error: unknown;
  timeZone: string;
  onCancel: () => void;
}

/** Stays in view above the grid while the organiser picks a green cell. */
export function MoveBanner({ entry, loading, error, timeZone, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="sm"
      shadow="sm"
      role="region"
      aria-label={t('schedule.moveRegion')}
      data-testid="move-banner"
      style={{ position: 'sticky', top: 64, zIndex: 5, borderColor: 'var(--mantine-color-blue-5)' }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            {loading && <Loader size="xs" aria-label={t('common.loading')} />}
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {loading ? t('schedule.moveLoading') : t('schedule.moveHint', { names: participantNames(entry) })}
            </Text>
          </Group>
          <Button size="xs" variant="default" onClick={onCancel} style={{ flexShrink: 0 }}>
            {t('schedule.cancelMove')}
          </Button>
        </Group>
        <ErrorAlert error={error} timeZone={timeZone} />
      </Stack>
    </Paper>
  );
}
