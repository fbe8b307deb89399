import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api-client';
import type { AffectedMeeting, ImportRowError } from '../api-types';
import { currentLocale } from '../i18n';
import { formatDateTime } from '../time-zone';

interface Props {
  error: unknown;
  /** Used to show affected meetings in the event's local time. */
  timeZone?: string;
  /** Turns a table id from a 409 into the name organisers know it by. */
  tableName?: (tableId: string) => string | undefined;
}

/** Shows the server's message(s) next to the form, plus any structured details the API attaches. */
export function ErrorAlert({ error, timeZone = 'Europe/Copenhagen', tableName }: Props) {
  const { t } = useTranslation();
  if (!error) return null;

  const messages = error instanceof ApiError ? error.messages : [t('common.somethingWentWrong')];
  const body = error instanceof ApiError ? error.body : null;
  const affected = Array.isArray(body?.affectedMeetings) ? (body.affectedMeetings as AffectedMeeting[]) : [];
  const rows = Array.isArray(body?.rows) ? (body.rows as ImportRowError[]) : [];
  // Why a schedule edit is not possible (English only, from the server).
  const reasons = Array.isArray(body?.reasons) ? (body.reasons as unknown[]).map(String) : [];

  return (
    <Alert color="red" role="alert" title={messages.length === 1 ? messages[0] : t('common.somethingWentWrong')}>
      {messages.length > 1 && (
        <List size="sm">
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
      {reasons.length > 0 && (
        <List size="sm" data-testid="error-reasons">
          {reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
      )}
      {affected.length > 0 && (
        <>
          <Text size="sm" mt="xs" fw={500}>
            {t('errors.affectedMeetings')}
          </Text>
          <List size="sm" data-testid="affected-meetings">
            {affected.map((meeting) => (
              <List.Item key={meeting.id}>
                {t('errors.meetingLine', {
                  time: formatDateTime(meeting.startsAt, timeZone, currentLocale()),
                  table: (meeting.tableId && tableName?.(meeting.tableId)) ?? meeting.tableId ?? '–',
                })}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {rows.length > 0 && (
        <>
          <Text size="sm" mt="xs" fw={500}>
            {t('participants.importErrors')}
          </Text>
          <List size="sm" data-testid="import-row-errors">
            {rows.map((row) => (
              <List.Item key={row.row}>
                {t('participants.row', { row: row.row })}: {row.errors.join('; ')}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
