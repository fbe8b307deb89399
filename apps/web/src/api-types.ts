// Mirrors the JSON contract of apps/api; kept local so the web build does not depend on server code.

export type EventRole = 'organiser' | 'co_organiser' | 'helper';
export type ParticipantStatus = 'pending' | 'validated' | 'rejected' | 'changes_requested';
export type SizeBand = 'under-50' | '50-249' | '250-plus';
export type TableKind = 'table' | 'booth' | 'room' | 'online';
export type QuestionType = 'text' | 'textarea' | 'select' | 'checkbox';
export type TaxonomyName = 'sectors' | 'countries' | 'organisationTypes' | 'categories';
export type BookingMode = 'scheduling' | 'self_booking';
export type EmailPreference = 'instant' | 'daily_digest';
export type MeetingFormat = 'on_site' | 'online' | 'either';
export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'expired';
export type NotificationKind =
  | 'request-received'
  | 'request-accepted'
  | 'request-declined'
  | 'request-expired'
  | 'request-expiring'
  | 'success-story';
export type ChaseReason = 'unanswered-requests' | 'no-requests' | 'profile-changes-requested';

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
  bookingMode: BookingMode;
  requestExpiryHours: number;
  maxHighPriorityRequests: number;
}

export interface EventDetail extends EventFields {
  id: string;
  taxonomies: Taxonomies;
  profileQuestions: ProfileQuestion[];
  /** Months after the event when the follow-up evaluations go out (e.g. 6 and 12). */
  followUpMonths: number[];
  /** The event questionnaire sent with each evaluation round; same shape as the profile questions. */
  evaluationQuestions: ProfileQuestion[];
  /** Months after the event until names, contacts and texts are anonymised; null keeps them. */
  personalDataRetentionMonths: number | null;
  personalDataAnonymisedAt: string | null;
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
  bookingMode: BookingMode;
  bookingOpensAt: string | null;
  bookingClosesAt: string | null;
  maxHighPriorityRequests: number;
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
  emailPreference: EmailPreference;
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

/** What other participants see of a profile: no email, company number, answers or availability. */
export interface PublicProfile {
  id: string;
  firstName: string;
  lastName: string;
  jobTitle: string | null;
  languages: string[];
  photoUrl: string | null;
  participantTypeId: string;
  organisation: Omit<Organisation, 'companyNumber'>;
  description: string | null;
  sectors: string[];
  offers: Item[];
  seeks: Item[];
}

export interface DirectoryEntry extends PublicProfile {
  favourite: boolean;
  rank: number;
}

export interface DirectoryPage {
  total: number;
  page: number;
  pageSize: number;
  items: DirectoryEntry[];
}

export interface FreeSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  sessionId: string;
}

export interface Recommendation {
  participant: PublicProfile;
  score: number;
  /** English only, from the server. */
  reason: string;
}

export interface MeetingRequestView {
  id: string;
  status: RequestStatus;
  direction: 'sent' | 'received';
  requester: PublicProfile;
  recipient: PublicProfile;
  colleague: PublicProfile | null;
  message: string;
  format: MeetingFormat;
  highPriority: boolean;
  proposedSlotId: string | null;
  declineReason: string | null;
  createdAt: string;
  respondedAt: string | null;
  expiresAt: string;
}

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  /** English only, from the server. */
  text: string;
  subjectId: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationList {
  unread: number;
  items: NotificationItem[];
}

export interface BreakdownRow {
  key: string | null;
  participants: number;
  validated: number;
  requestsSent: number;
  requestsAccepted: number;
}

export interface BookingStatus {
  participants: { registered: number; validated: number; pending: number; changesRequested: number; rejected: number };
  requests: { sent: number; accepted: number; declined: number; pending: number; withdrawn: number; expired: number };
  participantsWithoutRequests: number;
  participantsWithoutGoodMatch: number;
  byType: BreakdownRow[];
  byCountry: BreakdownRow[];
}

export interface ChaseEntry {
  participantId: string;
  name: string;
  email: string;
  organisation: string;
  reason: ChaseReason;
  unansweredRequests?: number;
}

export type ScheduleVersionStatus = 'draft' | 'published' | 'superseded';
export type ScheduleRunStateName = 'idle' | 'queued' | 'running' | 'completed' | 'failed';

export interface ScheduleMetrics {
  meetings: number;
  scheduled: number;
  weightScheduled: number;
  weightUpperBound: number;
  breaks: number;
  maxBreaks: number;
  minBreaks: number;
  solveMs: number;
}

export interface ScheduleVersionSummary {
  id: string;
  number: number;
  status: ScheduleVersionStatus;
  createdAt: string;
  publishedAt: string | null;
  metrics: ScheduleMetrics;
  baseVersionId: string | null;
}

export interface ScheduleRunProgress {
  phase: string;
  elapsedMs: number;
  timeLimitMs: number;
  meetings: number;
  scheduled: number;
  breaks: number;
}

export interface ScheduleRunState {
  state: ScheduleRunStateName;
  runId: string | null;
  progress: ScheduleRunProgress | null;
  versionId: string | null;
  error: string | null;
}

export interface ScheduleSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  sessionName: string;
}

export interface SchedulePlace {
  id: string;
  label: string;
  number: number | null;
  kind: TableKind;
  capacity: number;
}

export interface ScheduleEntryParticipant {
  id: string;
  name: string;
  organisationName: string;
  country: string;
}

export interface ScheduleEntry {
  id: string;
  meetingId: string;
  requestId: string | null;
  participants: ScheduleEntryParticipant[];
  slotId: string | null;
  tableId: string | null;
  online: boolean;
  locked: boolean;
  weight: number;
  highPriority: boolean;
  /** English only, from the server. */
  unscheduledReason: string | null;
}

export interface ScheduleVersionDetail {
  version: ScheduleVersionSummary;
  slots: ScheduleSlot[];
  places: SchedulePlace[];
  entries: ScheduleEntry[];
}

export interface ScheduleTarget {
  slotId: string;
  tableId: string | null;
  online: boolean;
  ok: boolean;
  /** English only, from the server. */
  reasons: string[];
  swapWithEntryId: string | null;
}

export interface PublishChanges {
  created: number;
  moved: number;
  cancelled: number;
  unchanged: number;
  emailsQueued: number;
}

export interface PublishOutcome {
  version: ScheduleVersionSummary;
  changes: PublishChanges;
}

export interface AgendaPartner {
  participantId: string;
  name: string;
  organisationName: string;
  country: string;
  jobTitle: string;
}

export interface AgendaMeeting {
  id: string;
  /** Not in every server version yet; the page falls back to the event's slot with the same start. */
  slotId?: string;
  startsAt: string;
  endsAt: string;
  status: DayMeetingStatus;
  place: { label: string; number: number | null; kind: string } | null;
  videoLink: string | null;
  partners: AgendaPartner[];
  /** Who did not come, for a no-show. */
  absentParticipantIds: string[];
  /** The event-day change that touched the meeting last. */
  changedSeq: number | null;
}

export interface MyAgenda {
  published: boolean;
  version: number | null;
  timeZone: string;
  meetings: AgendaMeeting[];
  calendarFeedUrl: string;
  eventId: string;
  checkedInAt: string | null;
  /** On the standby list for spontaneous meetings. */
  standby: boolean;
  /** The event's change number when the agenda was read: the live channel catches up from here. */
  lastSeq: number;
}

// Event day (information desk, live agenda, table board).

export type DayMeetingStatus = 'scheduled' | 'cancelled' | 'no_show';
export type DayChangeKind = 'check-in' | 'absent' | 'no-show' | 'meeting-booked' | 'meeting-moved' | 'meeting-cancelled' | 'table-closed';

export interface DayPerson {
  id: string;
  name: string;
  organisationName: string;
  country: string;
  checkedInAt: string | null;
  absent: boolean;
}

export interface DayMeeting {
  id: string;
  slotId: string;
  tableId: string | null;
  online: boolean;
  videoLink: string | null;
  status: DayMeetingStatus;
  absentParticipantIds: string[];
  participants: DayPerson[];
  changedSeq: number | null;
}

export interface DaySlot {
  id: string;
  startsAt: string;
  endsAt: string;
  sessionName: string;
}

export interface DayPlace {
  id: string;
  label: string;
  number: number | null;
  kind: TableKind;
  capacity: number;
  closedFromSlotId: string | null;
}

export interface DayOverview {
  now: string;
  timeZone: string;
  currentSlotId: string | null;
  nextSlotId: string | null;
  slots: DaySlot[];
  places: DayPlace[];
  /** Meetings of the requested slots only. */
  meetings: DayMeeting[];
  /** Per requested slot id, the places without a meeting. */
  freePlaceIds: Record<string, string[]>;
  lastSeq: number;
}

export interface DayParticipantRow {
  id: string;
  name: string;
  organisationName: string;
  country: string;
  email: string;
  checkedInAt: string | null;
  absentFromSlotId: string | null;
  absentAllDay: boolean;
  nextMeeting: { meetingId: string; slotId: string; startsAt: string; placeLabel: string | null } | null;
  /** The next meeting started or starts within 5 minutes and the participant has not checked in. */
  late: boolean;
  freeSlotIds: string[];
}

export type DayParticipantFilter = 'not-arrived' | 'late' | 'absent' | 'present';

export interface DayParticipantList {
  counts: { present: number; notArrived: number; absent: number };
  participants: DayParticipantRow[];
}

export type CallListReason = 'partner-absent' | 'partner-no-show' | 'meeting-cancelled' | 'table-closed-unplaced';

export interface CallListItem {
  participantId: string;
  name: string;
  organisationName: string;
  email: string;
  meetingId: string;
  slotId: string;
  startsAt: string;
  what: CallListReason;
  partnerName: string;
}

export type RebookingReason = 'pending-request' | 'declined-request' | 'recommended' | 'standby';

export interface RebookingProposal {
  participantId: string;
  name: string;
  organisationName: string;
  country: string;
  reason: RebookingReason;
  /** English only, from the server. */
  detail: string;
}

export interface ChangeRow {
  seq: number;
  at: string;
  kind: DayChangeKind;
  /** "Mette (helper)" or "Anna Holm (participant)". */
  actor: string;
  /** English only, from the server. */
  summary: string;
  meetingIds: string[];
  participantIds: string[];
}

export interface ChangesPage {
  lastSeq: number;
  changes: ChangeRow[];
}

export interface CloseTableOutcome {
  /** `from` and `to` name the places. */
  moves: Array<{ meetingId: string; slotId: string; from: string; to: string }>;
  unplaced: Array<{ meetingId: string; slotId: string; participants: string[] }>;
}

// After the event: the participant's feedback and the organiser's report.

export type CollaborationKind = 'commercial' | 'technological' | 'research' | 'investment';
export type OutcomeResult = 'none' | 'ongoing' | 'concrete';

export interface MeetingFeedback {
  held: boolean | null;
  interesting: boolean | null;
  collaboration: string[];
  note: string;
  outcome: OutcomeResult | null;
  outcomeKinds: string[];
  outcomeValueEur: number | null;
  outcomeNote: string;
  outcomeUpdatedAt: string | null;
  updatedAt: string;
}

export interface EvaluationMeeting {
  id: string;
  startsAt: string | null;
  status: 'scheduled' | 'no_show';
  partners: Array<{ participantId: string; name: string; organisationName: string; country: string }>;
  feedback: MeetingFeedback | null;
}

export type EvaluationAnswers = Record<string, string | boolean | number>;

export interface EvaluationRound {
  round: number;
  sentAt: string;
  answeredAt: string | null;
  answers: EvaluationAnswers;
}

export interface MyEvaluations {
  eventName: string;
  questions: ProfileQuestion[];
  emailsStopped: boolean;
  rounds: EvaluationRound[];
  meetings: EvaluationMeeting[];
}

export interface FeedbackInput {
  held?: boolean;
  interesting?: boolean | null;
  collaboration?: string[];
  note?: string;
}

export interface OutcomeInput {
  outcome: OutcomeResult;
  kinds?: string[];
  valueEur?: number | null;
  note?: string;
}

export type Breakdown = Array<{ key: string; count: number }>;

export interface EventReport {
  generatedAt: string;
  participants: {
    registered: number;
    validated: number;
    organisations: number;
    /** Null when the event asks no "first-time" profile question. */
    firstTime: number | null;
    byCountry: Breakdown;
    byRegion: Breakdown;
    bySector: Breakdown;
    byOrganisationType: Breakdown;
    bySizeBand: Breakdown;
    byRecruitingPartner: Breakdown;
  };
  meetings: { requested: number; accepted: number; scheduled: number; held: number; noShow: number; interesting: number };
  collaborations: { possible: Breakdown; ongoing: number; concrete: number; concreteValueEur: number; concreteByKind: Breakdown };
  responses: Array<{ round: number; sent: number; answered: number }>;
  meetingsPerSlot: Array<{ slotId: string; startsAt: string; scheduled: number; held: number }>;
  outcomesOverTime: Array<{ month: string; ongoing: number; concrete: number }>;
}

export type ReportCell = string | number | boolean | null;

export interface ReportRows {
  metric: string;
  key: string | null;
  columns: string[];
  rows: Array<Record<string, ReportCell>>;
}

export type SuccessStoryStatus = 'awaiting-consent' | 'published' | 'declined';

export interface SuccessStory {
  id: string;
  meetingId: string;
  title: string;
  text: string;
  status: SuccessStoryStatus;
  publishedAt: string | null;
  /** Everyone in the meeting; `consent` is null until they have answered. */
  participants: Array<{ participantId: string; name: string; organisationName: string; consent: boolean | null }>;
}

export interface MySuccessStory extends SuccessStory {
  myConsent: boolean | null;
}

export interface SuccessStoryInput {
  meetingId: string;
  title: string;
  text: string;
}

/** One edition of the organisation's event, for year-on-year comparison. */
export interface EditionFigures {
  eventId: string;
  name: string;
  startsOn: string | null;
  current: boolean;
  participants: number;
  organisations: number;
  countries: number;
  meetingsScheduled: number;
  meetingsHeld: number;
  interesting: number;
  concrete: number;
  concreteValueEur: number;
}
