import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduleEntry, ScheduleVersionDetail, Term } from '../../api-types';
import { termLabel } from '../profile-display';
import { ONLINE, sortSlots, useScheduleLabels } from './schedule-helpers';

interface Props {
  detail: ScheduleVersionDetail;
  participantId: string;
  timeZone: string;
  countries?: Term[];
  onOpen: (entry: ScheduleEntry) => void;
}

/** The agenda of one participant in the open version, as the organiser checks it before publishing. */
export function ParticipantAgenda({ detail, participantId, timeZone, countries, onOpen }: Props) {
  const { t } = useTranslation();
  const { columnName, slotTime, slotDay } = useScheduleLabels(timeZone);
  const slotOrder = new Map(sortSlots(detail.slots).map((slot, index) => [slot.id, index]));
  const slotById = new Map(detail.slots.map((slot) => [slot.id, slot]));
  const mine = detail.entries
    .filter((entry) => entry.participants.some((p) => p.id === participantId))
    .sort((a, b) => (slotOrder.get(a.slotId ?? '') ?? Infinity) - (slotOrder.get(b.slotId ?? '') ?? Infinity));
  const name = mine[0]?.participants.find((p) => p.id === participantId)?.name ?? '';

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="participant-agenda-heading" data-testid="participant-agenda">
      <Stack gap="sm">
        <Title order={2} size="h4" id="participant-agenda-heading">
          {t('schedule.agendaHeading', { name })}
        </Title>
        {mine.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('schedule.agendaEmpty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={0}>
            <Table verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('schedule.time')}</Table.Th>
                  <Table.Th>{t('schedule.place')}</Table.Th>
                  <Table.Th>{t('schedule.with')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mine.map((entry) => {
                  const slot = entry.slotId ? slotById.get(entry.slotId) : undefined;
                  const partners = entry.participants.filter((p) => p.id !== participantId);
                  return (
                    <Table.Tr key={entry.id} data-testid="participant-agenda-row">
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {slot ? (
                          <>
                            <Text size="xs" c="dimmed">
                              {slotDay(slot)}
                            </Text>
                            {slotTime(slot)}
                          </>
                        ) : (
                          <Text size="sm" c="orange.8">
                            {t('schedule.notScheduled')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{slot ? columnName(entry.online || !entry.tableId ? ONLINE : entry.tableId, detail.places) : '–'}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        <Anchor component="button" type="button" size="sm" onClick={() => onOpen(entry)} ta="left">
                          {partners.map((p) => p.name).join(', ')}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {partners.map((p) => [p.organisationName, termLabel(countries, p.country)].filter(Boolean).join(', ')).join(' / ')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
