import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RebookingProposal, RebookingReason, Term } from '../../api-types';
import { termLabel } from '../profile-display';

const reasonColours: Record<RebookingReason, string> = {
  'pending-request': 'blue',
  'declined-request': 'gray',
  recommended: 'grape',
  standby: 'teal',
};

interface Props {
  proposals: RebookingProposal[];
  countries?: Term[];
  /** The proposal being booked, to show its button busy and hold the others. */
  bookingId: string | null;
  onBook: (proposal: RebookingProposal) => void;
}

/** Replacement partners for a free slot, best first as the server ranks them, each with why. */
export function ProposalList({ proposals, countries, bookingId, onBook }: Props) {
  const { t } = useTranslation();
  if (proposals.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="rebooking-empty">
        {t('day.noProposals')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {proposals.map((proposal) => (
        <Paper key={proposal.participantId} withBorder p="xs" data-testid={`rebooking-proposal-${proposal.participantId}`}>
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {proposal.name}
              </Text>
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {[proposal.organisationName, termLabel(countries, proposal.country)].filter(Boolean).join(' · ')}
              </Text>
              <Group gap={6} wrap="wrap">
                <Badge size="sm" variant="light" color={reasonColours[proposal.reason]} tt="none">
                  {t(`day.proposalReason.${proposal.reason}`)}
                </Badge>
                {proposal.detail && (
                  <Text size="xs" c="dimmed">
                    {proposal.detail}
                  </Text>
                )}
              </Group>
            </Stack>
            <Button
              size="compact-sm"
              style={{ flexShrink: 0 }}
              loading={bookingId === proposal.participantId}
              disabled={bookingId !== null && bookingId !== proposal.participantId}
              aria-label={t('day.bookWith', { name: proposal.name })}
              onClick={() => onBook(proposal)}
            >
              {t('day.book')}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
