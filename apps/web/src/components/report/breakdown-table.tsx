import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Breakdown } from '../../api-types';
import { PanelSection } from '../panel-section';
import type { ReportLabels } from './report-labels';
import { ReportNumber } from './report-number';

export interface BreakdownColumn {
  metric: string;
  heading: string;
  rows: Breakdown;
}

interface Props {
  title: string;
  keyHeading: string;
  /** One or more counts per key (e.g. possible and concrete collaborations per kind). */
  columns: BreakdownColumn[];
  labels: ReportLabels;
  testId: string;
}

/** Counts by country, sector, kind…; every count opens the rows of its line. */
export function BreakdownTable({ title, keyHeading, columns, labels, testId }: Props) {
  const { t } = useTranslation();
  const keys: string[] = [];
  for (const column of columns) for (const row of column.rows) if (!keys.includes(row.key)) keys.push(row.key);
  const countOf = (column: BreakdownColumn, key: string) => column.rows.find((row) => row.key === key)?.count ?? 0;
  // The first column's key labels name the rows; kinds and codes are labelled by the metric they came from.
  const keyLabel = (key: string) => labels.keyLabel(columns.find((c) => c.rows.some((r) => r.key === key))?.metric ?? columns[0].metric, key);

  return (
    <PanelSection title={title} order={3} testId={testId}>
        {keys.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('report.noData')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={260}>
            <Table striped verticalSpacing={6} aria-label={title}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{keyHeading}</Table.Th>
                  {columns.map((column) => (
                    <Table.Th key={column.metric} ta="right">
                      {column.heading}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {keys.map((key) => (
                  <Table.Tr key={key}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{keyLabel(key)}</Table.Td>
                    {columns.map((column) => {
                      const count = countOf(column, key);
                      return (
                        <Table.Td key={column.metric} ta="right">
                          {count === 0 ? (
                            <Text span size="sm" c="dimmed">
                              0
                            </Text>
                          ) : (
                            <ReportNumber
                              metric={column.metric}
                              rowKey={key}
                              display={labels.number(count)}
                              label={`${column.heading}, ${keyLabel(key)}`}
                              testId={`report-count-${column.metric}-${key}`}
                            />
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
    </PanelSection>
  );
}
