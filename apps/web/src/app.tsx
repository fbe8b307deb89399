import { useEffect } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { setUnauthorizedHandler } from './api-client';
import { getParticipantEventId } from './auth-storage';
import { AppLayout } from './components/app-layout';
import { RequireParticipant } from './components/require-participant';
import { RequireStaff } from './components/require-staff';
import { BoardPage } from './pages/board-page';
import { BookingStatusPage } from './pages/booking-status-page';
import { CreateEventPage } from './pages/create-event-page';
import { DeskPage } from './pages/desk-page';
import { DirectoryPage } from './pages/directory-page';
import { DirectoryProfilePage } from './pages/directory-profile-page';
import { EventSetupPage } from './pages/event-setup-page';
import { EventsPage } from './pages/events-page';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { MyAgendaPage } from './pages/my-agenda-page';
import { MyEvaluationsPage } from './pages/my-evaluations-page';
import { MyProfilePage } from './pages/my-profile-page';
import { MyRequestsPage } from './pages/my-requests-page';
import { MySuccessStoriesPage } from './pages/my-success-stories-page';
import { NotFoundPage } from './pages/not-found-page';
import { NotificationsPage } from './pages/notifications-page';
import { OrganiserSignUpPage } from './pages/organiser-sign-up-page';
import { ParticipantDetailPage } from './pages/participant-detail-page';
import { ParticipantSignInPage } from './pages/participant-sign-in-page';
import { ParticipantsPage } from './pages/participants-page';
import { RegisterOnBehalfPage } from './pages/register-on-behalf-page';
import { RegistrationPage } from './pages/registration-page';
import { ReportPage } from './pages/report-page';
import { SchedulePage } from './pages/schedule-page';
import { SignInLinkPage } from './pages/sign-in-link-page';
import { useLiveUpdates } from './use-live-updates';

export function App() {
  useLiveUpdates();
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    setUnauthorizedHandler((kind) => {
      if (kind === 'staff') {
        const next = encodeURIComponent(window.location.pathname + window.location.search);
        navigate(`/login?next=${next}`, { replace: true });
      } else {
        const eventId = getParticipantEventId();
        navigate(eventId ? `/e/${eventId}/sign-in` : '/', { replace: true });
      }
    });
  }, [navigate]);

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="sign-up" element={<OrganiserSignUpPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="sign-in" element={<SignInLinkPage />} />
        <Route path="e/:eventId/register" element={<RegistrationPage />} />
        <Route path="e/:eventId/sign-in" element={<ParticipantSignInPage />} />
        <Route path="me" element={<MyProfilePage />} />
        <Route element={<RequireParticipant />}>
          <Route path="directory" element={<DirectoryPage />} />
          <Route path="directory/:participantId" element={<DirectoryProfilePage />} />
          <Route path="me/agenda" element={<MyAgendaPage />} />
          <Route path="me/requests" element={<MyRequestsPage />} />
          <Route path="me/notifications" element={<NotificationsPage />} />
          <Route path="me/evaluations" element={<MyEvaluationsPage />} />
          <Route path="me/success-stories" element={<MySuccessStoriesPage />} />
        </Route>
        <Route element={<RequireStaff />}>
          <Route path="events" element={<EventsPage />} />
          <Route path="events/new" element={<CreateEventPage />} />
          <Route path="events/:eventId" element={<Navigate to="setup/details" replace />} />
          <Route path="events/:eventId/setup/:tab" element={<EventSetupPage />} />
          <Route path="events/:eventId/booking-status" element={<BookingStatusPage />} />
          <Route path="events/:eventId/report" element={<ReportPage />} />
          <Route path="events/:eventId/schedule" element={<SchedulePage />} />
          <Route path="events/:eventId/desk" element={<DeskPage />} />
          <Route path="events/:eventId/participants" element={<ParticipantsPage />} />
          <Route path="events/:eventId/participants/new" element={<RegisterOnBehalfPage />} />
          <Route path="events/:eventId/participants/:participantId" element={<ParticipantDetailPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {/* The wall screen has no header or menu: nothing on it should look clickable from across the hall. */}
      <Route element={<RequireStaff />}>
        <Route path="events/:eventId/board" element={<BoardPage />} />
      </Route>
    </Routes>
  );
}
