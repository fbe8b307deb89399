import { Button, Group, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api-client';
import type { AgendaMeeting, Term } from '../../api-types';
import { agendaKey } from '../../queries';
import { ErrorAlert } from '../error-alert';
import { ReplacementFinder } from './replacement-finder';

interface Props {
  meeting: AgendaMeeting;
  /** Resolved by the page: older servers do not send it with the meeting. */
  slotId: string | undefined;
  now: number;
  participantId: string | undefined;
  timeZone: string;
  countries?: Term[];
  /** A meeting the participant changed themselves, so it is not flagged as "Changed" to them. */
  onOwnChange: (meeting: AgendaMeeting) => void;
}

/** On the day, under a meeting that has started: report a partner who did not come, then find another. */
export function AgendaDayActions({ meeting, slotId, now, participantId, timeZone, countries, onOwnChange }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [finding, setFinding] = useState(false);
  const noShow = useMutation({
    mutationFn: () => api<AgendaMeeting>(`/me/meetings/${meeting.id}/no-show`, { method: 'POST', auth: 'participant' }),
    onSuccess: (updated) => {
      onOwnChange(updated);
      setFinding(true);
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: agendaKey }),
  });

  const started = new Date(meeting.startsAt).getTime() <= now;
  const iWasAbsent = Boolean(participantId) && (meeting.absentParticipantIds ?? []).includes(participantId!);
  const canReport = meeting.status === 'scheduled' && started;
  const canReplace = meeting.status === 'no_show' && !iWasAbsent && Boolean(slotId);
  // Rating is one tap on the evaluation page, where the same meeting card is; offered as soon as it started.
  const canRate = started && (meeting.status === 'scheduled' || meeting.status === 'no_show');
  if (!canReport && !canReplace && !canRate) return null;

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {canReport && (
          <Button variant="light" color="orange" size="sm" loading={noShow.isPending} onClick={() => noShow.mutate()}>
            {t('agenda.partnerNoShow')}
          </Button>
        )}
        {canRate && (
          <Button component={Link} to={`/me/evaluations#evaluation-meeting-${meeting.id}`} variant="subtle" size="sm">
            {t('agenda.rateMeeting')}
          </Button>
        )}
        {canReplace && !finding && (
          <Button variant="light" size="sm" onClick={() => setFinding(true)}>
            {t('agenda.findReplacement')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={noShow.error} timeZone={timeZone} />
      {canReplace && finding && slotId && <ReplacementFinder slotId={slotId} timeZone={timeZone} countries={countries} onBooked={onOwnChange} />}
    </Stack>
  );
}
