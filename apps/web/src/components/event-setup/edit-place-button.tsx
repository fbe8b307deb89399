import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { MeetingPlace } from '../../api-types';
import { ErrorAlert } from '../error-alert';
import { PlaceFields } from './place-fields';

interface Props {
  eventId: string;
  place: MeetingPlace;
  name: string;
  exhibitors: { value: string; label: string }[];
}

/** Label, seats and (for booths) the exhibitor can change after creation, e.g. once exhibitors have registered. */
export function EditPlaceButton({ eventId, place, name, exhibitors }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [form, setForm] = useState({ label: '', capacity: 2 as number | string, exhibitorParticipantId: '', videoLinkTemplate: '' });

  const save = useMutation({
    mutationFn: () =>
      api<MeetingPlace>(`/events/${eventId}/tables/${place.id}`, {
        method: 'PATCH',
        body: {
          ...(form.label.trim() ? { label: form.label.trim() } : {}),
          capacity: Number(form.capacity),
          ...(place.kind === 'booth' ? { exhibitorParticipantId: form.exhibitorParticipantId || null } : {}),
          ...(place.kind === 'online' && form.videoLinkTemplate.trim() ? { videoLinkTemplate: form.videoLinkTemplate.trim() } : {}),
        },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['tables', eventId] });
      close();
    },
  });

  const start = () => {
    setForm({
      label: place.label ?? '',
      capacity: place.capacity,
      exhibitorParticipantId: place.exhibitorParticipantId ?? '',
      videoLinkTemplate: place.videoLinkTemplate ?? '',
    });
    save.reset();
    open();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <>
      <Button variant="subtle" size="compact-sm" aria-label={t('tables.editLabel', { name })} onClick={start}>
        {t('common.edit')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('tables.editLabel', { name })} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <form onSubmit={submit}>
          <Stack gap="sm">
            <TextInput
              label={t('tables.label')}
              maxLength={120}
              value={form.label}
              onChange={(e) => {
                const label = e.currentTarget.value;
                setForm((f) => ({ ...f, label }));
              }}
            />
            <PlaceFields kind={place.kind} values={form} exhibitors={exhibitors} onChange={(patch) => setForm((f) => ({ ...f, ...patch }))} />
            <ErrorAlert error={save.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
