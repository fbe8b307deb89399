import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../api-client';
import type { AuthResponse } from '../api-types';
import { setToken } from '../auth-storage';
import { ErrorAlert } from '../components/error-alert';

export function OrganiserSignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState({ organisationName: '', name: '', email: '', password: '' });
  const [passwordError, setPasswordError] = useState<string | null>(null);

  const signUp = useMutation({
    mutationFn: (body: typeof form) =>
      api<AuthResponse>('/auth/organiser-sign-up', { method: 'POST', body, auth: 'none' }),
    onSuccess: (result) => {
      setToken('staff', result.accessToken);
      navigate('/events');
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (form.password.length < 10) {
      setPasswordError(t('auth.passwordTooShort'));
      return;
    }
    setPasswordError(null);
    signUp.mutate({ ...form, email: form.email.trim() });
  };

  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [key]: value }));
    },
  });

  return (
    <Paper withBorder p="lg" maw={480} mx="auto" mt="md">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={1} size="h2">
            {t('auth.signUpTitle')}
          </Title>
          <TextInput label={t('auth.organisationName')} required autoComplete="organization" {...field('organisationName')} />
          <TextInput label={t('auth.name')} required autoComplete="name" {...field('name')} />
          <TextInput label={t('auth.email')} type="email" required autoComplete="email" {...field('email')} />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
            label={t('auth.password')}
            description={t('auth.passwordHint')}
            required
            autoComplete="new-password"
            error={passwordError}
            {...field('password')}
          />
          <ErrorAlert error={signUp.error} />
          <Button type="submit" loading={signUp.isPending}>
            {t('auth.signUpButton')}
          </Button>
          <Text size="sm">
            {t('auth.haveAccount')}{' '}
            <Anchor component={Link} to="/login">
              {t('auth.loginButton')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
