import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TokenKind } from '../../auth-storage';
import { useLiveState } from '../../live-catch-up';

/** Tells desk staff and participants whether what they see is current or may be behind. */
export function LiveStatusBadge({ kind, size = 'md' }: { kind: TokenKind; size?: 'sm' | 'md' | 'lg' | 'xl' }) {
  const { t } = useTranslation();
  const state = useLiveState(kind);
  const connected = state === 'connected';
  return (
    <Badge
      size={size}
      variant="dot"
      color={connected ? 'teal' : 'orange'}
      tt="none"
      role="status"
      data-testid="live-status"
      data-state={state}
    >
      {connected ? t('live.connected') : t('live.reconnecting')}
    </Badge>
  );
}
