import { List, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SuccessStory } from '../../api-types';

type Person = SuccessStory['participants'][number];

const marks = {
  yes: { symbol: '✓', color: 'teal.8' },
  no: { symbol: '✗', color: 'red.8' },
} as const;

/** Everyone in the story's meeting with their answer: ✓, ✗, or still waiting. */
export function ConsentList({ participants, labelledBy }: { participants: Person[]; labelledBy?: string }) {
  const { t } = useTranslation();
  return (
    <List listStyleType="none" spacing={4} size="sm" aria-labelledby={labelledBy} data-testid="story-consents">
      {participants.map((person) => {
        const answer = person.consent === true ? 'yes' : person.consent === false ? 'no' : 'waiting';
        return (
          <List.Item key={person.participantId} data-consent={answer} style={{ overflowWrap: 'anywhere' }}>
            {answer === 'waiting' ? (
              <Text span size="sm" c="dimmed" fs="italic">
                {t('successStories.consent.waiting')}
              </Text>
            ) : (
              <>
                {/* The symbol alone reads as "check mark" to a screen reader; the word says what it means. */}
                <Text span fw={700} c={marks[answer].color} aria-hidden>
                  {marks[answer].symbol}
                </Text>
                <VisuallyHidden>{t(`successStories.consent.${answer}`)}</VisuallyHidden>
              </>
            )}{' '}
            <Text span size="sm" fw={600}>
              {person.name}
            </Text>
            {person.organisationName && ` · ${person.organisationName}`}
          </List.Item>
        );
      })}
    </List>
  );
}
