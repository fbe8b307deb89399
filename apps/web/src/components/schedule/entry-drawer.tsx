import { Badge, Button, Drawer, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleEntry, ScheduleVersionDetail, Term } from '../../api-types';
import { ErrorAlert } from '../error-alert';
import { termLabel } from '../profile-display';
import { LockIcon } from './entry-chip';
import { ONLINE, participantNames, sortSlots, useScheduleLabels } from './schedule-helpers';
import { useScheduleEdits } from './use-schedule-edits';

interface Props {
  eventId: string;
  detail: ScheduleVersionDetail;
  entryId: string | null;
  timeZone: string;
  editable: boolean;
  countries?: Term[];
  onClose: () => void;
  onMove: (entry: ScheduleEntry) => void;
}

/** Details of one meeting and, in a draft, the edits: lock, move, swap, remove. */
export function EntryDrawer({ eventId, detail, entryId, timeZone, editable, countries, onClose, onMove }: Props) {
  const { t } = useTranslation();
  const entry = detail.entries.find((candidate) => candidate.id === entryId) ?? null;
  return (
    <Drawer
      opened={Boolean(entry)}
      onClose={onClose}
      position="right"
      size="sm"
      title={t('schedule.details')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {entry && (
        <EntryDetails
          key={entry.id}
          eventId={eventId}
          detail={detail}
          entry={entry}
          timeZone={timeZone}
          editable={editable}
          countries={countries}
          onClose={onClose}
          onMove={onMove}
        />
      )}
    </Drawer>
  );
}

function EntryDetails({ eventId, detail, entry, timeZone, editable, countries, onClose, onMove }: Omit<Props, 'entryId'> & { entry: ScheduleEntry }) {
  const { t } = useTranslation();
  const { columnName, slotTime, slotDay } = useScheduleLabels(timeZone);
  const { patch, swap } = useScheduleEdits(eventId, detail.version.id);
  const [swapWith, setSwapWith] = useState('');

  const slotById = new Map(detail.slots.map((slot) => [slot.id, slot]));
  const position = (candidate: ScheduleEntry) => {
    const slot = candidate.slotId ? slotById.get(candidate.slotId) : undefined;
    if (!slot) return t('schedule.notScheduled');
    const column = candidate.online || !candidate.tableId ? ONLINE : candidate.tableId;
    return `${slotDay(slot)} · ${slotTime(slot)} · ${columnName(column, detail.places)}`;
  };
  const slotOrder = new Map(sortSlots(detail.slots).map((slot, index) => [slot.id, index]));
  const others = detail.entries
    .filter((candidate) => candidate.id !== entry.id && candidate.slotId)
    .sort((a, b) => (slotOrder.get(a.slotId ?? '') ?? 0) - (slotOrder.get(b.slotId ?? '') ?? 0));

  const error = patch.error ?? swap.error;
  const busy = patch.isPending || swap.isPending;

  return (
    <Stack gap="sm" data-testid="entry-details">
      <Stack gap={4}>
        {entry.participants.map((participant) => (
          <div key={participant.id}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {participant.name}
            </Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {[participant.organisationName, termLabel(countries, participant.country)].filter(Boolean).join(' · ')}
            </Text>
          </div>
        ))}
      </Stack>
      <Text size="sm" data-testid="entry-position">
        {position(entry)}
      </Text>
      {!entry.slotId && entry.unscheduledReason && (
        <Text size="sm" c="orange.8" data-testid="entry-unscheduled-reason">
          {entry.unscheduledReason}
        </Text>
      )}
      <Group gap="xs">
        {entry.locked && (
          <Badge color="orange" variant="light" tt="none" leftSection={<LockIcon />}>
            {t('schedule.locked')}
          </Badge>
        )}
        {entry.highPriority && (
          <Badge color="grape" variant="light" tt="none">
            {t('schedule.highPriority')}
          </Badge>
        )}
        <Badge color="gray" variant="light" tt="none">
          {t('schedule.weight', { weight: entry.weight })}
        </Badge>
      </Group>
      <ErrorAlert error={error} timeZone={timeZone} />
      {!editable ? (
        <Text size="sm" c="dimmed">
          {t('schedule.readOnlyEntry')}
        </Text>
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            <Button
              variant="light"
              color="orange"
              loading={patch.isPending && patch.variables?.body.locked !== undefined}
              disabled={busy}
              onClick={() => patch.mutate({ entryId: entry.id, body: { locked: !entry.locked } })}
            >
              {entry.locked ? t('schedule.unlock') : t('schedule.lock')}
            </Button>
            <Button variant="light" disabled={busy} onClick={() => onMove(entry)}>
              {t('schedule.move')}
            </Button>
            {entry.slotId && (
              <Button
                variant="light"
                color="red"
                loading={patch.isPending && patch.variables?.body.slotId === null}
                disabled={busy}
                onClick={() => patch.mutate({ entryId: entry.id, body: { slotId: null } })}
              >
                {t('schedule.remove')}
              </Button>
            )}
          </Group>
          {others.length > 0 && (
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <NativeSelect
                label={t('schedule.swapWith')}
                value={swapWith}
                onChange={(e) => setSwapWith(e.currentTarget.value)}
                data={[
                  { value: '', label: t('schedule.swapWithPlaceholder') },
                  ...others.map((other) => ({ value: other.id, label: `${position(other)} · ${participantNames(other)}` })),
                ]}
                style={{ flex: 1, minWidth: 0 }}
              />
              <Button
                disabled={!swapWith || busy}
                loading={swap.isPending}
                onClick={() => swap.mutate([entry.id, swapWith], { onSuccess: onClose })}
              >
                {t('schedule.swapButton')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
