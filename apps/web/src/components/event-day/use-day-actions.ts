import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api-client';
import type { CloseTableOutcome, DayMeeting, DayParticipantRow } from '../../api-types';
import { dayKey } from '../../queries';

export interface MoveBody {
  slotId: string;
  tableId?: string | null;
  online?: boolean;
}

/**
 * The desk's writes. Each one refetches the day at once for the helper who made it; the others'
 * screens follow through the live channel.
 */
export function useDayActions(eventId: string) {
  const queryClient = useQueryClient();
  const base = `/events/${eventId}/day`;
  const onSettled = () => void queryClient.invalidateQueries({ queryKey: dayKey(eventId) });

  const checkIn = useMutation({
    mutationFn: (participantId: string) => api<DayParticipantRow>(`${base}/participants/${participantId}/check-in`, { method: 'POST' }),
    onSettled,
  });
  const markAbsent = useMutation({
    mutationFn: ({ participantId, slotId }: { participantId: string; slotId?: string }) =>
      api<{ participant: DayParticipantRow; affectedMeetings: DayMeeting[] }>(`${base}/participants/${participantId}/absent`, {
        method: 'POST',
        body: slotId ? { slotId } : {},
      }),
    onSettled,
  });
  const noShow = useMutation({
    mutationFn: ({ meetingId, participantId }: { meetingId: string; participantId: string }) =>
      api<DayMeeting>(`${base}/meetings/${meetingId}/no-show`, { method: 'POST', body: { participantId } }),
    onSettled,
  });
  const move = useMutation({
    mutationFn: ({ meetingId, body }: { meetingId: string; body: MoveBody }) =>
      api<DayMeeting>(`${base}/meetings/${meetingId}/move`, { method: 'POST', body }),
    onSettled,
  });
  const cancel = useMutation({
    mutationFn: ({ meetingId, reason }: { meetingId: string; reason: string }) =>
      api<DayMeeting>(`${base}/meetings/${meetingId}/cancel`, { method: 'POST', body: reason ? { reason } : {} }),
    onSettled,
  });
  const book = useMutation({
    mutationFn: (body: { participantIds: string[]; slotId: string }) => api<DayMeeting>(`${base}/meetings`, { method: 'POST', body }),
    onSettled,
  });
  const closeTable = useMutation({
    mutationFn: ({ tableId, fromSlotId }: { tableId: string; fromSlotId?: string }) =>
      api<CloseTableOutcome>(`${base}/tables/${tableId}/close`, { method: 'POST', body: fromSlotId ? { fromSlotId } : {} }),
    onSettled,
  });

  return { checkIn, markAbsent, noShow, move, cancel, book, closeTable };
}
