/** Who is calling: a staff account, or a participant signed in by email link to one event. */
export type Actor =
  | { kind: 'staff'; userId: string; organisationId: string }
  | { kind: 'participant'; participantId: string; eventId: string };

export type TokenClaims =
  | { sub: string; kind: 'staff'; org: string }
  | { sub: string; kind: 'participant'; evt: string };
