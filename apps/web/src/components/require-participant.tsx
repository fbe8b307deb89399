import { Navigate, Outlet } from 'react-router';
import { getParticipantEventId } from '../auth-storage';
import { useToken } from '../use-token';

/** Pages for signed-in participants; without a session, back to the event's sign-in page. */
export function RequireParticipant() {
  const token = useToken('participant');
  if (!token) {
    const eventId = getParticipantEventId();
    return <Navigate to={eventId ? `/e/${eventId}/sign-in` : '/'} replace />;
  }
  return <Outlet />;
}
