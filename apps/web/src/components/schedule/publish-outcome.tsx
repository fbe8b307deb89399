import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublishOutcome } from '../../api-types';

const keys = ['created', 'moved', 'cancelled', 'unchanged', 'emailsQueued'] as const;

/** What publishing changed compared with the previously published version. */
export function PublishOutcomeAlert({ outcome, onClose }: { outcome: PublishOutcome; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="green"
      role="status"
      title={t('schedule.publishedTitle', { number: outcome.version.number })}
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('common.close')}
      data-testid="publish-outcome"
    >
      <List size="sm">
        {keys.map((key) => (
          <List.Item key={key} data-testid={`change-${key}`}>
            {t(`schedule.changes.${key}`)}: {outcome.changes[key]}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
