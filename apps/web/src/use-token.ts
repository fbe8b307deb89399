import { useSyncExternalStore } from 'react';
import { getToken, subscribeToTokens, type TokenKind } from './auth-storage';

export function useToken(kind: TokenKind): string | null {
  return useSyncExternalStore(subscribeToTokens, () => getToken(kind));
}
