import { Box, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduleEntry } from '../../api-types';
import { organisationNames, participantNames } from './schedule-helpers';

export function LockIcon({ size = 12 }: { size?: number }) {
  return (
    <svg aria-hidden width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">
      <rect x="4" y="11" width="16" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </svg>
  );
}

interface Props {
  entry: ScheduleEntry;
  onOpen?: (entry: ScheduleEntry) => void;
  /** Outlined when it belongs to the participant whose agenda is shown. */
  highlighted?: boolean;
  /** The meeting being moved. */
  active?: boolean;
  disabled?: boolean;
}

/** A compact meeting: names, organisations, a lock when locked and "!" when high priority. */
export function EntryChip({ entry, onOpen, highlighted = false, active = false, disabled = false }: Props) {
  const { t } = useTranslation();
  const names = participantNames(entry);
  const border = active ? 'var(--mantine-color-blue-6)' : highlighted ? 'var(--mantine-color-yellow-6)' : 'var(--mantine-color-teal-3)';
  return (
    <UnstyledButton
      data-testid={`entry-${entry.id}`}
      data-locked={entry.locked}
      data-high-priority={entry.highPriority}
      aria-label={t('schedule.entryLabel', { names })}
      title={[names, organisationNames(entry)].filter(Boolean).join('\n')}
      onClick={() => onOpen?.(entry)}
      disabled={disabled || !onOpen}
      style={{
        display: 'block',
        width: '100%',
        padding: '2px 4px',
        borderRadius: 4,
        border: `${highlighted || active ? 2 : 1}px solid ${border}`,
        background: 'var(--mantine-color-teal-0)',
        cursor: disabled || !onOpen ? 'default' : 'pointer',
        minWidth: 0,
      }}
    >
      <Box style={{ display: 'flex', gap: 4, alignItems: 'flex-start', minWidth: 0 }}>
        <Text size="xs" fw={600} lh={1.2} lineClamp={2} style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
          {names}
        </Text>
        {entry.highPriority && (
          <Text span size="xs" fw={700} c="grape.7" lh={1.2} title={t('schedule.highPriority')} data-testid="priority-mark">
            !
          </Text>
        )}
        {entry.locked && (
          <Text span c="orange.8" lh={1} title={t('schedule.locked')} data-testid="lock-icon">
            <LockIcon />
          </Text>
        )}
      </Box>
      <Text size="xs" c="dimmed" lh={1.2} lineClamp={1} style={{ overflowWrap: 'anywhere' }}>
        {organisationNames(entry)}
      </Text>
    </UnstyledButton>
  );
}
