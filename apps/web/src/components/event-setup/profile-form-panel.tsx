import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { EventDetail, TaxonomyName, Taxonomies } from '../../api-types';
import { ErrorAlert } from '../error-alert';
import { TermListEditor } from '../term-list-editor';
import { QuestionsEditor } from './questions-editor';

const taxonomyNames: TaxonomyName[] = ['sectors', 'countries', 'organisationTypes', 'categories'];

export function ProfileFormPanel({ event, canEdit }: { event: EventDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [taxonomies, setTaxonomies] = useState<Taxonomies>(event.taxonomies);

  const patch = (body: Partial<Pick<EventDetail, 'taxonomies'>>) =>
    api<EventDetail>(`/events/${event.id}`, { method: 'PATCH', body });
  const onSaved = (updated: EventDetail) =>
    queryClient.setQueryData(['event', event.id], (old: EventDetail | undefined) => ({ ...old, ...updated }));

  const saveTaxonomies = useMutation({ mutationFn: () => patch({ taxonomies }), onSuccess: onSaved });

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('taxonomies.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('taxonomies.hint')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {taxonomyNames.map((name) => (
            <TermListEditor
              key={name}
              legend={t(`taxonomies.${name}`)}
              terms={taxonomies[name]}
              readOnly={!canEdit}
              onChange={(terms) => setTaxonomies((all) => ({ ...all, [name]: terms }))}
            />
          ))}
        </SimpleGrid>
        <ErrorAlert error={saveTaxonomies.error} />
        {canEdit && (
          <Group>
            <Button onClick={() => saveTaxonomies.mutate()} loading={saveTaxonomies.isPending}>
              {saveTaxonomies.isSuccess ? `${t('taxonomies.saveButton')} ✓` : t('taxonomies.saveButton')}
            </Button>
          </Group>
        )}
      </Stack>

      <QuestionsEditor
        eventId={event.id}
        field="profileQuestions"
        initial={event.profileQuestions}
        canEdit={canEdit}
        heading={t('questions.heading')}
      />
    </Stack>
  );
}
