import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { EventDetail, ProfileQuestion, QuestionType } from '../../api-types';
import { ErrorAlert } from '../error-alert';
import { slugify } from '../term-list-editor';

const questionTypes: QuestionType[] = ['text', 'textarea', 'select', 'checkbox'];

interface QuestionDraft extends Omit<ProfileQuestion, 'options'> {
  options: string;
}

interface Props {
  eventId: string;
  /** The event field the list is saved to: the profile form and the evaluation questionnaire share the shape. */
  field: 'profileQuestions' | 'evaluationQuestions';
  initial: ProfileQuestion[];
  canEdit: boolean;
  heading: string;
  hint?: string;
}

/** Organiser-defined questions: label, key, answer type, choices and whether an answer is required. */
export function QuestionsEditor({ eventId, field, initial, canEdit, heading, hint }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [questions, setQuestions] = useState<QuestionDraft[]>(() => initial.map((q) => ({ ...q, options: (q.options ?? []).join('\n') })));

  const save = useMutation({
    mutationFn: () =>
      api<EventDetail>(`/events/${eventId}`, {
        method: 'PATCH',
        body: {
          [field]: questions.map(({ options, ...q }) => ({
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
        },
      }),
    onSuccess: (updated) => queryClient.setQueryData(['event', eventId], (old: EventDetail | undefined) => ({ ...old, ...updated })),
  });

  const updateQuestion = (index: number, patchValue: Partial<QuestionDraft>) =>
    setQuestions((qs) => qs.map((q, i) => (i === index ? { ...q, ...patchValue } : q)));

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {heading}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
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
                <Button variant="subtle" color="red" size="compact-sm" onClick={() => setQuestions((qs) => qs.filter((_, i) => i !== index))}>
                  {t('questions.removeLabel', { number: index + 1 })}
                </Button>
              )}
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <ErrorAlert error={save.error} />
      {canEdit && (
        <Group>
          <Button variant="light" onClick={() => setQuestions((qs) => [...qs, { key: '', label: '', type: 'text', required: false, options: '' }])}>
            {t('questions.addButton')}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            {save.isSuccess ? `${t('questions.saveButton')} ✓` : t('questions.saveButton')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
