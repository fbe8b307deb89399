import { Alert, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { AgendaMeeting, RebookingProposal, Term } from '../../api-types';
import { currentLocale } from '../../i18n';
import { agendaKey, meRebookingKey } from '../../queries';
import { formatTime } from '../../time-zone';
import { ErrorAlert } from '../error-alert';
import { PageState } from '../page-state';
import { ProposalList } from './proposal-list';

interface Props {
  slotId: string;
  timeZone: string;
  countries?: Term[];
  onBooked: (meeting: AgendaMeeting) => void;
}

/** After a partner did not come: other participants free in the same slot, booked with one tap. */
export function ReplacementFinder({ slotId, timeZone, countries, onBooked }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const proposals = useQuery({
    queryKey: [...meRebookingKey, slotId],
    queryFn: () => api<RebookingProposal[]>(`/me/rebooking?slotId=${slotId}`, { auth: 'participant' }),
  });
  const book = useMutation({
    mutationFn: (partnerId: string) => api<AgendaMeeting>('/me/meetings', { method: 'POST', auth: 'participant', body: { partnerId, slotId } }),
    onSuccess: onBooked,
    // Someone else may have booked that partner first: show the message and what is still free.
    onError: () => void proposals.refetch(),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: agendaKey }),
  });

  return (
    <Stack gap="xs" data-testid="replacement-finder">
      {book.data && (
        <Alert color="teal" title={t('agenda.replacementBooked')} data-testid="replacement-booked">
          {t('agenda.replacementBookedText', {
            name: book.data.partners.map((p) => p.name).join(', '),
            time: formatTime(book.data.startsAt, timeZone, currentLocale()),
            place: book.data.place
              ? book.data.place.label || (book.data.place.number != null ? t('tables.tableNumber', { number: book.data.place.number }) : t('agenda.online'))
              : t('agenda.online'),
          })}
        </Alert>
      )}
      <ErrorAlert error={book.error} timeZone={timeZone} />
      {!book.data &&
        (!proposals.data ? (
          <PageState error={proposals.error} />
        ) : (
          <ProposalList proposals={proposals.data} countries={countries} bookingId={book.isPending ? (book.variables ?? null) : null} onBook={(proposal) => book.mutate(proposal.participantId)} />
        ))}
    </Stack>
  );
}
