import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api-client';
import { ErrorAlert } from '../components/error-alert';
import { PageState } from '../components/page-state';
import { currentLocale } from '../i18n';
import { notificationsKey, useNotifications, useParticipantEvent } from '../queries';
import { formatDateTime } from '../time-zone';

export function NotificationsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notifications = useNotifications();
  const { event } = useParticipantEvent();
  const timeZone = event.data?.timeZone ?? 'Europe/Copenhagen';

  const markRead = useMutation({
    mutationFn: (ids?: string[]) =>
      api<void>('/me/notifications/read', { method: 'POST', body: ids ? { ids } : {}, auth: 'participant' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });

  if (!notifications.data) return <PageState error={notifications.error} />;
  const { unread, items } = notifications.data;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={1}>{t('notifications.title')}</Title>
          <Text size="sm" c="dimmed" data-testid="unread-summary">
            {t('notifications.unread', { count: unread })}
          </Text>
        </Stack>
        <Button variant="light" disabled={unread === 0} loading={markRead.isPending && !markRead.variables} onClick={() => markRead.mutate(undefined)}>
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <ErrorAlert error={markRead.error} />
      {items.length === 0 && <Text c="dimmed">{t('notifications.empty')}</Text>}
      <Stack gap="xs">
        {items.map((item) => (
          <Card
            key={item.id}
            withBorder
            padding="sm"
            data-testid="notification"
            data-unread={!item.readAt}
            bg={item.readAt ? undefined : 'teal.0'}
          >
            <Stack gap={4}>
              <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
                <Badge variant="light" tt="none" color={item.readAt ? 'gray' : 'teal'} style={{ flexShrink: 1, minWidth: 0 }}>
                  {t(`notifications.kind.${item.kind}`)}
                </Badge>
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {formatDateTime(item.createdAt, timeZone, currentLocale())}
                </Text>
              </Group>
              <Text size="sm" lang="en" style={{ overflowWrap: 'anywhere' }}>
                {item.text}
              </Text>
              <Group gap="md">
                <Anchor
                  component={Link}
                  to={
                    item.kind === 'success-story'
                      ? '/me/success-stories'
                      : item.kind === 'request-received' || item.kind === 'request-expiring'
                        ? '/me/requests'
                        : '/me/requests?tab=sent'
                  }
                  size="sm"
                  onClick={() => !item.readAt && markRead.mutate([item.id])}
                >
                  {item.kind === 'success-story' ? t('notifications.openStories') : t('notifications.open')}
                </Anchor>
                {!item.readAt && (
                  <Anchor component="button" type="button" size="sm" onClick={() => markRead.mutate([item.id])}>
                    {t('notifications.markRead')}
                  </Anchor>
                )}
              </Group>
            </Stack>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
