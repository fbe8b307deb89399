import { Alert, Button, Checkbox, Group, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { api, saveBlob } from '../api-client';
import type { EmailPreference, MyProfile, Participant, ProfileInput, PublicEvent } from '../api-types';
import { clearToken, getParticipantEventId, setParticipantEventId } from '../auth-storage';
import { ConfirmButton } from '../components/confirm-button';
import { ErrorAlert } from '../components/error-alert';
import { PageState } from '../components/page-state';
import { ProfileFields, profileFromParticipant, toProfileInput, type ProfileFormValues } from '../components/profile-fields';
import { StatusBadge } from '../components/status-badge';
import { currentLocale } from '../i18n';
import { myProfileKey, useMyProfile, usePublicEvent } from '../queries';
import { formatDate, formatTime } from '../time-zone';
import { useToken } from '../use-token';

function Availability({ profile, event }: { profile: MyProfile; event: PublicEvent }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const locale = currentLocale();
  const [unavailable, setUnavailable] = useState(() => new Set(profile.unavailableSlotIds ?? []));

  const save = useMutation({
    mutationFn: () =>
      api<Participant>('/me/availability', {
        method: 'PUT',
        body: { unavailableSlotIds: [...unavailable] },
        auth: 'participant',
      }),
    onSuccess: (updated) =>
      queryClient.setQueryData(myProfileKey, (old: MyProfile | undefined) => (old ? { ...old, ...updated } : old)),
  });

  const toggle = (slotId: string, present: boolean) =>
    setUnavailable((current) => {
      const next = new Set(current);
      if (present) next.delete(slotId);
      else next.add(slotId);
      return next;
    });

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('myProfile.availabilityHeading')}
        </Title>
        {event.sessions.length === 0 ? (
          <Text c="dimmed">{t('myProfile.noSlots')}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('myProfile.availabilityHint')}
            </Text>
            {event.sessions.map((session) => (
              <Stack key={session.id} gap="xs">
                <Text fw={600}>
                  {session.name} · {formatDate(session.startsAt, locale, event.timeZone)}
                </Text>
                <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs">
                  {session.slots.map((slot) => {
                    const time = `${formatTime(slot.startsAt, event.timeZone, locale)}–${formatTime(slot.endsAt, event.timeZone, locale)}`;
                    return (
                      <Checkbox
                        key={slot.id}
                        label={
                          <>
                            {time} <Text span size="xs" c="dimmed">({t('myProfile.present')})</Text>
                          </>
                        }
                        aria-label={t('myProfile.presentAt', { time: `${session.name} ${time}` })}
                        checked={!unavailable.has(slot.id)}
                        onChange={(e) => toggle(slot.id, e.currentTarget.checked)}
                      />
                    );
                  })}
                </SimpleGrid>
              </Stack>
            ))}
            <ErrorAlert error={save.error} />
            {save.isSuccess && !save.isPending && (
              <Alert color="green" role="status">
                {t('myProfile.availabilitySaved')}
              </Alert>
            )}
            <Group>
              <Button onClick={() => save.mutate()} loading={save.isPending}>
                {t('myProfile.saveAvailability')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function EmailSettings({ profile }: { profile: MyProfile }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [preference, setPreference] = useState<EmailPreference>(profile.emailPreference ?? 'instant');
  const save = useMutation({
    mutationFn: () =>
      api<MyProfile>('/me/notification-settings', { method: 'PUT', body: { emailPreference: preference }, auth: 'participant' }),
    onSuccess: (updated) =>
      queryClient.setQueryData(myProfileKey, (old: MyProfile | undefined) => (old ? { ...old, ...updated } : old)),
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('myProfile.emailHeading')}
        </Title>
        <Radio.Group
          label={t('myProfile.emailPreference')}
          value={preference}
          onChange={(value) => {
            setPreference(value as EmailPreference);
            save.reset();
          }}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="instant" label={t('myProfile.emailInstant')} />
            <Radio value="daily_digest" label={t('myProfile.emailDigest')} />
          </Stack>
        </Radio.Group>
        <ErrorAlert error={save.error} />
        {save.isSuccess && (
          <Alert color="green" role="status">
            {t('myProfile.emailSaved')}
          </Alert>
        )}
        <Group>
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            {t('myProfile.saveEmail')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Participants registered by an organiser have not consented yet; they must before their profile is shown. */
function ConsentPrompt() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [checked, setChecked] = useState(false);
  const accept = useMutation({
    mutationFn: () => api<Participant>('/me/consent', { method: 'POST', body: { consent: true }, auth: 'participant' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: myProfileKey }),
  });
  return (
    <Paper withBorder p="md" bg="yellow.0">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('myProfile.consentHeading')}
        </Title>
        <Text size="sm">{t('myProfile.consentIntro')}</Text>
        <Text size="sm">{t('registration.privacyText')}</Text>
        <Checkbox label={t('registration.consent')} checked={checked} onChange={(e) => setChecked(e.currentTarget.checked)} />
        <ErrorAlert error={accept.error} />
        <Group>
          <Button disabled={!checked} loading={accept.isPending} onClick={() => accept.mutate()}>
            {t('myProfile.consentButton')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ProfileForm({ profile, event }: { profile: MyProfile; event: PublicEvent }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ProfileFormValues>(() => profileFromParticipant(profile));

  const save = useMutation({
    mutationFn: () => {
      // The email is the sign-in identity and is not part of the editable profile.
      const body: Partial<ProfileInput> = toProfileInput(values);
      delete body.email;
      return api<Participant>('/me/profile', { method: 'PUT', body, auth: 'participant' });
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(myProfileKey, (old: MyProfile | undefined) => (old ? { ...old, ...updated } : old));
      setValues(profileFromParticipant(updated));
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit}>
        <Stack gap="lg">
          <ProfileFields
            value={values}
            onChange={(next) => {
              setValues(next);
              if (save.isSuccess) save.reset();
            }}
            participantTypes={event.participantTypes}
            taxonomies={event.taxonomies}
            questions={event.profileQuestions}
            emailReadOnly
            extended
            showQuestions
          />
          <ErrorAlert error={save.error} />
          {save.isSuccess && (
            <Alert color="green" role="status">
              {t('myProfile.profileSaved')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('myProfile.saveProfile')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function MyProfilePage() {
  const { t } = useTranslation();
  const token = useToken('participant');
  const queryClient = useQueryClient();
  const [deleted, setDeleted] = useState(false);
  const profile = useMyProfile();
  const eventId = profile.data?.eventId ?? profile.data?.event?.id;
  const event = usePublicEvent(eventId);

  useEffect(() => {
    if (eventId) setParticipantEventId(eventId);
  }, [eventId]);

  const download = useMutation({
    mutationFn: () => api<Blob>('/me/data', { auth: 'participant', blob: true }),
    onSuccess: (blob) => saveBlob(blob, 'clustermeet-my-data.json'),
  });

  const remove = useMutation({
    mutationFn: () => api<void>('/me', { method: 'DELETE', auth: 'participant' }),
    onSuccess: () => {
      clearToken('participant');
      queryClient.removeQueries({ queryKey: ['me'] });
      setDeleted(true);
    },
  });

  if (deleted) {
    return (
      <Alert color="green" title={t('myProfile.deletedTitle')} mt="md">
        {t('myProfile.deletedText')}
      </Alert>
    );
  }
  if (!token) {
    const lastEvent = getParticipantEventId();
    return <Navigate to={lastEvent ? `/e/${lastEvent}/sign-in` : '/'} replace />;
  }
  if (!profile.data || !event.data) return <PageState error={profile.error ?? event.error} />;
  const p = profile.data;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('myProfile.title')}</Title>
        <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('myProfile.eventLabel', { name: p.event?.name ?? event.data.name })}
        </Text>
      </Stack>

      {!p.consentedAt && <ConsentPrompt />}

      <Paper withBorder p="md" data-testid="profile-status">
        <Stack gap="xs">
          <Group gap="sm">
            <Text fw={600}>{t('myProfile.status')}:</Text>
            <StatusBadge status={p.status} />
          </Group>
          <Text size="sm">{t(`myProfile.statusHint.${p.status}`)}</Text>
          {p.statusReason && (
            <Alert color={p.status === 'rejected' ? 'red' : 'orange'} title={t('decision.currentReason')}>
              {p.statusReason}
            </Alert>
          )}
        </Stack>
      </Paper>

      <ProfileForm key={p.id} profile={p} event={event.data} />
      <Availability key={`availability-${p.id}`} profile={p} event={event.data} />
      <EmailSettings key={`email-${p.id}`} profile={p} />

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('myProfile.dataHeading')}
          </Title>
          <ErrorAlert error={download.error ?? remove.error} />
          <Group gap="sm">
            <Button variant="default" onClick={() => download.mutate()} loading={download.isPending}>
              {t('myProfile.downloadData')}
            </Button>
            <ConfirmButton
              variant="light"
              label={t('myProfile.deleteAccount')}
              title={t('myProfile.deleteConfirmTitle')}
              message={t('myProfile.deleteConfirmText')}
              confirmLabel={t('myProfile.deleteConfirmButton')}
              loading={remove.isPending}
              onConfirm={() => remove.mutate()}
            />
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
