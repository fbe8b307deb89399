import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { ServerToClientEvents } from '../../../libs/contracts/src/live-events';
import type { ScheduleRunState } from './api-types';
import type { TokenKind } from './auth-storage';
import { catchUp, knownEvents, onDayChanged, setLiveState } from './live-catch-up';
import { agendaKey, dayKey, meRebookingKey, mySuccessStoriesKey, notificationsKey, requestsKey, scheduleRunKey, scheduleVersionsKey } from './queries';
import { useToken } from './use-token';

/**
 * One socket per signed-in session; pushes from the server mark the matching queries stale, so
 * counters and notification badges change while the page is open instead of on the next poll.
 */
export function useLiveUpdates(): void {
  const staffToken = useToken('staff');
  const participantToken = useToken('participant');
  const queryClient = useQueryClient();

  useEffect(() => {
    // Desk lists, call list, proposals, the activity log and the participant's own agenda.
    const invalidateDay = (eventId: string) => {
      void queryClient.invalidateQueries({ queryKey: dayKey(eventId) });
      void queryClient.invalidateQueries({ queryKey: agendaKey });
      void queryClient.invalidateQueries({ queryKey: meRebookingKey });
    };
    const sessions: { kind: TokenKind; token: string | null }[] = [
      { kind: 'staff', token: staffToken },
      { kind: 'participant', token: participantToken },
    ];
    const sockets: Socket<ServerToClientEvents>[] = sessions
      .filter((session): session is { kind: TokenKind; token: string } => Boolean(session.token))
      .map(({ kind, token }) => {
        const socket: Socket<ServerToClientEvents> = io({ auth: { token }, transports: ['websocket'] });
        const catchUpAll = () => knownEvents(kind).forEach((eventId) => void catchUp(kind, eventId, invalidateDay));
        setLiveState(kind, 'reconnecting');
        // On every connect, the first included: changes made between loading the page and joining
        // the rooms, or while disconnected, were never pushed to this browser.
        socket.on('connect', () => {
          setLiveState(kind, 'connected');
          catchUpAll();
        });
        socket.on('disconnect', () => setLiveState(kind, 'reconnecting'));
        socket.on('connect_error', () => setLiveState(kind, 'reconnecting'));
        socket.on('day:changed', (change) => onDayChanged(kind, change, invalidateDay));
        socket.on('live:resync', catchUpAll);
        socket.on('booking-status:changed', ({ eventId }) => {
          void queryClient.invalidateQueries({ queryKey: ['booking-status', eventId] });
          void queryClient.invalidateQueries({ queryKey: ['chase-list', eventId] });
        });
        socket.on('notification:new', () => {
          void queryClient.invalidateQueries({ queryKey: notificationsKey });
          void queryClient.invalidateQueries({ queryKey: requestsKey });
          // A new success story arrives as a notification too.
          void queryClient.invalidateQueries({ queryKey: mySuccessStoriesKey });
        });
        // Progress is written straight into the run query, so the bar moves without a request;
        // a late progress message never turns a finished run back into a running one.
        socket.on('schedule:progress', ({ eventId, runId, phase, elapsedMs, timeLimitMs, meetings, scheduled, breaks }) => {
          queryClient.setQueryData<ScheduleRunState>(scheduleRunKey(eventId), (old) => {
            if (old?.runId === runId && (old.state === 'completed' || old.state === 'failed')) return old;
            return {
              state: 'running',
              runId,
              progress: { phase, elapsedMs, timeLimitMs, meetings, scheduled, breaks },
              versionId: null,
              error: null,
            };
          });
        });
        socket.on('schedule:finished', ({ eventId, runId, versionId, error }) => {
          queryClient.setQueryData<ScheduleRunState>(scheduleRunKey(eventId), (old) => ({
            state: error ? 'failed' : 'completed',
            runId,
            progress: old?.runId === runId ? old.progress : null,
            versionId,
            error,
          }));
          void queryClient.invalidateQueries({ queryKey: scheduleVersionsKey(eventId) });
        });
        socket.on('schedule:published', ({ eventId }) => {
          void queryClient.invalidateQueries({ queryKey: agendaKey });
          void queryClient.invalidateQueries({ queryKey: scheduleVersionsKey(eventId) });
        });
        return socket;
      });
    return () => sockets.forEach((socket) => socket.disconnect());
  }, [staffToken, participantToken, queryClient]);
}
