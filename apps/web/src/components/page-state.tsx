import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

/** Loading spinner or error for a page whose data has not arrived yet. */
export function PageState({ error }: { error?: unknown }) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert error={error} />;
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
