import { Anchor, AppShell, Badge, Box, Burger, Button, Container, Group, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { clearToken, getParticipantEventId } from '../auth-storage';
import { useNotifications } from '../queries';
import { useToken } from '../use-token';
import { LanguageSwitcher } from './language-switcher';

const participantLinks = [
  { to: '/me/agenda', label: 'header.myAgenda' },
  { to: '/me', label: 'header.myProfile' },
  { to: '/directory', label: 'header.directory' },
  { to: '/me/requests', label: 'header.myRequests' },
  { to: '/me/evaluations', label: 'header.evaluation' },
] as const;

function BellIcon() {
  return (
    <svg aria-hidden width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The bell with the unread count; the count is polled, so new requests show up without a reload. */
function NotificationsButton() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const unread = notifications.data?.unread ?? 0;
  return (
    <Button
      component={Link}
      to="/me/notifications"
      variant="subtle"
      size="compact-sm"
      px={6}
      aria-label={t('header.notificationsUnread', { count: unread })}
      leftSection={<BellIcon />}
    >
      <Box component="span" visibleFrom="md" mr={unread > 0 ? 6 : 0}>
        {t('header.notifications')}
      </Box>
      {unread > 0 && (
        <Badge size="sm" color="red" circle data-testid="unread-count">
          {unread}
        </Badge>
      )}
    </Button>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const staffToken = useToken('staff');
  const participantToken = useToken('participant');
  const [menuOpened, { open: openMenu, close: closeMenu }] = useDisclosure(false);

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
                {participantLinks.map((link) => (
                  <Button
                    key={link.to}
                    component={NavLink}
                    to={link.to}
                    end
                    variant="subtle"
                    size="compact-sm"
                    visibleFrom="md"
                  >
                    {t(link.label)}
                  </Button>
                ))}
                <NotificationsButton />
                <Button variant="subtle" size="compact-sm" onClick={() => logOut('participant')} visibleFrom="md">
                  {t('header.signOut')}
                </Button>
                <Menu opened={menuOpened} onChange={(opened) => (opened ? openMenu() : closeMenu())} position="bottom-end" width={220}>
                  <Menu.Target>
                    <Burger opened={menuOpened} size="sm" hiddenFrom="md" aria-label={t('header.openMenu')} />
                  </Menu.Target>
                  <Menu.Dropdown>
                    {participantLinks.map((link) => (
                      <Menu.Item key={link.to} component={Link} to={link.to}>
                        {t(link.label)}
                      </Menu.Item>
                    ))}
                    <Menu.Item component={Link} to="/me/notifications">
                      {t('header.notifications')}
                    </Menu.Item>
                    <Menu.Divider />
                    <Menu.Item onClick={() => logOut('participant')}>{t('header.signOut')}</Menu.Item>
                  </Menu.Dropdown>
                </Menu>
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
