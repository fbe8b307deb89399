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

export enum BookingMode {
  /** Accepted requests wait for the scheduler (the event checklist's default). */
  Scheduling = 'scheduling',
  /** The requester proposes a slot; the table is assigned when the request is accepted. */
  SelfBooking = 'self_booking',
}

export enum MeetingRequestStatus {
  Pending = 'pending',
  Accepted = 'accepted',
  Declined = 'declined',
  Withdrawn = 'withdrawn',
  Expired = 'expired',
}

export enum MeetingFormat {
  OnSite = 'on_site',
  Online = 'online',
  Either = 'either',
}

export enum EmailPreference {
  Instant = 'instant',
  DailyDigest = 'daily_digest',
}
