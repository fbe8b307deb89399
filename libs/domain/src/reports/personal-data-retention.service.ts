import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { Event } from '@clustermeet/database';

/**
 * After the retention period, an event's personal data is anonymised while every aggregate stays:
 * names, contacts, texts and tokens go; country, region, sector, organisation type and size stay,
 * and organisation names become stable pseudonyms so "unique organisations" still counts right.
 */
@Injectable()
export class PersonalDataRetentionService {
  private readonly logger = new Logger(PersonalDataRetentionService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The timed job. */
  async anonymiseDue(now = new Date()): Promise<string[]> {
    const events = await this.dataSource.manager.find(Event, { where: { personalDataRetentionMonths: Not(IsNull()), personalDataAnonymisedAt: IsNull() } });
    const due = events.filter((event) => {
      const end = event.endsOn ?? event.startsOn;
      if (!end) return false;
      const until = new Date(`${end}T23:59:59Z`);
      until.setUTCMonth(until.getUTCMonth() + event.personalDataRetentionMonths!);
      return until <= now;
    });
    for (const event of due) await this.dataSource.transaction((manager) => this.anonymise(manager, event.id, now));
    if (due.length > 0) this.logger.log({ msg: 'personal data anonymised', events: due.map((event) => event.id) });
    return due.map((event) => event.id);
  }

  private async anonymise(manager: EntityManager, eventId: string, now: Date): Promise<void> {
    const participantsOf = `SELECT id FROM participant WHERE event_id = $1`;
    const statements = [
      `UPDATE participant SET
         first_name = 'Participant', last_name = left(md5(id::text), 8), email = 'anonymised-' || id || '@invalid.example',
         job_title = '', photo_url = '', description = '', languages = '{}', answers = '{}'::jsonb, status_reason = '',
         organisation_name = 'Organisation ' || left(md5(lower(trim(organisation_name))), 8), organisation_city = '',
         organisation_website = '', organisation_company_number = '', calendar_feed_token = NULL, check_in_code = NULL,
         search_document = NULL
       WHERE event_id = $1`,
      `DELETE FROM marketplace_item WHERE event_id = $1`,
      `DELETE FROM favourite WHERE participant_id IN (${participantsOf})`,
      `DELETE FROM sign_in_token WHERE participant_id IN (${participantsOf})`,
      `DELETE FROM notification WHERE participant_id IN (${participantsOf})`,
      `DELETE FROM outbox_email WHERE event_id = $1`,
      `UPDATE meeting_request SET message = '', decline_reason = '' WHERE event_id = $1`,
      `UPDATE meeting_feedback SET note = '', outcome_note = '' WHERE event_id = $1`,
      `UPDATE evaluation SET answers = '{}'::jsonb WHERE event_id = $1`,
      `UPDATE event_change SET summary = kind, actor_label = CASE WHEN actor_participant_id IS NULL THEN 'staff' ELSE 'participant' END, details = '{}'::jsonb WHERE event_id = $1`,
    ];
    for (const sql of statements) await manager.query(sql, [eventId]);
    await manager.update(Event, { id: eventId }, { personalDataAnonymisedAt: now });
  }
}
