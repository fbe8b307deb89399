import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api-client';
import type { FeedbackInput, MeetingFeedback, MyEvaluations, OutcomeInput } from '../../api-types';
import { evaluationsKey } from '../../queries';

/** Saving one meeting's feedback or outcome; the answer replaces the meeting's feedback in the cached page. */
export function useFeedbackActions(meetingId: string) {
  const queryClient = useQueryClient();
  const store = (feedback: MeetingFeedback) =>
    queryClient.setQueryData(evaluationsKey, (old: MyEvaluations | undefined) =>
      old ? { ...old, meetings: old.meetings.map((m) => (m.id === meetingId ? { ...m, feedback } : m)) } : old,
    );

  const feedback = useMutation({
    mutationFn: (input: FeedbackInput) =>
      api<MeetingFeedback>(`/me/meetings/${meetingId}/feedback`, { method: 'PUT', body: input, auth: 'participant' }),
    onSuccess: store,
  });
  const outcome = useMutation({
    mutationFn: (input: OutcomeInput) =>
      api<MeetingFeedback>(`/me/meetings/${meetingId}/outcome`, { method: 'PUT', body: input, auth: 'participant' }),
    onSuccess: store,
  });
  return { feedback, outcome };
}
