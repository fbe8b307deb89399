export enum EventRole {
  Organiser = 'organiser',
  CoOrganiser = 'co_organiser',
  Helper = 'helper',
}

export enum ParticipantStatus {
  Pending = 'pending',
  Validated = 'validated',
  Rejected = 'rejected',
  ChangesRequested = 'changes_requested',
}

export enum TableKind {
  Table = 'table',
  Booth = 'booth',
  Room = 'room',
  Online = 'online',
}

export enum SizeBand {
  Under50 = 'under-50',
  From50To249 = '50-249',
  From250 = '250-plus',
}

export enum ItemKind {
  Offer = 'offer',
  Seek = 'seek',
}
