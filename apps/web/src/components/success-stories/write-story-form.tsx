import { Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { SuccessStory, SuccessStoryInput } from '../../api-types';
import { successStoriesKey } from '../../queries';
import { ErrorAlert } from '../error-alert';

// The server's limits, checked here too so a short story is explained before anyone is emailed.
const titleLength = { min: 3, max: 200 };
const textLength = { min: 20, max: 5000 };

interface Props {
  eventId: string;
  meetingId: string;
  /** Who met, as the drill-down row names them. */
  participants: string;
  onSent: (story: SuccessStory) => void;
  onCancel: () => void;
}

/** Title and text of a new story about one meeting; sending it asks everyone in the meeting for consent. */
export function WriteStoryForm({ eventId, meetingId, participants, onSent, onCancel }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const headingId = `write-story-heading-${meetingId}`;

  // The form opens above a table that may be long; bring it into view where the organiser can type.
  useEffect(() => {
    titleRef.current?.scrollIntoView({ block: 'center' });
    titleRef.current?.focus({ preventScroll: true });
  }, []);

  const create = useMutation({
    mutationFn: (input: SuccessStoryInput) => api<SuccessStory>(`/events/${eventId}/success-stories`, { method: 'POST', body: input }),
    onSuccess: (story) => {
      queryClient.setQueryData(successStoriesKey(eventId), (old: SuccessStory[] | undefined) => (old ? [story, ...old] : old));
      onSent(story);
    },
  });

  const trimmedTitle = title.trim();
  const trimmedText = text.trim();
  const titleOk = trimmedTitle.length >= titleLength.min && trimmedTitle.length <= titleLength.max;
  const textOk = trimmedText.length >= textLength.min && trimmedText.length <= textLength.max;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (titleOk && textOk) create.mutate({ meetingId, title: trimmedTitle, text: trimmedText });
  };

  return (
    // Not named after its heading: "…success story" would make the form itself match a search for the "Story" field.
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="write-story-form">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h5" id={headingId}>
            {t('successStories.writeHeading')}
          </Title>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('successStories.writeAbout', { participants })}
          </Text>
        </Stack>
        <TextInput
          ref={titleRef}
          label={t('successStories.titleLabel')}
          description={t('successStories.titleHint')}
          required
          maxLength={titleLength.max}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={checked && !titleOk ? t('successStories.titleLength') : undefined}
        />
        <Textarea
          label={t('successStories.textLabel')}
          description={t('successStories.textHint')}
          required
          autosize
          minRows={5}
          maxRows={14}
          maxLength={textLength.max}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={checked && !textOk ? t('successStories.textLength') : undefined}
        />
        <ErrorAlert error={create.error} />
        <Group gap="xs">
          <Button type="submit" loading={create.isPending}>
            {t('successStories.submit')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
