import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api-client';
import type { ScheduleEntry } from '../../api-types';
import { scheduleVersionKey, scheduleVersionsKey } from '../../queries';

export interface EntryPatch {
  slotId?: string | null;
  tableId?: string | null;
  online?: boolean;
  locked?: boolean;
}

/**
 * Edits of one draft version. Every edit refetches the version (and the version list, whose
 * figures change); a 409 carries the server's message and reasons, shown by ErrorAlert.
 */
export function useScheduleEdits(eventId: string, versionId: string) {
  const queryClient = useQueryClient();
  const base = `/events/${eventId}/schedule/versions/${versionId}`;
  const refetch = () => {
    void queryClient.invalidateQueries({ queryKey: scheduleVersionKey(eventId, versionId) });
    void queryClient.invalidateQueries({ queryKey: scheduleVersionsKey(eventId) });
  };

  const patch = useMutation({
    mutationFn: ({ entryId, body }: { entryId: string; body: EntryPatch }) =>
      api<ScheduleEntry>(`${base}/entries/${entryId}`, { method: 'PATCH', body }),
    onSettled: refetch,
  });

  const swap = useMutation({
    mutationFn: (entryIds: [string, string]) =>
      api<{ entries: ScheduleEntry[] }>(`${base}/swap`, { method: 'POST', body: { entryIds } }),
    onSettled: refetch,
  });

  return { patch, swap };
}
