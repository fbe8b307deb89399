import { Anchor, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api-client';
import type { EditionFigures } from '../../api-types';
import { reportKey } from '../../queries';
import { ErrorAlert } from '../error-alert';

const FIGURES: Array<keyof Pick<EditionFigures, 'participants' | 'organisations' | 'countries' | 'meetingsScheduled' | 'meetingsHeld' | 'interesting' | 'concrete' | 'concreteValueEur'>> = [
  'participants', 'organisations', 'countries', 'meetingsScheduled', 'meetingsHeld', 'interesting', 'concrete', 'concreteValueEur',
];

/** This edition next to the organisation's earlier ones: what funders compare year on year. */
export function EditionsComparison({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const editions = useQuery({ queryKey: [...reportKey(eventId), 'comparison'], queryFn: () => api<EditionFigures[]>(`/events/${eventId}/report/comparison`) });
  const number = new Intl.NumberFormat(i18n.language === 'da' ? 'da-DK' : 'en-GB');
  if (editions.error) return <ErrorAlert error={editions.error} />;
  const rows = editions.data ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-editions-heading" data-testid="report-editions">
      <Stack gap="sm">
        <Title order={2} size="h3" id="report-editions-heading">
          {t('report.editions')}
        </Title>
        {rows.length < 2 ? (
          <Text c="dimmed" size="sm">{t('report.noOtherEditions')}</Text>
        ) : (
          <ScrollArea type="auto">
            <Table striped withTableBorder miw={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('report.edition')}</Table.Th>
                  {FIGURES.map((figure) => (
                    <Table.Th key={figure} ta="right">{t(`report.editionFigures.${figure}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((edition) => (
                  <Table.Tr key={edition.eventId} data-testid={`report-edition-${edition.eventId}`} fw={edition.current ? 700 : undefined}>
                    <Table.Td>
                      {edition.current ? edition.name : <Anchor component={Link} to={`/events/${edition.eventId}/report`}>{edition.name}</Anchor>}
                      {edition.startsOn && <Text size="xs" c="dimmed">{edition.startsOn}</Text>}
                    </Table.Td>
                    {FIGURES.map((figure) => (
                      <Table.Td key={figure} ta="right">{figure === 'concreteValueEur' ? `€${number.format(edition[figure])}` : number.format(edition[figure])}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Stack>
    </Paper>
  );
}
