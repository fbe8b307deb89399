import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { ParticipantStatus, TableKind } from '@clustermeet/contracts';
import { EmailAttachmentSpec, Event, EventTable, Meeting, OutboxEmail, Participant, ScheduleVersion, Slot } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { EventAccessService, MANAGERS } from '../auth/event-access.service';
import { conflict, notFound } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { OutboxService } from '../email/outbox.service';
import { ensureCheckInCodes } from '../event-day/check-in-codes';
import { formatSlot } from '../matchmaking/meeting-placement.service';
import {
  AgendaMeeting, AgendaPlace, DocumentLanguage, ParticipantAgenda, PrintPack, renderAgendaCalendar, renderAgendaPdf, renderPrintPackPdf,
} from './documents';

export interface FileDownload {
  filename: string;
  contentType: string;
  content: Buffer | string;
}

interface AgendaSource {
  event: Event;
  version: number;
  language: DocumentLanguage;
  slots: Map<string, Slot>;
  places: Map<string, EventTable>;
  people: Map<string, Participant>;
  meetingsOf: Map<string, Meeting[]>;
}

const personName = (participant: Pick<Participant, 'firstName' | 'lastName'>) => `${participant.firstName} ${participant.lastName}`.trim();

/**
 * Agendas as participants, calendars and printers need them: built from the meetings table (what
 * is published or booked), never from drafts. One loader feeds the page, the PDF, the .ics, the
 * calendar feed, the agenda emails and the organiser's print pack.
 */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly auth: AuthService,
    private readonly outbox: OutboxService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async myAgenda(actor: Actor) {
    const { participantId, eventId } = this.access.requireParticipant(actor);
    const manager = this.dataSource.manager;
    const event = await manager.findOneByOrFail(Event, { id: eventId });
    const source = await this.load(manager, event, [participantId]);
    const agenda = this.agendaOf(source, participantId);
    const people = source.people;
    const me = source.people.get(participantId);
    return {
      eventId,
      published: source.version > 0 || agenda.meetings.length > 0,
      version: source.version > 0 ? source.version : null,
      timeZone: event.timeZone,
      checkedInAt: me?.checkedInAt ?? null,
      standby: me?.standby ?? false,
      lastSeq: event.changeSeq,
      meetings: (source.meetingsOf.get(participantId) ?? []).map((meeting) => {
        const line = this.meetingLine(source, meeting, participantId);
        return {
          id: meeting.id,
          slotId: meeting.slotId,
          startsAt: line.startsAt,
          endsAt: line.endsAt,
          status: meeting.status,
          absentParticipantIds: meeting.absentParticipantIds,
          changedSeq: meeting.changeSeq,
          place: line.place,
          videoLink: line.videoLink,
          partners: meeting.participantIds.filter((id) => id !== participantId).map((id) => {
            const partner = people.get(id);
            return { participantId: id, name: partner ? personName(partner) : '', organisationName: partner?.organisation.name ?? '', country: partner?.organisation.country ?? '', jobTitle: partner?.jobTitle ?? '' };
          }),
        };
      }),
      calendarFeedUrl: await this.calendarFeedUrl(manager, participantId),
    };
  }

  async myAgendaPdf(actor: Actor): Promise<FileDownload> {
    const agenda = await this.ownAgenda(actor);
    return { filename: 'agenda.pdf', contentType: 'application/pdf', content: await renderAgendaPdf(agenda) };
  }

  async myAgendaCalendar(actor: Actor): Promise<FileDownload> {
    const agenda = await this.ownAgenda(actor);
    return { filename: 'agenda.ics', contentType: 'text/calendar; charset=utf-8', content: renderAgendaCalendar(agenda, { method: 'PUBLISH' }) };
  }

  /** The subscription feed: cancelled meetings stay in it as CANCELLED so calendar apps remove them. */
  async calendarFeed(token: string): Promise<FileDownload> {
    const manager = this.dataSource.manager;
    const participant = await manager.findOneBy(Participant, { calendarFeedToken: token });
    if (!participant || participant.status !== ParticipantStatus.Validated) throw notFound('Calendar feed');
    const event = await manager.findOneByOrFail(Event, { id: participant.eventId });
    const source = await this.load(manager, event, [participant.id]);
    const content = renderAgendaCalendar(this.agendaOf(source, participant.id), { method: 'PUBLISH', includeCancelled: true });
    return { filename: 'agenda.ics', contentType: 'text/calendar; charset=utf-8', content };
  }

  async printPack(actor: Actor, eventId: string): Promise<FileDownload> {
    const { event } = await this.access.requireStaff(actor, eventId, MANAGERS);
    const manager = this.dataSource.manager;
    const source = await this.load(manager, event, 'all');
    if (source.version === 0) throw conflict('Publish a schedule first: the print pack shows the published agendas');
    const programmes = [...source.meetingsOf.keys()]
      .map((id) => this.agendaOf(source, id))
      .filter((agenda) => agenda.meetings.some((meeting) => meeting.status === 'scheduled'))
      .sort((a, b) => a.participant.name.localeCompare(b.participant.name));
    const scheduled = [...new Map([...source.meetingsOf.values()].flat().filter((m) => m.status === 'scheduled').map((m) => [m.id, m])).values()];
    const who = (meeting: Meeting) => meeting.participantIds.map((id) => source.people.get(id)).filter((p): p is Participant => Boolean(p)).map((p) => ({ name: personName(p), organisation: p.organisation.name }));
    const slots = [...source.slots.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const pack: PrintPack = {
      event: eventInfo(event),
      version: source.version,
      language: source.language,
      programmes,
      tableSigns: [...source.places.values()].filter((place) => place.kind !== TableKind.Online).map((place) => ({
        place: placeOf(place),
        slots: slots.map((slot) => {
          const meeting = scheduled.find((m) => m.slotId === slot.id && m.tableId === place.id);
          return { startsAt: slot.startsAt, endsAt: slot.endsAt, meeting: meeting ? { participants: who(meeting) } : null };
        }),
      })),
      deskLists: slots.map((slot) => ({
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        meetings: scheduled
          .filter((m) => m.slotId === slot.id)
          .map((m) => ({ place: m.tableId ? placeOf(source.places.get(m.tableId)!) : null, participants: who(m) }))
          .sort((a, b) => sortKey(a.place) - sortKey(b.place)),
      })),
    };
    return { filename: `print-pack-v${source.version}.pdf`, contentType: 'application/pdf', content: await renderPrintPackPdf(pack) };
  }

  /**
   * One agenda email per affected participant, written in the caller's transaction (publishing).
   * Attachments are rendered by the worker when it sends, from the meetings as they are then.
   */
  async writeAgendaEmails(manager: EntityManager, event: Event, publication: { version: number; update: boolean }, affected: Map<string, string[]>): Promise<OutboxEmail[]> {
    if (affected.size === 0) return [];
    const source = await this.load(manager, event, [...affected.keys()]);
    const publicUrl = this.config.get('app.publicUrl', { infer: true });
    const rows: OutboxEmail[] = [];
    for (const [participantId, cancelledIds] of affected) {
      const participant = source.people.get(participantId);
      if (!participant || participant.status !== ParticipantStatus.Validated || !participant.email) continue;
      const meetings = source.meetingsOf.get(participantId) ?? [];
      const line = (meeting: Meeting) => {
        const partners = meeting.participantIds.filter((id) => id !== participantId).map((id) => source.people.get(id)).filter((p): p is Participant => Boolean(p));
        const slot = source.slots.get(meeting.slotId ?? '');
        return {
          when: slot ? formatSlot(slot, event.timeZone) : '',
          where: meeting.tableId ? (source.places.get(meeting.tableId)?.label ?? '') : `Online: ${meeting.videoLink ?? 'link follows'}`,
          partners: partners.map((p) => `${personName(p)}, ${p.organisation.name} (${p.organisation.country})`).join('; '),
          profiles: partners.map((p) => `${publicUrl}/directory/${p.id}`).join(' '),
        };
      };
      const attachments: EmailAttachmentSpec[] = [{ kind: 'agenda-pdf', participantId }, { kind: 'agenda-calendar', participantId }];
      if (cancelledIds.length > 0) attachments.push({ kind: 'agenda-cancellation', participantId, meetingIds: cancelledIds });
      const written = await this.outbox.write(
        {
          template: 'agenda-published',
          to: participant.email,
          eventId: event.id,
          data: {
            firstName: participant.firstName,
            eventName: event.name,
            version: publication.version,
            update: publication.update,
            meetings: meetings.filter((m) => m.status === 'scheduled').map(line),
            cancelled: meetings.filter((m) => cancelledIds.includes(m.id)).map(line),
            feedUrl: await this.calendarFeedUrl(manager, participantId),
            link: await this.auth.createSignInLink(manager, participantId, '/me/agenda'),
          },
          attachments,
        },
        manager,
      );
      rows.push(written);
    }
    return rows;
  }

  /** Renders an email's described attachments at send time (worker). */
  async renderAttachments(eventId: string | null, specs: EmailAttachmentSpec[]): Promise<FileDownload[]> {
    if (specs.length === 0 || !eventId) return [];
    const manager = this.dataSource.manager;
    const event = await manager.findOneByOrFail(Event, { id: eventId });
    const source = await this.load(manager, event, [...new Set(specs.map((spec) => spec.participantId))]);
    const files: FileDownload[] = [];
    for (const spec of specs) {
      const agenda = this.agendaOf(source, spec.participantId);
      if (spec.kind === 'agenda-pdf') files.push({ filename: 'agenda.pdf', contentType: 'application/pdf', content: await renderAgendaPdf(agenda) });
      if (spec.kind === 'agenda-calendar') files.push({ filename: 'agenda.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: renderAgendaCalendar(agenda, { method: 'PUBLISH' }) });
      if (spec.kind === 'agenda-cancellation') {
        const cancelled = { ...agenda, meetings: agenda.meetings.filter((m) => spec.meetingIds?.includes(m.meetingId) && m.status === 'cancelled') };
        if (cancelled.meetings.length > 0) files.push({ filename: 'cancelled.ics', contentType: 'text/calendar; charset=utf-8; method=CANCEL', content: renderAgendaCalendar(cancelled, { method: 'CANCEL' }) });
      }
    }
    return files;
  }

  private async ownAgenda(actor: Actor): Promise<ParticipantAgenda> {
    const { participantId, eventId } = this.access.requireParticipant(actor);
    const event = await this.dataSource.manager.findOneByOrFail(Event, { id: eventId });
    return this.agendaOf(await this.load(this.dataSource.manager, event, [participantId]), participantId);
  }

  private async calendarFeedUrl(manager: EntityManager, participantId: string): Promise<string> {
    const publicUrl = this.config.get('app.publicUrl', { infer: true });
    const participant = await manager.findOneOrFail(Participant, { where: { id: participantId }, select: { id: true, calendarFeedToken: true } });
    let token = participant.calendarFeedToken;
    if (!token) {
      token = randomBytes(24).toString('base64url');
      // Two requests racing to create the token keep whichever was written first.
      await manager.update(Participant, { id: participantId, calendarFeedToken: IsNull() }, { calendarFeedToken: token });
      token = (await manager.findOneOrFail(Participant, { where: { id: participantId }, select: { id: true, calendarFeedToken: true } })).calendarFeedToken!;
    }
    return `${publicUrl}/api/calendar/${token}.ics`;
  }

  /** Loads meetings (scheduled and cancelled) with their slots, places and people in a few queries. */
  private async load(manager: EntityManager, event: Event, participantIds: string[] | 'all'): Promise<AgendaSource> {
    const query = manager.createQueryBuilder(Meeting, 'm').where('m.event_id = :eventId', { eventId: event.id }).andWhere('m.slot_id IS NOT NULL');
    if (participantIds !== 'all') query.andWhere('m.participant_ids && :ids::uuid[]', { ids: participantIds });
    const meetings = await query.getMany();
    const slots = await manager.find(Slot, { where: { eventId: event.id } });
    const places = await manager.find(EventTable, { where: { eventId: event.id } });
    const peopleIds = [...new Set([...meetings.flatMap((m) => m.participantIds), ...(participantIds === 'all' ? [] : participantIds)])];
    const people = peopleIds.length > 0 ? await manager.findBy(Participant, { id: In(peopleIds) }) : [];
    // Programmes carry the check-in QR code: make codes for whoever has none yet.
    const codes = await ensureCheckInCodes(manager, people.filter((p) => !p.checkInCode).map((p) => p.id));
    for (const person of people) person.checkInCode ??= codes.get(person.id) ?? null;
    const published = await manager.findOne(ScheduleVersion, { where: { eventId: event.id, publishedAt: Not(IsNull()) }, order: { number: 'DESC' } });
    const slotById = new Map(slots.map((slot) => [slot.id, slot]));
    const meetingsOf = new Map<string, Meeting[]>();
    const wanted = participantIds === 'all' ? null : new Set(participantIds);
    const byStart = (a: Meeting, b: Meeting) => slotById.get(a.slotId!)!.startsAt.getTime() - slotById.get(b.slotId!)!.startsAt.getTime();
    for (const meeting of meetings.filter((m) => slotById.has(m.slotId!)).sort(byStart)) {
      for (const id of meeting.participantIds) {
        if (wanted && !wanted.has(id)) continue;
        meetingsOf.set(id, [...(meetingsOf.get(id) ?? []), meeting]);
      }
    }
    return {
      event,
      version: published?.number ?? 0,
      language: event.languages[0] === 'da' ? 'da' : 'en',
      slots: slotById,
      places: new Map(places.map((place) => [place.id, place])),
      people: new Map(people.map((participant) => [participant.id, participant])),
      meetingsOf,
    };
  }

  private agendaOf(source: AgendaSource, participantId: string): ParticipantAgenda {
    const participant = source.people.get(participantId);
    return {
      event: eventInfo(source.event),
      participant: { id: participantId, name: participant ? personName(participant) : '', organisation: participant?.organisation.name ?? '' },
      checkInCode: participant?.checkInCode ?? undefined,
      checkInUrl: participant?.checkInCode ? `${this.config.get('app.publicUrl', { infer: true })}/events/${source.event.id}/desk?tab=check-in&code=${participant.checkInCode}` : undefined,
      meetings: (source.meetingsOf.get(participantId) ?? []).map((meeting) => this.meetingLine(source, meeting, participantId)),
      version: source.version,
      language: source.language,
    };
  }

  private meetingLine(source: AgendaSource, meeting: Meeting, participantId: string): AgendaMeeting {
    const slot = source.slots.get(meeting.slotId!)!;
    const place = meeting.tableId ? source.places.get(meeting.tableId) : undefined;
    const publicUrl = this.config.get('app.publicUrl', { infer: true });
    return {
      meetingId: meeting.id,
      sequence: meeting.sequence,
      // A meeting someone did not come to is not happening: calendars show it as cancelled.
      status: meeting.status === 'scheduled' ? 'scheduled' : 'cancelled',
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      place: place ? placeOf(place) : null,
      videoLink: meeting.videoLink,
      partners: meeting.participantIds
        .filter((id) => id !== participantId)
        .map((id) => source.people.get(id))
        .filter((p): p is Participant => Boolean(p))
        .map((p) => ({ name: personName(p), organisation: p.organisation.name, country: p.organisation.country, profileUrl: `${publicUrl}/directory/${p.id}` })),
    };
  }
}

function eventInfo(event: Event) {
  return { id: event.id, name: event.name, venue: event.venue, timeZone: event.timeZone };
}

function placeOf(place: EventTable): AgendaPlace {
  return { label: place.label, number: place.number, kind: place.kind as AgendaPlace['kind'] };
}

/** Numbered places first in number order, then the rest, online last. */
function sortKey(place: AgendaPlace | null): number {
  if (!place) return Number.MAX_SAFE_INTEGER;
  return place.number ?? Number.MAX_SAFE_INTEGER - 1;
}
