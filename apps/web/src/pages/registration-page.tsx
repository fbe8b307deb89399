import { Alert, Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api-client';
import { ErrorAlert } from '../components/error-alert';
import { PageState } from '../components/page-state';
import { ProfileFields, emptyProfile, toProfileInput } from '../components/profile-fields';
import { currentLocale } from '../i18n';
import { usePublicEvent } from '../queries';
import { formatDate, formatDateTime } from '../time-zone';

export function RegistrationPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const event = usePublicEvent(eventId);
  const [values, setValues] = useState(emptyProfile);
  const [consent, setConsent] = useState(false);
  const [consentError, setConsentError] = useState<string | null>(null);

  const register = useMutation({
    mutationFn: () =>
      api<{ participantId: string }>(`/events/${eventId}/registrations`, {
        method: 'POST',
        body: { ...toProfileInput(values), consent: true },
        auth: 'none',
      }),
    onSuccess: () => window.scrollTo(0, 0),
  });

  if (!event.data) return <PageState error={event.error} />;
  const e = event.data;
  const locale = currentLocale();

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (!consent) {
      setConsentError(t('registration.consentRequired'));
      return;
    }
    setConsentError(null);
    register.mutate();
  };

  const header = (
    <Stack gap={4}>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {t('registration.title', { name: e.name })}
      </Title>
      {e.venue && <Text>{e.venue}</Text>}
      {e.startsOn && (
        <Text size="sm" c="dimmed">
          {formatDate(e.startsOn, locale)}
          {e.endsOn && e.endsOn !== e.startsOn ? ` – ${formatDate(e.endsOn, locale)}` : ''}
        </Text>
      )}
      <Group gap="xs">
        <Badge color={e.registrationOpen ? 'green' : 'gray'} variant="light" tt="none" size="lg">
          {e.registrationOpen ? t('registration.open') : t('registration.closed')}
        </Badge>
        {(e.registrationOpensAt || e.registrationClosesAt) && (
          <Text size="sm" c="dimmed">
            {t('registration.opensClosesAt', {
              opens: formatDateTime(e.registrationOpensAt, e.timeZone, locale),
              closes: formatDateTime(e.registrationClosesAt, e.timeZone, locale),
            })}
          </Text>
        )}
      </Group>
    </Stack>
  );

  if (register.isSuccess) {
    return (
      <Stack gap="md">
        {header}
        <Alert color="green" title={t('registration.successTitle')} role="status">
          {t('registration.successText')}
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {header}
      <Text size="sm">
        {t('registration.alreadyRegistered')}{' '}
        <Anchor component={Link} to={`/e/${eventId}/sign-in`}>
          {t('registration.signInLink')}
        </Anchor>
      </Text>
      {!e.registrationOpen ? (
        <Alert color="gray">{t('registration.closedHint')}</Alert>
      ) : (
        <form onSubmit={submit}>
          <Stack gap="lg">
            <ProfileFields
              value={values}
              onChange={setValues}
              participantTypes={e.participantTypes}
              taxonomies={e.taxonomies}
              questions={e.profileQuestions}
              showQuestions
            />
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Title order={3}>{t('registration.privacyHeading')}</Title>
                <Text size="sm">{t('registration.privacyText')}</Text>
                <Checkbox
                  label={t('registration.consent')}
                  checked={consent}
                  error={consentError}
                  onChange={(ev) => setConsent(ev.currentTarget.checked)}
                />
              </Stack>
            </Paper>
            <ErrorAlert error={register.error} />
            <Group>
              <Button type="submit" size="md" loading={register.isPending}>
                {t('registration.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
