import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api-client';
import type { AuthResponse } from '../api-types';
import { setToken } from '../auth-storage';
import { ErrorAlert } from '../components/error-alert';

/** Only same-site paths are followed after login, so `next` cannot redirect off the site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/events';
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const login = useMutation({
    mutationFn: () =>
      api<AuthResponse>('/auth/login', { method: 'POST', body: { email: email.trim(), password }, auth: 'none' }),
    onSuccess: (result) => {
      setToken('staff', result.accessToken);
      navigate(safeNext(params.get('next')), { replace: true });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };

  return (
    <Paper withBorder p="lg" maw={420} mx="auto" mt="md">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={1} size="h2">
            {t('auth.loginTitle')}
          </Title>
          <TextInput
            label={t('auth.email')}
            type="email"
            required
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
            label={t('auth.password')}
            required
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <ErrorAlert error={login.error} />
          <Button type="submit" loading={login.isPending}>
            {t('auth.loginButton')}
          </Button>
          <Text size="sm">
            {t('auth.noAccount')}{' '}
            <Anchor component={Link} to="/sign-up">
              {t('header.signUp')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
