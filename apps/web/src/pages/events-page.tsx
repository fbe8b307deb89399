import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api-client';
import type { EventSummary } from '../api-types';
import { PageState } from '../components/page-state';
import { currentLocale } from '../i18n';
import { formatDate } from '../time-zone';

export function EventsPage() {
  const { t } = useTranslation();
  const events = useQuery({ queryKey: ['events'], queryFn: () => api<EventSummary[]>('/events') });
  const locale = currentLocale();

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('events.title')}</Title>
        <Button component={Link} to="/events/new">
          {t('events.create')}
        </Button>
      </Group>
      {!events.data ? (
        <PageState error={events.error} />
      ) : events.data.length === 0 ? (
        <Text c="dimmed">{t('events.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {events.data.map((event) => (
            <Card key={event.id} withBorder>
              <Stack gap="xs">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Anchor component={Link} to={`/events/${event.id}/setup/details`} fw={600} size="lg">
                    {event.name}
                  </Anchor>
                  <Badge variant="light">{t(`events.role.${event.role}`)}</Badge>
                </Group>
                {event.venue && <Text size="sm">{event.venue}</Text>}
                <Text size="sm" c="dimmed">
                  {formatDate(event.startsOn, locale)}
                  {event.endsOn && event.endsOn !== event.startsOn ? ` – ${formatDate(event.endsOn, locale)}` : ''}
                </Text>
                <Group gap="xs">
                  <Button component={Link} to={`/events/${event.id}/setup/details`} size="xs" variant="light">
                    {t('events.setUp')}
                  </Button>
                  <Button component={Link} to={`/events/${event.id}/participants`} size="xs" variant="light">
                    {t('events.participants')}
                  </Button>
                  <Button component={Link} to={`/events/${event.id}/desk`} size="xs" variant="light">
                    {t('events.desk')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
