import { Alert, Anchor, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api } from '../api-client';
import type { RedeemResponse } from '../api-types';
import { getParticipantEventId, setParticipantEventId, setToken } from '../auth-storage';

// Tokens are single-use; StrictMode runs effects twice in development, so share one request per token.
const redemptions = new Map<string, Promise<RedeemResponse>>();

function redeem(token: string): Promise<RedeemResponse> {
  let pending = redemptions.get(token);
  if (!pending) {
    pending = api<RedeemResponse>('/auth/sign-in-link/redeem', { method: 'POST', body: { token }, auth: 'none' });
    redemptions.set(token, pending);
  }
  return pending;
}

/** Only a path inside this app: one leading slash, no `//host` or `/\\host`, which browsers treat as another site. */
function safeNextPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return null;
  return next;
}

export function SignInLinkPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token');
  const next = safeNextPath(params.get('next'));
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!token) return;
    let active = true;
    redeem(token).then(
      (result) => {
        if (!active) return;
        setToken('participant', result.accessToken);
        setParticipantEventId(result.eventId);
        navigate(next ?? '/me', { replace: true });
      },
      (err: unknown) => active && setError(err),
    );
    return () => {
      active = false;
    };
  }, [token, next, navigate]);

  const eventId = getParticipantEventId();
  if (!token || error) {
    return (
      <Stack maw={480} mx="auto" mt="md">
        <Alert color="red" title={token ? t('signIn.invalidLink') : t('signIn.missingToken')}>
          {error instanceof ApiError ? error.messages.join(' ') : null}
        </Alert>
        {eventId ? (
          <Anchor component={Link} to={`/e/${eventId}/sign-in`}>
            {t('signIn.requestNew')}
          </Anchor>
        ) : (
          <Text size="sm">{t('signIn.needEvent')}</Text>
        )}
      </Stack>
    );
  }

  return (
    <Center py="xl">
      <Stack align="center">
        <Loader />
        <Text>{t('signIn.redeeming')}</Text>
      </Stack>
    </Center>
  );
}
