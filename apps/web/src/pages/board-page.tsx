import { Box, Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../components/error-alert';
import { BoardSlot } from '../components/event-day/board-slot';
import { sortSlots, useDayLabels } from '../components/event-day/day-helpers';
import { LiveStatusBadge } from '../components/event-day/live-status-badge';
import { useClock } from '../components/event-day/use-clock';
import { currentLocale } from '../i18n';
import { useDayOverview, useEventDetail } from '../queries';
import { formatTime } from '../time-zone';

/**
 * The hall's wall screen: which table for whom, now and next, readable from across the room.
 * Follows the clock by itself; `?slotId=` pins a slot (e.g. to check the screen before the day).
 */
export function BoardPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const [params] = useSearchParams();
  const pinned = params.get('slotId');
  const now = useClock(15_000);
  const event = useEventDetail(eventId);
  // Polled often: the slot changes on the clock, not on an event the server would push.
  const base = useDayOverview(eventId, undefined, { refetchInterval: 15_000 });

  const slots = base.data ? sortSlots(base.data.slots) : [];
  const mainId = pinned ?? base.data?.currentSlotId ?? base.data?.nextSlotId ?? null;
  const mainIndex = slots.findIndex((slot) => slot.id === mainId);
  const sideId = mainIndex >= 0 ? (slots[mainIndex + 1]?.id ?? null) : null;
  const ids = [mainId, sideId].filter((id): id is string => Boolean(id));
  const detail = useDayOverview(eventId, ids, { enabled: ids.length > 0, refetchInterval: 30_000 });
  const labels = useDayLabels(base.data);

  const data = detail.data;
  const mainSlot = slots[mainIndex];
  const sideSlot = sideId ? slots[mainIndex + 1] : undefined;
  const isCurrent = !pinned && mainId === base.data?.currentSlotId;

  return (
    <Box
      style={{ height: '100vh', width: '100vw', overflow: 'hidden', background: '#fff', color: '#1a1b1e', display: 'flex', flexDirection: 'column', padding: '2vh 2vw', gap: '2vh' }}
      data-testid="board"
    >
      <Box style={{ display: 'flex', alignItems: 'center', gap: '2vw', flexShrink: 0 }}>
        <Text fw={900} style={{ fontSize: '2.2vw', lineHeight: 1, flex: 1, minWidth: 0 }} truncate="end">
          {event.data?.name ?? t('board.title')}
        </Text>
        <LiveStatusBadge kind="staff" size="xl" />
        {base.data && (
          <Text fw={900} style={{ fontSize: '3vw', lineHeight: 1, fontVariantNumeric: 'tabular-nums' }} aria-label={t('board.clock')}>
            {formatTime(new Date(now).toISOString(), base.data.timeZone, currentLocale())}
          </Text>
        )}
      </Box>
      {!base.data ? (
        base.error ? (
          <ErrorAlert error={base.error} />
        ) : (
          <Center style={{ flex: 1 }}>
            <Loader size="xl" aria-label={t('common.loading')} />
          </Center>
        )
      ) : !mainSlot ? (
        <Center style={{ flex: 1 }}>
          <Text fw={800} style={{ fontSize: '3vw' }} data-testid="board-no-slot">
            {t('board.noSlot')}
          </Text>
        </Center>
      ) : !data ? (
        <Center style={{ flex: 1 }}>
          {detail.error ? <ErrorAlert error={detail.error} /> : <Loader size="xl" aria-label={t('common.loading')} />}
        </Center>
      ) : (
        <Box style={{ display: 'grid', gridTemplateColumns: sideSlot ? '62fr 38fr' : '1fr', gap: '3vw', flex: 1, minHeight: 0 }}>
          <BoardSlot
            overview={data}
            slot={mainSlot}
            heading={isCurrent ? t('board.now') : pinned ? t('board.slot') : t('board.next')}
            labels={labels}
            main
            columns={sideSlot ? 3 : 4}
            rows={8}
          />
          {sideSlot && (
            <Box style={{ borderLeft: '0.3vw solid #e9ecef', paddingLeft: '2vw', minWidth: 0, minHeight: 0 }}>
              <BoardSlot overview={data} slot={sideSlot} heading={isCurrent ? t('board.next') : t('board.later')} labels={labels} main={false} columns={2} rows={10} />
            </Box>
          )}
        </Box>
      )}
    </Box>
  );
}
