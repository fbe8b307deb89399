import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { EventDetail, ProfileQuestion, QuestionType, TaxonomyName, Taxonomies } from '../../api-types';
import { ErrorAlert } from '../error-alert';
import { TermListEditor, slugify } from '../term-list-editor';

const taxonomyNames: TaxonomyName[] = ['sectors', 'countries', 'organisationTypes', 'categories'];
const questionTypes: QuestionType[] = ['text', 'textarea', 'select', 'checkbox'];

interface QuestionDraft extends Omit<ProfileQuestion, 'options'> {
  options: string;
}

export function ProfileFormPanel({ event, canEdit }: { event: EventDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [taxonomies, setTaxonomies] = useState<Taxonomies>(event.taxonomies);
  const [questions, setQuestions] = useState<QuestionDraft[]>(() =>
    event.profileQuestions.map((q) => ({ ...q, options: (q.options ?? []).join('\n') })),
  );

  const patch = (body: Partial<Pick<EventDetail, 'taxonomies' | 'profileQuestions'>>) =>
    api<EventDetail>(`/events/${event.id}`, { method: 'PATCH', body });
  const onSaved = (updated: EventDetail) =>
    queryClient.setQueryData(['event', event.id], (old: EventDetail | undefined) => ({ ...old, ...updated }));

  const saveTaxonomies = useMutation({ mutationFn: () => patch({ taxonomies }), onSuccess: onSaved });
  const saveQuestions = useMutation({
    mutationFn: () =>
      patch({
        profileQuestions: questions.map(({ options, ...q }) => ({
          ...q,
          key: q.key || slugify(q.label),
          ...(q.type === 'select'
            ? {
                options: options
                  .split('\n')
                  .map((o) => o.trim())
                  .filter(Boolean),
              }
            : {}),
        })),
      }),
    onSuccess: onSaved,
  });

  const updateQuestion = (index: number, patchValue: Partial<QuestionDraft>) =>
    setQuestions((qs) => qs.map((q, i) => (i === index ? { ...q, ...patchValue } : q)));

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

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('questions.heading')}
        </Title>
        {questions.length === 0 && <Text c="dimmed">{t('questions.empty')}</Text>}
        {questions.map((question, index) => (
          <Fieldset key={index} legend={t('questions.questionNumber', { number: index + 1 })}>
            <Stack gap="xs">
              <TextInput
                label={t('questions.label')}
                required
                readOnly={!canEdit}
                value={question.label}
                onChange={(e) => {
                  const label = e.currentTarget.value;
                  updateQuestion(index, { label });
                }}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t('questions.key')}
                  description={t('taxonomies.keyHint')}
                  readOnly={!canEdit}
                  value={question.key}
                  placeholder={slugify(question.label)}
                  onChange={(e) => {
                    const key = e.currentTarget.value;
                    updateQuestion(index, { key });
                  }}
                />
                <NativeSelect
                  label={t('questions.type')}
                  disabled={!canEdit}
                  value={question.type}
                  data={questionTypes.map((type) => ({ value: type, label: t(`questions.types.${type}`) }))}
                  onChange={(e) => {
                    const type = e.currentTarget.value as QuestionType;
                    updateQuestion(index, { type });
                  }}
                />
              </SimpleGrid>
              {question.type === 'select' && (
                <Textarea
                  label={t('questions.options')}
                  autosize
                  minRows={3}
                  readOnly={!canEdit}
                  value={question.options}
                  onChange={(e) => {
                    const options = e.currentTarget.value;
                    updateQuestion(index, { options });
                  }}
                />
              )}
              <Group justify="space-between">
                <Checkbox
                  label={t('questions.required')}
                  disabled={!canEdit}
                  checked={question.required}
                  onChange={(e) => {
                    const required = e.currentTarget.checked;
                    updateQuestion(index, { required });
                  }}
                />
                {canEdit && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() => setQuestions((qs) => qs.filter((_, i) => i !== index))}
                  >
                    {t('questions.removeLabel', { number: index + 1 })}
                  </Button>
                )}
              </Group>
            </Stack>
          </Fieldset>
        ))}
        <ErrorAlert error={saveQuestions.error} />
        {canEdit && (
          <Group>
            <Button
              variant="light"
              onClick={() => setQuestions((qs) => [...qs, { key: '', label: '', type: 'text', required: false, options: '' }])}
            >
              {t('questions.addButton')}
            </Button>
            <Button onClick={() => saveQuestions.mutate()} loading={saveQuestions.isPending}>
              {saveQuestions.isSuccess ? `${t('questions.saveButton')} ✓` : t('questions.saveButton')}
            </Button>
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
