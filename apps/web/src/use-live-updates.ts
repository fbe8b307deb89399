import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { ServerToClientEvents } from '../../../libs/contracts/src/live-events';
import { notificationsKey, requestsKey } from './queries';
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
    const sockets: Socket<ServerToClientEvents>[] = [staffToken, participantToken]
      .filter((token): token is string => Boolean(token))
      .map((token) => {
        const socket: Socket<ServerToClientEvents> = io({ auth: { token }, transports: ['websocket'] });
        socket.on('booking-status:changed', ({ eventId }) => {
          void queryClient.invalidateQueries({ queryKey: ['booking-status', eventId] });
          void queryClient.invalidateQueries({ queryKey: ['chase-list', eventId] });
        });
        socket.on('notification:new', () => {
          void queryClient.invalidateQueries({ queryKey: notificationsKey });
          void queryClient.invalidateQueries({ queryKey: requestsKey });
        });
        return socket;
      });
    return () => sockets.forEach((socket) => socket.disconnect());
  }, [staffToken, participantToken, queryClient]);
}
