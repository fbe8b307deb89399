import type { CollaborationKind } from '../../api-types';

/** The kinds the server accepts, in the order people are asked about them. */
export const collaborationKinds: CollaborationKind[] = ['commercial', 'technological', 'research', 'investment'];
