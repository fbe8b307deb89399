import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicEvent, PublicProfile } from '../api-types';
import { FavouriteButton } from './favourite-button';
import { termLabel } from './profile-display';

interface Props {
  profile: PublicProfile;
  event: PublicEvent;
  /** Shown with a favourite star when known. */
  favourite?: boolean;
  children?: ReactNode;
}

/** A short profile in the directory and the recommendations, linking to the full profile. */
export function ParticipantCard({ profile, event, favourite, children }: Props) {
  const { t } = useTranslation();
  const name = `${profile.firstName} ${profile.lastName}`;
  const type = event.participantTypes.find((candidate) => candidate.id === profile.participantTypeId)?.name;
  const country = termLabel(event.taxonomies.countries, profile.organisation.country);
  const sectors = profile.sectors.map((key) => termLabel(event.taxonomies.sectors, key)).join(', ');
  const titles = (items: { title: string }[]) => items.map((item) => item.title).join(' · ');
  return (
    <Card withBorder padding="sm" data-testid="directory-card">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/directory/${profile.id}`} fw={600} aria-label={t('participants.openProfile', { name })}>
            {name}
          </Anchor>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {[profile.jobTitle, profile.organisation.name].filter(Boolean).join(', ')}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {[country, type].filter(Boolean).join(' · ')}
          </Text>
          {sectors && (
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              <Text span size="xs" fw={600}>
                {t('directory.sectors')}:
              </Text>{' '}
              {sectors}
            </Text>
          )}
          {profile.offers.length > 0 && (
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              <Text span size="xs" fw={600}>
                {t('directory.offers')}:
              </Text>{' '}
              {titles(profile.offers)}
            </Text>
          )}
          {profile.seeks.length > 0 && (
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              <Text span size="xs" fw={600}>
                {t('directory.seeks')}:
              </Text>{' '}
              {titles(profile.seeks)}
            </Text>
          )}
          {children}
        </Stack>
        {favourite !== undefined && <FavouriteButton eventId={event.id} participantId={profile.id} name={name} favourite={favourite} />}
      </Group>
    </Card>
  );
}
