import { BadRequestException } from '@nestjs/common';
import { MeetingRequestStatus, ParticipantStatus } from '@clustermeet/contracts';
import type { CollaborationKind, Meeting, MeetingRequest, Participant } from '@clustermeet/database';
import { COLLABORATION_KINDS } from '../evaluation/evaluation.dto';
import type { ReportDataset } from './report-dataset';

export type Row = Record<string, string | number | boolean | null>;
export type Breakdown = Array<{ key: string; count: number }>;

/** What one metric counts: its items, how to group them (breakdowns), and how to show them as rows. */
interface MetricDefinition<T> {
  items: (data: ReportDataset) => T[];
  keysOf?: (item: T, data: ReportDataset) => string[];
  columns: string[];
  row: (item: T, data: ReportDataset) => Row;
}

const PARTICIPANT_COLUMNS = ['name', 'email', 'organisation', 'country', 'region', 'organisationType', 'sizeBand', 'status'];
const MEETING_COLUMNS = ['meetingId', 'startsAt', 'place', 'participants', 'organisations', 'status', 'held', 'interesting', 'outcome', 'valueEur'];

const validated = (data: ReportDataset) => data.participants.filter((p) => p.status === ParticipantStatus.Validated);
const organisationKey = (p: Participant) => p.organisation.name.trim().toLowerCase();

function participantRow(p: Participant): Row {
  return {
    name: `${p.firstName} ${p.lastName}`,
    email: p.email,
    organisation: p.organisation.name,
    country: p.organisation.country,
    region: p.organisation.region,
    organisationType: p.organisation.type,
    sizeBand: p.organisation.sizeBand,
    status: p.status,
  };
}

function requestRow(r: MeetingRequest, data: ReportDataset): Row {
  const name = (id: string) => {
    const p = data.people.get(id);
    return p ? `${p.firstName} ${p.lastName} (${p.organisation.name})` : '';
  };
  return { createdAt: r.createdAt.toISOString(), requester: name(r.requesterId), recipient: name(r.recipientId), status: r.status, highPriority: r.highPriority };
}

/** A meeting took place when its slot is over, nobody was marked absent, and no one said it did not happen. */
export function isHeld(m: Meeting, data: ReportDataset): boolean {
  const slot = data.slots.get(m.slotId!);
  if (m.status !== 'scheduled' || !slot || slot.endsAt > data.now) return false;
  const answers = (data.feedbackOf.get(m.id) ?? []).map((f) => f.held).filter((held): held is boolean => held !== null);
  return answers.length === 0 || answers.includes(true);
}

function isNoShow(m: Meeting, data: ReportDataset): boolean {
  const slot = data.slots.get(m.slotId!);
  return !!slot && slot.endsAt <= data.now && !isHeld(m, data);
}

const feedbackOf = (m: Meeting, data: ReportDataset) => data.feedbackOf.get(m.id) ?? [];
const outcomeOf = (m: Meeting, data: ReportDataset) => {
  const outcomes = feedbackOf(m, data).map((f) => f.outcome);
  return outcomes.includes('concrete') ? 'concrete' : outcomes.includes('ongoing') ? 'ongoing' : outcomes.includes('none') ? 'none' : null;
};
/** Both sides may state a value for the same deal: the larger one counts, never the sum. */
const valueOf = (m: Meeting, data: ReportDataset) => Math.max(0, ...feedbackOf(m, data).map((f) => (f.outcome === 'concrete' ? (f.outcomeValueEur ?? 0) : 0)));
const kindsOf = (m: Meeting, data: ReportDataset, field: 'collaboration' | 'outcomeKinds') => [...new Set(feedbackOf(m, data).flatMap((f) => f[field] as CollaborationKind[]))];

function meetingRow(m: Meeting, data: ReportDataset): Row {
  const people = m.participantIds.map((id) => data.people.get(id)).filter((p): p is Participant => Boolean(p));
  return {
    meetingId: m.id,
    startsAt: data.slots.get(m.slotId!)?.startsAt.toISOString() ?? null,
    place: m.tableId ? (data.places.get(m.tableId)?.label ?? null) : 'online',
    participants: people.map((p) => `${p.firstName} ${p.lastName}`).join('; '),
    organisations: people.map((p) => p.organisation.name).join('; '),
    status: m.status,
    held: isHeld(m, data),
    interesting: feedbackOf(m, data).some((f) => f.interesting === true),
    outcome: outcomeOf(m, data),
    valueEur: valueOf(m, data) || null,
  };
}

const participantMetric = (items: (data: ReportDataset) => Participant[], keysOf?: (p: Participant, data: ReportDataset) => string[]): MetricDefinition<Participant> => ({
  items,
  keysOf,
  columns: PARTICIPANT_COLUMNS,
  row: participantRow,
});
const meetingMetric = (filter: (m: Meeting, data: ReportDataset) => boolean, keysOf?: (m: Meeting, data: ReportDataset) => string[]): MetricDefinition<Meeting> => ({
  items: (data) => data.meetings.filter((m) => filter(m, data)),
  keysOf,
  columns: MEETING_COLUMNS,
  row: meetingRow,
});
const requestMetric = (filter: (r: MeetingRequest) => boolean): MetricDefinition<MeetingRequest> => ({
  items: (data) => data.requests.filter(filter),
  columns: ['createdAt', 'requester', 'recipient', 'status', 'highPriority'],
  row: requestRow,
});

interface OrganisationItem {
  name: string;
  country: string;
  participants: number;
}

/** Every metric the report shows; the dashboard's numbers, the drill-down rows and the exports all come from here. */
export const METRICS = {
  'participants.registered': participantMetric((data) => data.participants),
  'participants.validated': participantMetric(validated),
  'participants.organisations': {
    items: (data: ReportDataset) => {
      const byKey = new Map<string, OrganisationItem>();
      for (const p of validated(data)) {
        const item = byKey.get(organisationKey(p)) ?? { name: p.organisation.name, country: p.organisation.country, participants: 0 };
        item.participants++;
        byKey.set(organisationKey(p), item);
      }
      return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
    columns: ['organisation', 'country', 'participants'],
    row: (o: OrganisationItem) => ({ organisation: o.name, country: o.country, participants: o.participants }),
  } satisfies MetricDefinition<OrganisationItem>,
  'participants.firstTime': participantMetric((data) => validated(data).filter((p) => p.answers['first-time'] === true)),
  'participants.byCountry': participantMetric(validated, (p) => [p.organisation.country]),
  'participants.byRegion': participantMetric(validated, (p) => [p.organisation.region || '(none)']),
  'participants.bySector': participantMetric(validated, (p) => (p.sectors.length > 0 ? p.sectors : ['(none)'])),
  'participants.byOrganisationType': participantMetric(validated, (p) => [p.organisation.type]),
  'participants.bySizeBand': participantMetric(validated, (p) => [p.organisation.sizeBand]),
  'participants.byRecruitingPartner': participantMetric(validated, (p, data) => [data.recruiters.get(p.recruitedByOrganisationId) ?? '(unknown)']),
  'meetings.requested': requestMetric(() => true),
  'meetings.accepted': requestMetric((r) => r.status === MeetingRequestStatus.Accepted),
  'meetings.scheduled': meetingMetric(() => true),
  'meetings.held': meetingMetric(isHeld),
  'meetings.noShow': meetingMetric(isNoShow),
  'meetings.interesting': meetingMetric((m, data) => feedbackOf(m, data).some((f) => f.interesting === true)),
  'collaborations.possible': meetingMetric((m, data) => kindsOf(m, data, 'collaboration').length > 0, (m, data) => kindsOf(m, data, 'collaboration')),
  'collaborations.ongoing': meetingMetric((m, data) => outcomeOf(m, data) === 'ongoing'),
  'collaborations.concrete': meetingMetric((m, data) => outcomeOf(m, data) === 'concrete'),
  'collaborations.concreteByKind': meetingMetric((m, data) => outcomeOf(m, data) === 'concrete', (m, data) => kindsOf(m, data, 'outcomeKinds')),
  'meetingsPerSlot': meetingMetric(() => true, (m) => [m.slotId!]),
  /** Ongoing and concrete outcomes by the month they were first reported (YYYY-MM): the outcomes chart. */
  'collaborations.byMonth': meetingMetric((m, data) => reportedMonth(m, data) !== null, (m, data) => [reportedMonth(m, data)!]),
  'responses': {
    items: (data: ReportDataset) => data.evaluations,
    keysOf: (e) => [String(e.round)],
    columns: ['round', 'name', 'email', 'sentAt', 'remindedAt', 'answeredAt'],
    row: (e, data) => {
      const p = data.people.get(e.participantId);
      return { round: e.round, name: p ? `${p.firstName} ${p.lastName}` : '', email: p?.email ?? '', sentAt: e.sentAt.toISOString(), remindedAt: e.remindedAt?.toISOString() ?? null, answeredAt: e.answeredAt?.toISOString() ?? null };
    },
  } satisfies MetricDefinition<ReportDataset['evaluations'][number]>,
};

export type MetricName = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

function definition(metric: string): MetricDefinition<unknown> {
  if (!(metric in METRICS)) throw new BadRequestException(`metric must be one of ${METRIC_NAMES.join(', ')}`);
  return METRICS[metric as MetricName] as unknown as MetricDefinition<unknown>;
}

export function count(data: ReportDataset, metric: MetricName): number {
  return definition(metric).items(data).length;
}

export function breakdown(data: ReportDataset, metric: MetricName): Breakdown {
  const def = definition(metric);
  const counts = new Map<string, number>();
  for (const item of def.items(data)) for (const key of def.keysOf?.(item, data) ?? []) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, n]) => ({ key, count: n })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The rows behind a number (with `key`: behind one line of a breakdown). */
export function rows(data: ReportDataset, metric: string, key: string | null) {
  const def = definition(metric);
  if (key !== null && !def.keysOf) throw new BadRequestException(`metric ${metric} has no breakdown, so it takes no key`);
  const items = def.items(data).filter((item) => key === null || (def.keysOf!(item, data) ?? []).includes(key));
  return { metric, key, columns: def.columns, rows: items.map((item) => def.row(item, data)) };
}

export function concreteValue(data: ReportDataset): number {
  return METRICS['collaborations.concrete'].items(data).reduce((sum, m) => sum + valueOf(m, data), 0);
}

/** The month an ongoing or concrete outcome was first reported, or null. */
function reportedMonth(m: Meeting, data: ReportDataset): string | null {
  const outcome = outcomeOf(m, data);
  if (outcome !== 'ongoing' && outcome !== 'concrete') return null;
  const at = feedbackOf(m, data).map((f) => f.outcomeUpdatedAt).filter((d): d is Date => Boolean(d)).sort((a, b) => a.getTime() - b.getTime())[0];
  return at ? at.toISOString().slice(0, 7) : null;
}

export function outcomesOverTime(data: ReportDataset): Array<{ month: string; ongoing: number; concrete: number }> {
  const months = new Map<string, { ongoing: number; concrete: number }>();
  for (const m of data.meetings) {
    const month = reportedMonth(m, data);
    const outcome = outcomeOf(m, data);
    if (!month || (outcome !== 'ongoing' && outcome !== 'concrete')) continue;
    const entry = months.get(month) ?? { ongoing: 0, concrete: 0 };
    entry[outcome]++;
    months.set(month, entry);
  }
  return [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, counts]) => ({ month, ...counts }));
}

export { COLLABORATION_KINDS };
