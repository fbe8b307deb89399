import { Box, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayMeeting, DayOverview, DaySlot } from '../../api-types';
import { type DayLabels, meetingPlaceKey, ONLINE, sortPlaces } from './day-helpers';

interface Props {
  overview: DayOverview;
  slot: DaySlot;
  heading: string;
  labels: DayLabels;
  /** The main slot is larger; the next one sits beside it. */
  main: boolean;
  columns: number;
  rows: number;
}

const PAGE_MS = 12_000;

/**
 * Every place of one slot with who sits there. When there are more places than fit, the list
 * pages by itself: nobody scrolls a screen on a wall.
 */
export function BoardSlot({ overview, slot, heading, labels, main, columns, rows }: Props) {
  const { t } = useTranslation();
  const placeById = new Map(overview.places.map((place) => [place.id, place]));
  const scheduled = overview.meetings.filter((meeting) => meeting.slotId === slot.id && meeting.status === 'scheduled');
  const byPlace = new Map<string, DayMeeting[]>();
  for (const meeting of scheduled) {
    const key = meetingPlaceKey(meeting, placeById);
    byPlace.set(key, [...(byPlace.get(key) ?? []), meeting]);
  }
  const order = [...sortPlaces(overview.places).map((place) => place.id), ONLINE];
  const keys = [...byPlace.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  // Online meetings each get a row of their own: one "Online" row would not fit them all.
  const cells = keys.flatMap((key) => (key === ONLINE ? byPlace.get(key)!.map((meeting) => ({ key, meeting })) : [{ key, meeting: byPlace.get(key)![0] }]));

  const perPage = Math.max(1, columns * rows);
  const pages = Math.max(1, Math.ceil(cells.length / perPage));
  const [page, setPage] = useState(0);
  useEffect(() => {
    if (pages <= 1) return;
    const timer = setInterval(() => setPage((current) => (current + 1) % pages), PAGE_MS);
    return () => clearInterval(timer);
  }, [pages]);
  const shownPage = page % pages;
  const shown = cells.slice(shownPage * perPage, (shownPage + 1) * perPage);
  const unit = main ? 1 : 0.8;
  const prefix = main ? 'board-place-' : 'board-next-place-';

  return (
    <Box
      component="section"
      aria-label={`${heading} ${labels.slotTime(slot)}`}
      data-testid={main ? 'board-slot' : 'board-next-slot'}
      data-slot-id={slot.id}
      style={{ display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, height: '100%' }}
    >
      <Box style={{ display: 'flex', alignItems: 'baseline', gap: '1vw', marginBottom: '1.2vh', borderBottom: '0.35vh solid #1a1b1e', paddingBottom: '0.6vh' }}>
        <Text component="h2" fw={900} style={{ fontSize: `${3 * unit}vw`, lineHeight: 1, margin: 0, textTransform: 'uppercase' }}>
          {heading}
        </Text>
        <Text fw={800} style={{ fontSize: `${2.6 * unit}vw`, lineHeight: 1 }}>
          {labels.slotTime(slot)}
        </Text>
        {pages > 1 && (
          <Text c="dark.3" fw={700} style={{ fontSize: `${1.2 * unit}vw`, marginLeft: 'auto' }}>
            {t('board.page', { page: shownPage + 1, pages })}
          </Text>
        )}
      </Box>
      {cells.length === 0 ? (
        <Text c="dark.3" style={{ fontSize: `${1.8 * unit}vw` }}>
          {t('board.noMeetings')}
        </Text>
      ) : (
        <Box
          style={{
            display: 'grid',
            gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
            gridTemplateRows: `repeat(${rows}, minmax(0, 1fr))`,
            gridAutoFlow: 'column',
            gap: '0.8vh 1vw',
            flex: 1,
            minHeight: 0,
          }}
        >
          {shown.map(({ key, meeting }) => (
            <Box
              key={`${key}|${meeting.id}`}
              data-testid={key === ONLINE ? `${prefix}online-${meeting.id}` : `${prefix}${key}`}
              style={{ display: 'flex', alignItems: 'center', gap: '0.8vw', minWidth: 0, minHeight: 0, overflow: 'hidden', borderBottom: '1px solid #ced4da' }}
            >
              <Box
                style={{
                  flexShrink: 0,
                  minWidth: `${4.2 * unit}vw`,
                  padding: '0 0.4vw',
                  textAlign: 'center',
                  fontWeight: 900,
                  fontSize: `${(key === ONLINE || !placeById.get(key)?.number ? 1.3 : 2.4) * unit}vw`,
                  lineHeight: 1.05,
                  background: '#1a1b1e',
                  color: '#fff',
                  borderRadius: 8,
                  paddingBlock: '0.5vh',
                  overflowWrap: 'anywhere',
                  maxWidth: `${9 * unit}vw`,
                }}
              >
                {key === ONLINE ? t('day.online') : placeLabelShort(placeById.get(key), labels)}
              </Box>
              <Box style={{ minWidth: 0 }}>
                {meeting.participants.map((person) => (
                  <Box key={person.id} style={{ minWidth: 0, lineHeight: 1.15 }}>
                    <Text fw={800} truncate="end" style={{ fontSize: `${1.3 * unit}vw`, lineHeight: 1.15 }}>
                      {person.name}
                    </Text>
                    {person.organisationName && (
                      <Text c="dark.4" fw={500} truncate="end" style={{ fontSize: `${1 * unit}vw`, lineHeight: 1.15 }}>
                        {person.organisationName}
                      </Text>
                    )}
                  </Box>
                ))}
              </Box>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}

/** "7" for table 7 (the column is about tables), else the place's name. */
function placeLabelShort(place: DayOverview['places'][number] | undefined, labels: DayLabels): string {
  if (!place) return '–';
  if (place.kind === 'table' && place.number != null) return String(place.number);
  return labels.placeName(place);
}
