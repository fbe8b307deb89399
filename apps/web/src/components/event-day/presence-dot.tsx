import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Presence } from './day-helpers';

const colours: Record<Presence, string> = {
  present: 'var(--mantine-color-teal-6)',
  'not-arrived': 'var(--mantine-color-gray-5)',
  absent: 'var(--mantine-color-red-6)',
};

/** A coloured dot with its meaning as the accessible name, so colour is not the only cue. */
export function PresenceDot({ presence, size = 10 }: { presence: Presence; size?: number }) {
  const { t } = useTranslation();
  return (
    <Box
      component="span"
      role="img"
      aria-label={t(`day.presence.${presence}`)}
      title={t(`day.presence.${presence}`)}
      data-presence={presence}
      style={{
        display: 'inline-block',
        flexShrink: 0,
        width: size,
        height: size,
        borderRadius: '50%',
        background: presence === 'not-arrived' ? 'transparent' : colours[presence],
        border: `2px solid ${colours[presence]}`,
      }}
    />
  );
}
