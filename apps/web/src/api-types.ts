// Mirrors the JSON contract of apps/api; kept local so the web build does not depend on server code.

export type EventRole = 'organiser' | 'co_organiser' | 'helper';
export type ParticipantStatus = 'pending' | 'validated' | 'rejected' | 'changes_requested';
export type SizeBand = 'under-50' | '50-249' | '250-plus';
export type TableKind = 'table' | 'booth' | 'room' | 'online';
export type QuestionType = 'text' | 'textarea' | 'select' | 'checkbox';
export type TaxonomyName = 'sectors' | 'countries' | 'organisationTypes' | 'categories';

export interface StaffUser {
  id: string;
  name: string;
  email: string;
  organisationId: string;
}

export interface AuthResponse {
  accessToken: string;
  user: StaffUser;
}

export type Me =
  | { kind: 'staff'; user: StaffUser }
  | { kind: 'participant'; participant: { id: string; eventId: string; firstName: string; lastName: string; email: string } };

export interface RedeemResponse {
  accessToken: string;
  participantId: string;
  eventId: string;
}

export interface Term {
  key: string;
  label: string;
}

export type Taxonomies = Record<TaxonomyName, Term[]>;

export interface ProfileQuestion {
  key: string;
  label: string;
  type: QuestionType;
  required: boolean;
  options?: string[];
}

export interface EventSummary {
  id: string;
  name: string;
  venue: string | null;
  timeZone: string;
  startsOn: string | null;
  endsOn: string | null;
  role: EventRole;
}

export interface EventFields {
  name: string;
  venue: string;
  timeZone: string;
  languages: string[];
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  bookingOpensAt: string | null;
  bookingClosesAt: string | null;
  startsOn: string | null;
  endsOn: string | null;
  evaluationOpensAt: string | null;
}

export interface EventDetail extends EventFields {
  id: string;
  taxonomies: Taxonomies;
  profileQuestions: ProfileQuestion[];
  role: EventRole;
}

export interface Slot {
  id: string;
  startsAt: string;
  endsAt: string;
}

export interface Session {
  id: string;
  name: string;
  startsAt: string;
  endsAt: string;
  slotMinutes: number;
  pauseMinutes: number;
  slots: Slot[];
}

export interface PublicEvent {
  id: string;
  name: string;
  venue: string | null;
  timeZone: string;
  languages: string[];
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  startsOn: string | null;
  endsOn: string | null;
  registrationOpen: boolean;
  participantTypes: { id: string; name: string }[];
  taxonomies: Taxonomies;
  profileQuestions: ProfileQuestion[];
  sessions: { id: string; name: string; startsAt: string; endsAt: string; slots: Slot[] }[];
}

export interface MeetingPlace {
  id: string;
  kind: TableKind;
  label: string | null;
  number: number | null;
  capacity: number;
  exhibitorParticipantId: string | null;
  videoLinkTemplate?: string | null;
}

export interface ParticipantType {
  id: string;
  name: string;
  maxRequests: number | null;
  maxMeetings: number | null;
  canMeet: string[];
}

export interface Item {
  id?: string;
  title: string;
  description: string;
  category?: string;
}

export interface Organisation {
  name: string;
  type: string;
  country: string;
  region?: string | null;
  city?: string | null;
  website?: string | null;
  sizeBand: SizeBand;
  companyNumber?: string | null;
}

export type Answers = Record<string, string | boolean>;

export interface ProfileInput {
  email: string;
  firstName: string;
  lastName: string;
  jobTitle?: string;
  languages?: string[];
  photoUrl?: string;
  participantTypeId: string;
  organisation: Organisation;
  description?: string;
  sectors?: string[];
  answers?: Answers;
  offers?: Item[];
  seeks?: Item[];
}

export interface Participant {
  id: string;
  eventId: string;
  status: ParticipantStatus;
  statusReason: string | null;
  email: string;
  firstName: string;
  lastName: string;
  jobTitle: string | null;
  languages: string[];
  photoUrl: string | null;
  participantTypeId: string;
  organisation: Organisation;
  description: string | null;
  sectors: string[];
  answers: Answers;
  offers: Item[];
  seeks: Item[];
  unavailableSlotIds: string[];
  consentedAt: string | null;
  createdAt: string;
}

export interface MyProfile extends Participant {
  event: { id: string; name: string };
}

export interface AffectedMeeting {
  id: string;
  slotId: string;
  tableId: string;
  startsAt: string;
}

export interface ImportRowError {
  row: number;
  errors: string[];
}
