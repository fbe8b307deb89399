import { Anchor, AppShell, Button, Container, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { clearToken, getParticipantEventId } from '../auth-storage';
import { useToken } from '../use-token';
import { LanguageSwitcher } from './language-switcher';

export function AppLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const staffToken = useToken('staff');
  const participantToken = useToken('participant');

  const logOut = (kind: 'staff' | 'participant') => {
    const eventId = getParticipantEventId();
    // Leave the protected page first, so its guard does not add a "next" link back to it.
    navigate(kind === 'staff' ? '/login' : eventId ? `/e/${eventId}/sign-in` : '/');
    clearToken(kind);
    queryClient.clear();
  };

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Anchor component={Link} to={staffToken ? '/events' : participantToken ? '/me' : '/'} fw={700} size="lg" underline="never">
            {t('common.appName')}
          </Anchor>
          <Group gap="xs" wrap="nowrap" component="nav" aria-label={t('header.mainNavigation')}>
            {staffToken && (
              <>
                <Button component={Link} to="/events" variant="subtle" size="compact-sm" visibleFrom="xs">
                  {t('header.myEvents')}
                </Button>
                <Button variant="subtle" size="compact-sm" onClick={() => logOut('staff')}>
                  {t('header.logOut')}
                </Button>
              </>
            )}
            {!staffToken && participantToken && (
              <>
                <Button component={Link} to="/me" variant="subtle" size="compact-sm" visibleFrom="xs">
                  {t('header.myProfile')}
                </Button>
                <Button variant="subtle" size="compact-sm" onClick={() => logOut('participant')}>
                  {t('header.signOut')}
                </Button>
              </>
            )}
            <LanguageSwitcher />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
