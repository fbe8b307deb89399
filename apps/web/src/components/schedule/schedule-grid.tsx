import { Box, Button, Stack, Text } from '@mantine/core';
import { Fragment, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleEntry, ScheduleTarget, ScheduleVersionDetail } from '../../api-types';
import { EntryChip } from './entry-chip';
import { ONLINE, cellKey, entryCell, onSitePlaces, sortSlots, useScheduleLabels, type ColumnKey } from './schedule-helpers';

export interface MoveState {
  entry: ScheduleEntry;
  /** Targets by cell key; null while they load. */
  targets: Map<string, ScheduleTarget> | null;
}

interface Props {
  detail: ScheduleVersionDetail;
  timeZone: string;
  onOpen?: (entry: ScheduleEntry) => void;
  highlightParticipantId?: string;
  move: MoveState | null;
  onTarget: (target: ScheduleTarget) => void;
  busy: boolean;
}

const TIME_WIDTH = 84;
const CELL_WIDTH = 136;

const stickyColumn: CSSProperties = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
};

/** Maps the server's targets onto grid cells; online targets (and online places) share one column. */
export function targetsByCell(targets: ScheduleTarget[], onlinePlaceIds: Set<string>): Map<string, ScheduleTarget> {
  const map = new Map<string, ScheduleTarget>();
  for (const target of targets) {
    const column = target.online || !target.tableId || onlinePlaceIds.has(target.tableId) ? ONLINE : target.tableId;
    const key = cellKey(target.slotId, column);
    const existing = map.get(key);
    if (!existing || (!existing.ok && target.ok)) map.set(key, target);
  }
  return map;
}

/** Slots (rows) × places (columns); scrolls inside its own box, so the page keeps the phone's width. */
export function ScheduleGrid({ detail, timeZone, onOpen, highlightParticipantId, move, onTarget, busy }: Props) {
  const { t } = useTranslation();
  const { columnName, slotTime, slotDay } = useScheduleLabels(timeZone);
  const onlinePlaceIds = new Set(detail.places.filter((place) => place.kind === 'online').map((place) => place.id));
  const places = onSitePlaces(detail.places);
  const hasOnline =
    onlinePlaceIds.size > 0 ||
    detail.entries.some((entry) => entry.slotId && entry.online) ||
    [...(move?.targets?.values() ?? [])].some((target) => target.online);
  const columns: ColumnKey[] = [...places.map((place) => place.id), ...(hasOnline ? [ONLINE] : [])];
  const slots = sortSlots(detail.slots);

  const byCell = new Map<string, ScheduleEntry[]>();
  for (const entry of detail.entries) {
    const key = entryCell(entry, onlinePlaceIds);
    if (!key) continue;
    byCell.set(key, [...(byCell.get(key) ?? []), entry]);
  }
  const movingFrom = move ? entryCell(move.entry, onlinePlaceIds) : null;

  const renderCell = (slotId: string, column: ColumnKey, slotLabel: string) => {
    const key = cellKey(slotId, column);
    const entries = byCell.get(key) ?? [];
    const target = move?.targets?.get(key);
    const current = key === movingFrom;
    const state = !move || !move.targets ? undefined : current ? 'current' : !target ? undefined : !target.ok ? 'infeasible' : target.swapWithEntryId ? 'swap' : 'ok';
    const style: CSSProperties = { padding: 3, verticalAlign: 'top', width: CELL_WIDTH, minWidth: CELL_WIDTH, maxWidth: CELL_WIDTH };
    if (state === 'ok' || state === 'swap') style.background = 'var(--mantine-color-green-1)';
    if (state === 'infeasible') {
      style.background = 'var(--mantine-color-gray-2)';
      style.opacity = 0.55;
    }
    if (state === 'current') style.outline = '2px solid var(--mantine-color-blue-6)';
    const place = columnName(column, detail.places);
    return (
      <td
        key={column}
        data-testid={`cell-${slotId}-${column}`}
        data-target={state}
        title={state === 'infeasible' && target ? t('schedule.infeasible', { reasons: target.reasons.join('; ') }) : undefined}
        style={style}
      >
        <Stack gap={2}>
          {entries.map((entry) => (
            <EntryChip
              key={entry.id}
              entry={entry}
              onOpen={onOpen}
              disabled={Boolean(move)}
              active={move?.entry.id === entry.id}
              highlighted={Boolean(highlightParticipantId && entry.participants.some((p) => p.id === highlightParticipantId))}
            />
          ))}
          {target && target.ok && !current && (
            <Button
              size="compact-xs"
              color="green"
              fullWidth
              disabled={busy}
              aria-label={t(target.swapWithEntryId ? 'schedule.swapHereLabel' : 'schedule.moveHereLabel', { slot: slotLabel, place })}
              onClick={() => onTarget(target)}
            >
              {target.swapWithEntryId ? t('schedule.swapHere') : t('schedule.moveHere')}
            </Button>
          )}
        </Stack>
      </td>
    );
  };

  let lastDay = '';
  return (
    <Box
      data-testid="schedule-grid"
      style={{ overflow: 'auto', maxHeight: '75vh', maxWidth: '100%', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
    >
      <table
        aria-label={t('schedule.gridHeading')}
        style={{ borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', width: TIME_WIDTH + CELL_WIDTH * columns.length, fontSize: 12 }}
      >
        <thead>
          <tr>
            <th style={{ ...stickyColumn, top: 0, zIndex: 3, width: TIME_WIDTH, textAlign: 'left', padding: 4, borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
              {t('schedule.time')}
            </th>
            {columns.map((column) => (
              <th
                key={column}
                scope="col"
                style={{
                  position: 'sticky',
                  top: 0,
                  zIndex: 2,
                  background: 'var(--mantine-color-body)',
                  width: CELL_WIDTH,
                  padding: 4,
                  textAlign: 'left',
                  borderBottom: '1px solid var(--mantine-color-gray-3)',
                  whiteSpace: 'nowrap',
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                }}
              >
                {columnName(column, detail.places)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) => {
            const day = slotDay(slot);
            const header = day !== lastDay;
            lastDay = day;
            const label = slotTime(slot);
            return (
              <Fragment key={slot.id}>
                {header && (
                  <tr>
                    <th colSpan={columns.length + 1} style={{ textAlign: 'left', padding: 0, background: 'var(--mantine-color-gray-1)' }}>
                      <Text size="xs" fw={700} px={4} py={2} style={{ ...stickyColumn, display: 'inline-block', background: 'transparent' }}>
                        {day}
                      </Text>
                    </th>
                  </tr>
                )}
                <tr style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
                  <th scope="row" style={{ ...stickyColumn, width: TIME_WIDTH, padding: 4, textAlign: 'left', verticalAlign: 'top', fontWeight: 600, whiteSpace: 'nowrap' }}>
                    {label}
                  </th>
                  {columns.map((column) => renderCell(slot.id, column, label))}
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </Box>
  );
}
