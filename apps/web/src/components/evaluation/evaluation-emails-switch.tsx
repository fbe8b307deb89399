import { Stack, Switch } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { MyEvaluations } from '../../api-types';
import { evaluationsKey } from '../../queries';
import { ErrorAlert } from '../error-alert';

/** Opting out of the evaluation and follow-up emails; the page itself stays usable. */
export function EvaluationEmailsSwitch({ stopped }: { stopped: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (stop: boolean) => api<{ emailsStopped: boolean }>('/me/evaluation-emails', { method: 'PUT', body: { stop }, auth: 'participant' }),
    onSuccess: ({ emailsStopped }) =>
      queryClient.setQueryData(evaluationsKey, (old: MyEvaluations | undefined) => (old ? { ...old, emailsStopped } : old)),
  });
  const checked = toggle.isPending && toggle.variables !== undefined ? toggle.variables : stopped;
  return (
    <Stack gap="xs">
      <Switch
        size="md"
        label={t('evaluation.stopEmails')}
        description={t('evaluation.stopEmailsHint')}
        checked={checked}
        disabled={toggle.isPending}
        onChange={(e) => toggle.mutate(e.currentTarget.checked)}
      />
      <ErrorAlert error={toggle.error} />
    </Stack>
  );
}
