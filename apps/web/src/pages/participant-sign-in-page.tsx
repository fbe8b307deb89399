import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api-client';
import { ErrorAlert } from '../components/error-alert';
import { usePublicEvent } from '../queries';

export function ParticipantSignInPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const event = usePublicEvent(eventId);
  const [email, setEmail] = useState('');

  const request = useMutation({
    mutationFn: () =>
      api<{ sent: boolean }>('/auth/sign-in-link', { method: 'POST', body: { eventId, email: email.trim() }, auth: 'none' }),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate();
  };

  return (
    <Paper withBorder p="lg" maw={480} mx="auto" mt="md">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {t('signIn.title', { name: event.data?.name ?? '' })}
          </Title>
          {request.isSuccess ? (
            <Alert color="green" title={t('signIn.sentTitle')} role="status">
              {t('signIn.sentText', { email: email.trim() })}
            </Alert>
          ) : (
            <>
              <Text size="sm">{t('signIn.hint')}</Text>
              <TextInput
                label={t('signIn.email')}
                type="email"
                required
                autoComplete="email"
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
              />
              <ErrorAlert error={request.error} />
              <Button type="submit" loading={request.isPending}>
                {t('signIn.submit')}
              </Button>
            </>
          )}
          <Text size="sm">
            <Anchor component={Link} to={`/e/${eventId}/register`}>
              {t('registration.submit')}
            </Anchor>
            {' · '}
            <Anchor component={Link} to="/login">
              {t('signIn.organiserLogin')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
