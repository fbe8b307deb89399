import { ActionIcon } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api-client';
import { directoryKey } from '../queries';

interface Props {
  eventId: string;
  participantId: string;
  name: string;
  favourite: boolean;
}

/** A star that adds a participant to, or removes them from, the viewer's shortlist. */
export function FavouriteButton({ eventId, participantId, name, favourite }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (next: boolean) =>
      api<void>(`/me/favourites/${participantId}`, { method: next ? 'PUT' : 'DELETE', auth: 'participant' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: directoryKey(eventId) }),
  });
  const shown = toggle.isPending ? Boolean(toggle.variables) : favourite;
  return (
    <ActionIcon
      variant={shown ? 'filled' : 'default'}
      color="yellow"
      size="lg"
      aria-pressed={shown}
      aria-label={t('directory.favourite', { name })}
      title={shown ? t('directory.removeFavourite') : t('directory.addFavourite')}
      onClick={() => toggle.mutate(!favourite)}
      style={{ flexShrink: 0 }}
    >
      <span aria-hidden style={{ fontSize: 18, lineHeight: 1 }}>
        {shown ? '★' : '☆'}
      </span>
    </ActionIcon>
  );
}
