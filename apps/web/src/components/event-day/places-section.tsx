import { Alert, Badge, Button, Group, List, Modal, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloseTableOutcome, DayOverview, DayPlace } from '../../api-types';
import { useDayOverview } from '../../queries';
import { ErrorAlert } from '../error-alert';
import { type DayLabels, meetingNames, sortPlaces, upcomingSlots } from './day-helpers';
import { SlotSelect } from './slot-select';
import { useDayActions } from './use-day-actions';

/** Tables, booths and rooms, and closing one when it can no longer be used (its meetings move elsewhere). */
export function PlacesSection({ eventId, overview, labels }: { eventId: string; overview: DayOverview; labels: DayLabels }) {
  const { t } = useTranslation();
  const [closing, setClosing] = useState<DayPlace | null>(null);
  const places = sortPlaces(overview.places).filter((place) => place.kind !== 'online');

  return (
    <Stack gap={6} data-testid="desk-places">
      {places.length === 0 && <Text c="dimmed">{t('day.noPlaces')}</Text>}
      {places.map((place) => (
        <Paper key={place.id} withBorder p="xs" data-testid={`desk-place-${place.id}`}>
          <Group justify="space-between" wrap="nowrap">
            <Group gap="xs" style={{ minWidth: 0 }}>
              <Text fw={700}>{labels.placeName(place)}</Text>
              <Text size="sm" c="dimmed">
                {t('day.capacity', { count: place.capacity })}
              </Text>
              {place.closedFromSlotId && (
                <Badge color="red" variant="light" tt="none">
                  {t('day.closedFrom', { time: labels.slotLabel(place.closedFromSlotId) })}
                </Badge>
              )}
            </Group>
            {!place.closedFromSlotId && (
              <Button size="compact-sm" variant="default" color="red" onClick={() => setClosing(place)} aria-label={t('day.closeTableName', { name: labels.placeName(place) })}>
                {t('day.closeTable')}
              </Button>
            )}
          </Group>
        </Paper>
      ))}
      <Modal
        opened={Boolean(closing)}
        onClose={() => setClosing(null)}
        title={closing ? t('day.closeTitle', { name: labels.placeName(closing) }) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {closing && <CloseForm key={closing.id} eventId={eventId} place={closing} overview={overview} labels={labels} onDone={() => setClosing(null)} />}
      </Modal>
    </Stack>
  );
}

function CloseForm({ eventId, place, overview, labels, onDone }: { eventId: string; place: DayPlace; overview: DayOverview; labels: DayLabels; onDone: () => void }) {
  const { t } = useTranslation();
  const { closeTable } = useDayActions(eventId);
  const slots = upcomingSlots(overview);
  const [fromSlotId, setFromSlotId] = useState(overview.currentSlotId ?? slots[0]?.id ?? '');

  if (closeTable.data) return <CloseOutcome eventId={eventId} outcome={closeTable.data} labels={labels} onDone={onDone} />;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('day.closeText')}</Text>
      <SlotSelect label={t('day.closeFrom')} slots={slots} value={fromSlotId} onChange={setFromSlotId} labels={labels} />
      <ErrorAlert error={closeTable.error} timeZone={labels.timeZone} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={closeTable.isPending} onClick={() => closeTable.mutate({ tableId: place.id, fromSlotId: fromSlotId || undefined })}>
          {t('day.closeConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}

/** "Anna – Bo: Table 3 → Table 7"; the names come from the meetings of the slots concerned. */
function CloseOutcome({ eventId, outcome, labels, onDone }: { eventId: string; outcome: CloseTableOutcome; labels: DayLabels; onDone: () => void }) {
  const { t } = useTranslation();
  const slotIds = [...new Set(outcome.moves.map((move) => move.slotId))];
  const meetings = useDayOverview(eventId, slotIds, { enabled: slotIds.length > 0 });
  const names = new Map((meetings.data?.meetings ?? []).map((meeting) => [meeting.id, meetingNames(meeting)]));
  return (
    <Stack gap="sm" data-testid="close-table-outcome">
      <Alert color="teal" title={t('day.closedTitle')}>
        {t('day.closedSummary', { moved: outcome.moves.length, unplaced: outcome.unplaced.length })}
      </Alert>
      {outcome.moves.length > 0 && (
        <List size="sm" data-testid="close-table-moves">
          {outcome.moves.map((move) => (
            <List.Item key={move.meetingId}>
              {labels.slotLabel(move.slotId)} · {names.get(move.meetingId) ? `${names.get(move.meetingId)}: ` : ''}
              {labels.placeLabel(move.from)} → {labels.placeLabel(move.to)}
            </List.Item>
          ))}
        </List>
      )}
      {outcome.unplaced.length > 0 && (
        <>
          <Text size="sm" fw={600} c="red.8">
            {t('day.unplacedHeading')}
          </Text>
          <List size="sm" data-testid="close-table-unplaced">
            {outcome.unplaced.map((item) => (
              <List.Item key={item.meetingId}>
                {labels.slotLabel(item.slotId)} · {item.participants.join(' – ')}
              </List.Item>
            ))}
          </List>
          <Text size="sm" c="dimmed">
            {t('day.unplacedHint')}
          </Text>
        </>
      )}
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('common.close')}</Button>
      </Group>
    </Stack>
  );
}
