import { Alert, Button, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../api-client';
import type { EventReport, ReportCell } from '../../api-types';
import { reportRowsQuery, useReportRows, useSuccessStories } from '../../queries';
import { ErrorAlert } from '../error-alert';
import { PageState } from '../page-state';
import { StoryStatusBadge } from '../success-stories/story-status-badge';
import { WriteStoryForm } from '../success-stories/write-story-form';
import { useDrillDown, type DrillDown } from './drill-down';
import type { ReportLabels } from './report-labels';

interface Props {
  eventId: string;
  report: EventReport | undefined;
  labels: ReportLabels;
}

/** "Registered participants", "By country: Denmark", "Meetings per slot: 09:20". */
function useDrillDownTitle(report: EventReport | undefined, labels: ReportLabels): (target: DrillDown) => string {
  const { t, i18n } = useTranslation();
  return ({ metric, key }) => {
    const name = i18n.exists(`report.metrics.${metric}`) ? t(`report.metrics.${metric}` as 'report.metrics.responses') : metric;
    if (key === null) return name;
    if (metric === 'responses') return `${name}: ${t('report.roundName', { round: key })}`;
    if (metric === 'meetingsPerSlot') {
      const slot = report?.meetingsPerSlot.find((s) => s.slotId === key);
      return `${name}: ${slot ? labels.cell('startsAt', slot.startsAt) : key}`;
    }
    return `${name}: ${labels.keyLabel(metric, key)}`;
  };
}

/** The rows behind the number that was opened, with their CSV. */
export function ReportRowsDrawer({ eventId, report, labels }: Props) {
  const { t } = useTranslation();
  const [target, close] = useDrillDown();
  const title = useDrillDownTitle(report, labels);
  return (
    <Drawer
      opened={Boolean(target)}
      onClose={close}
      position="right"
      size="min(100%, 1000px)"
      title={target ? title(target) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target && <RowsTable key={`${target.metric}|${target.key ?? ''}`} eventId={eventId} target={target} labels={labels} />}
    </Drawer>
  );
}

/** Meeting ids are for joining exports, not for reading: the CSV keeps them, the table does not. */
const hiddenColumns = new Set(['meetingId']);

type Row = Record<string, ReportCell>;

function RowsTable({ eventId, target, labels }: { eventId: string; target: DrillDown; labels: ReportLabels }) {
  const { t } = useTranslation();
  const rows = useReportRows(eventId, target);
  // Only a meeting with a concrete outcome can become a success story (the server refuses the others).
  const storyRows = target.metric === 'collaborations.concrete';
  const stories = useSuccessStories(eventId);
  const [writingFor, setWritingFor] = useState<Row | null>(null);
  const [sentTitle, setSentTitle] = useState<string | null>(null);
  // The form unmounts with focus inside it; hand focus back instead of losing it inside the drawer.
  const opener = useRef<HTMLButtonElement | null>(null);
  const sentAlert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sentTitle) sentAlert.current?.focus();
  }, [sentTitle]);
  const csv = useMutation({
    mutationFn: () =>
      downloadFile(
        `/events/${eventId}/report/rows.csv?${reportRowsQuery(target.metric, target.key)}`,
        `${[target.metric, target.key].filter(Boolean).join('-').replace(/[^\w.-]+/g, '_')}.csv`,
      ),
  });

  if (!rows.data) return <PageState error={rows.error} />;
  const columns = rows.data.columns.filter((column) => !hiddenColumns.has(column));
  const items = rows.data.rows;
  const writingMeetingId = writingFor ? String(writingFor.meetingId) : null;
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm" c="dimmed" data-testid="report-rows-count">
          {t('report.rowCount', { count: items.length })}
        </Text>
        <Button variant="light" size="compact-md" onClick={() => csv.mutate()} loading={csv.isPending}>
          {t('report.downloadCsv')}
        </Button>
      </Group>
      <ErrorAlert error={csv.error} />
      {sentTitle && (
        <Alert ref={sentAlert} tabIndex={-1} color="teal" role="status" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setSentTitle(null)}>
          {t('successStories.requestSent', { title: sentTitle })}
        </Alert>
      )}
      {writingFor && writingMeetingId && (
        <WriteStoryForm
          key={writingMeetingId}
          eventId={eventId}
          meetingId={writingMeetingId}
          participants={labels.cell('participants', writingFor.participants ?? null)}
          onSent={(story) => {
            setWritingFor(null);
            setSentTitle(story.title);
          }}
          onCancel={() => {
            setWritingFor(null);
            opener.current?.focus();
          }}
        />
      )}
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="report-rows">
          {t('report.noRows')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={Math.max(320, (columns.length + (storyRows ? 1 : 0)) * 120)}>
          <Table striped verticalSpacing={6} data-testid="report-rows" aria-label={t('report.rowsTable')}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column} data-column={column}>
                    {labels.column(column)}
                  </Table.Th>
                ))}
                {storyRows && <Table.Th>{t('successStories.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((row, index) => (
                <Table.Tr key={index}>
                  {columns.map((column) => (
                    <Table.Td key={column} style={{ overflowWrap: 'anywhere' }} ta={typeof row[column] === 'number' ? 'right' : undefined}>
                      {labels.cell(column, row[column] ?? null)}
                    </Table.Td>
                  ))}
                  {storyRows && (
                    <Table.Td>
                      {typeof row.meetingId === 'string' && (
                        <Stack gap={4} align="flex-start">
                          {stories.data
                            ?.filter((story) => story.meetingId === row.meetingId)
                            .map((story) => (
                              <StoryStatusBadge key={story.id} status={story.status} />
                            ))}
                          <Button
                            variant="light"
                            size="compact-sm"
                            aria-expanded={writingMeetingId === row.meetingId}
                            onClick={(e) => {
                              opener.current = e.currentTarget;
                              setSentTitle(null);
                              setWritingFor(row);
                            }}
                          >
                            {t('successStories.write')}
                          </Button>
                        </Stack>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
