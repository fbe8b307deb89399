import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventRole } from '@clustermeet/contracts';
import { Actor } from '../auth/actor';
import { EventAccessService } from '../auth/event-access.service';
import { RecommendationService } from './recommendation.service';

const UNANSWERED_AFTER_HOURS = 48;

type Counts = Record<string, number>;

/**
 * The organiser's running status during booking: enough participants? enough requests? whom to
 * chase? Co-organisers see the same figures for the participants they recruited.
 */
@Injectable()
export class BookingStatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly recommendations: RecommendationService,
  ) {}

  async counters(actor: Actor, eventId: string) {
    const scope = await this.scope(actor, eventId);
    const [participants, requests, withoutRequests, byType, byCountry] = await Promise.all([
      this.countBy(`SELECT status AS key, count(*)::int AS n FROM participant p WHERE ${scope.where} GROUP BY status`, scope.params),
      this.countBy(
        `SELECT r.status AS key, count(*)::int AS n FROM meeting_request r JOIN participant p ON p.id = r.requester_id WHERE ${scope.where} GROUP BY r.status`,
        scope.params,
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS n FROM participant p WHERE ${scope.where} AND p.status = 'validated'
         AND NOT EXISTS (SELECT 1 FROM meeting_request r WHERE r.requester_id = p.id OR r.recipient_id = p.id)`,
        scope.params,
      ),
      this.breakdown(`t.name`, `JOIN participant_type t ON t.id = p.participant_type_id`, scope),
      this.breakdown(`p.organisation_country`, ``, scope),
    ]);
    const withoutGoodMatch = (await this.recommendations.withoutGoodMatch(eventId, scope.organisationId)).length;
    return {
      participants: { registered: sum(participants), validated: participants.validated ?? 0, pending: participants.pending ?? 0, changesRequested: participants.changes_requested ?? 0, rejected: participants.rejected ?? 0 },
      requests: { sent: sum(requests), accepted: requests.accepted ?? 0, declined: requests.declined ?? 0, pending: requests.pending ?? 0, withdrawn: requests.withdrawn ?? 0, expired: requests.expired ?? 0 },
      participantsWithoutRequests: withoutRequests[0].n as number,
      participantsWithoutGoodMatch: withoutGoodMatch,
      byType,
      byCountry,
    };
  }

  /** Who needs a nudge, and why, most urgent first. */
  async chaseList(actor: Actor, eventId: string) {
    const scope = await this.scope(actor, eventId);
    const rows: { id: string; first_name: string; last_name: string; email: string; organisation_name: string; reason: string; detail: number }[] = await this.dataSource.query(
      `SELECT p.id, p.first_name, p.last_name, p.email, p.organisation_name, c.reason, c.detail FROM participant p
       CROSS JOIN LATERAL (
         SELECT 'unanswered-requests' AS reason, count(*)::int AS detail FROM meeting_request r
           WHERE r.recipient_id = p.id AND r.status = 'pending' AND r.created_at < now() - interval '${UNANSWERED_AFTER_HOURS} hours'
         HAVING count(*) > 0
         UNION ALL
         SELECT 'no-requests', 0 WHERE p.status = 'validated' AND NOT EXISTS (SELECT 1 FROM meeting_request r WHERE r.requester_id = p.id OR r.recipient_id = p.id)
         UNION ALL
         SELECT 'profile-changes-requested', 0 WHERE p.status = 'changes_requested'
       ) c
       WHERE ${scope.where}
       ORDER BY CASE c.reason WHEN 'unanswered-requests' THEN 0 WHEN 'profile-changes-requested' THEN 1 ELSE 2 END, c.detail DESC, p.organisation_name`,
      scope.params,
    );
    return rows.map((row) => ({
      participantId: row.id,
      name: `${row.first_name} ${row.last_name}`,
      email: row.email,
      organisation: row.organisation_name,
      reason: row.reason,
      unansweredRequests: row.reason === 'unanswered-requests' ? row.detail : undefined,
    }));
  }

  private async breakdown(key: string, join: string, scope: { where: string; params: unknown[] }) {
    const rows: { key: string; participants: number; validated: number; requests_sent: number; requests_accepted: number }[] = await this.dataSource.query(
      `SELECT ${key} AS key, count(*)::int AS participants, count(*) FILTER (WHERE p.status = 'validated')::int AS validated,
              coalesce(sum((SELECT count(*) FROM meeting_request r WHERE r.requester_id = p.id)), 0)::int AS requests_sent,
              coalesce(sum((SELECT count(*) FROM meeting_request r WHERE r.requester_id = p.id AND r.status = 'accepted')), 0)::int AS requests_accepted
       FROM participant p ${join} WHERE ${scope.where} GROUP BY ${key} ORDER BY participants DESC, key`,
      scope.params,
    );
    return rows.map((row) => ({ key: row.key, participants: row.participants, validated: row.validated, requestsSent: row.requests_sent, requestsAccepted: row.requests_accepted }));
  }

  private async countBy(sql: string, params: unknown[]): Promise<Counts> {
    const rows: { key: string; n: number }[] = await this.dataSource.query(sql, params);
    return Object.fromEntries(rows.map((row) => [row.key, row.n]));
  }

  private async scope(actor: Actor, eventId: string) {
    const { member } = await this.access.requireStaff(actor, eventId, [EventRole.Organiser, EventRole.CoOrganiser]);
    return member.role === EventRole.CoOrganiser
      ? { where: 'p.event_id = $1 AND p.recruited_by_organisation_id = $2', params: [eventId, member.organisationId], organisationId: member.organisationId }
      : { where: 'p.event_id = $1', params: [eventId], organisationId: undefined };
  }
}

const sum = (counts: Counts) => Object.values(counts).reduce((total, n) => total + n, 0);
