import { Alert, Anchor, Button, Code, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api-client';
import type { EventDetail, EventFields } from '../api-types';
import { EventFieldsForm } from '../components/event-fields-form';
import { EvaluationPanel } from '../components/event-setup/evaluation-panel';
import { ParticipantTypesPanel } from '../components/event-setup/participant-types-panel';
import { ProfileFormPanel } from '../components/event-setup/profile-form-panel';
import { SessionsPanel } from '../components/event-setup/sessions-panel';
import { TablesPanel } from '../components/event-setup/tables-panel';
import { PageState } from '../components/page-state';
import { useEventDetail } from '../queries';

const tabs = ['details', 'sessions', 'tables', 'types', 'profileForm', 'evaluation'] as const;
type Tab = (typeof tabs)[number];

export function EventSetupPage() {
  const { t } = useTranslation();
  const { eventId = '', tab } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const event = useEventDetail(eventId);
  const active: Tab = tabs.includes(tab as Tab) ? (tab as Tab) : 'details';

  const update = useMutation({
    mutationFn: (fields: Partial<EventFields>) =>
      api<EventDetail>(`/events/${eventId}`, { method: 'PATCH', body: fields }),
    onSuccess: (updated) => {
      queryClient.setQueryData(['event', eventId], (old: EventDetail | undefined) => ({ ...old, ...updated }));
      void queryClient.invalidateQueries({ queryKey: ['events'] });
    },
  });

  if (!event.data) return <PageState error={event.error} />;
  const data = event.data;
  const canEdit = data.role === 'organiser';
  const registrationUrl = `${window.location.origin}/e/${eventId}/register`;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {data.name}
          </Title>
          <Text size="sm">
            {t('eventForm.registrationLink')}:{' '}
            <Anchor component={Link} to={`/e/${eventId}/register`} style={{ overflowWrap: 'anywhere' }}>
              <Code>{registrationUrl}</Code>
            </Anchor>
          </Text>
        </Stack>
        <Group gap="xs">
          <Button component={Link} to={`/events/${eventId}/participants`} variant="light">
            {t('setup.participantsLink')}
          </Button>
          <Button component={Link} to={`/events/${eventId}/desk`} variant="light">
            {t('setup.deskLink')}
          </Button>
          {data.role !== 'helper' && (
            <>
              <Button component={Link} to={`/events/${eventId}/booking-status`} variant="light">
                {t('setup.bookingStatusLink')}
              </Button>
              <Button component={Link} to={`/events/${eventId}/report`} variant="light">
                {t('setup.reportLink')}
              </Button>
              <Button component={Link} to={`/events/${eventId}/schedule`} variant="light">
                {t('setup.scheduleLink')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {!canEdit && <Alert color="gray">{t('setup.readOnly')}</Alert>}
      <Tabs value={active} onChange={(value) => value && navigate(`/events/${eventId}/setup/${value}`)} keepMounted={false}>
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          {tabs.map((key) => (
            <Tabs.Tab key={key} value={key} style={{ whiteSpace: 'nowrap' }}>
              {t(`setup.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <EventFieldsForm
            key={data.id}
            initial={data}
            submitLabel={update.isSuccess && !update.isPending ? `${t('eventForm.saveButton')} ✓` : t('eventForm.saveButton')}
            pending={update.isPending}
            error={update.error}
            readOnly={!canEdit}
            onSubmit={(fields) => update.mutate(fields)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="sessions" pt="md">
          <SessionsPanel eventId={eventId} timeZone={data.timeZone} defaultDate={data.startsOn ?? ''} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="tables" pt="md">
          <TablesPanel eventId={eventId} timeZone={data.timeZone} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="types" pt="md">
          <ParticipantTypesPanel eventId={eventId} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="profileForm" pt="md">
          <ProfileFormPanel event={data} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="evaluation" pt="md">
          <EvaluationPanel event={data} canEdit={canEdit} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
