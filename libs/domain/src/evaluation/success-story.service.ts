import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, IsUUID, Length } from 'class-validator';
import { Meeting, MeetingFeedback, OutboxEmail, Participant, SuccessStory } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { EventAccessService, MANAGERS } from '../auth/event-access.service';
import { conflict, notFound } from '../common/errors';
import { OutboxService } from '../email/outbox.service';
import { LiveUpdatesService } from '../live/live-updates.service';
import { NotificationService } from '../matchmaking/notification.service';

const STORIES_PAGE = '/me/success-stories';

export class CreateSuccessStoryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'meetingId must be a UUID' })
  meetingId: string;

  @ApiProperty({ example: 'Danish sensors for a German wind farm' }) @IsString() @Length(3, 200, { message: 'title must be 3 to 200 characters' })
  title: string;

  @ApiProperty() @IsString() @Length(20, 5000, { message: 'text must be 20 to 5000 characters' })
  text: string;
}

export class SuccessStoryConsentDto {
  @ApiProperty() @IsBoolean({ message: 'consent must be true or false' })
  consent: boolean;
}

/** Success stories from meetings with a concrete outcome, published only with everyone's consent. */
@Injectable()
export class SuccessStoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly auth: AuthService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationService,
    private readonly live: LiveUpdatesService,
  ) {}

  async create(actor: Actor, eventId: string, input: CreateSuccessStoryDto) {
    const { event } = await this.access.requireStaff(actor, eventId, MANAGERS);
    const userId = actor.kind === 'staff' ? actor.userId : '';
    const { story, emails, people } = await this.dataSource.transaction(async (manager) => {
      const meeting = await manager.findOneBy(Meeting, { id: input.meetingId, eventId });
      if (!meeting) throw notFound('Meeting');
      if (!(await manager.existsBy(MeetingFeedback, { meetingId: meeting.id, outcome: 'concrete' }))) {
        throw conflict('Only a meeting with a concrete outcome (reported by a participant) can become a success story');
      }
      const story = await manager.save(manager.create(SuccessStory, { eventId, meetingId: meeting.id, title: input.title, text: input.text, createdByUserId: userId }));
      const people = await manager.findBy(Participant, { id: In(meeting.participantIds) });
      await this.notifications.write(manager, people.map((p) => ({ participantId: p.id, kind: 'success-story' as const, subjectId: story.id, text: `May the organisers publish “${input.title}”?` })));
      const emails: OutboxEmail[] = [];
      for (const p of people) {
        emails.push(
          await this.outbox.write(
            { template: 'success-story-consent', to: p.email, eventId, data: { firstName: p.firstName, eventName: event.name, title: input.title, text: input.text, link: await this.auth.createSignInLink(manager, p.id, STORIES_PAGE) } },
            manager,
          ),
        );
      }
      return { story, emails, people };
    });
    await this.outbox.dispatch(emails);
    this.live.notified(people.map((p) => p.id));
    return this.view(story, await this.people([story]));
  }

  async list(actor: Actor, eventId: string) {
    await this.access.requireStaff(actor, eventId, MANAGERS);
    const stories = await this.dataSource.manager.find(SuccessStory, { where: { eventId }, order: { createdAt: 'DESC' } });
    const people = await this.people(stories);
    return stories.map((story) => this.view(story, people));
  }

  async mine(actor: Actor) {
    const me = this.access.requireParticipant(actor);
    const stories = await this.dataSource.manager
      .createQueryBuilder(SuccessStory, 's')
      .innerJoin(Meeting, 'm', 'm.id = s.meeting_id')
      .where('s.event_id = :eventId AND :me = ANY(m.participant_ids)', { eventId: me.eventId, me: me.participantId })
      .orderBy('s.created_at', 'DESC')
      .getMany();
    const people = await this.people(stories);
    return stories.map((story) => ({ ...this.view(story, people), myConsent: story.consentedParticipantIds.includes(me.participantId) ? true : story.declinedParticipantIds.includes(me.participantId) ? false : null }));
  }

  async consent(actor: Actor, storyId: string, consent: boolean) {
    const me = this.access.requireParticipant(actor);
    const story = await this.dataSource.transaction(async (manager) => {
      const story = await manager.findOne(SuccessStory, { where: { id: storyId, eventId: me.eventId }, lock: { mode: 'pessimistic_write' } });
      const meeting = story && (await manager.findOneBy(Meeting, { id: story.meetingId }));
      if (!story || !meeting || !meeting.participantIds.includes(me.participantId)) throw notFound('Success story');
      const others = (ids: string[]) => ids.filter((id) => id !== me.participantId);
      story.consentedParticipantIds = consent ? [...others(story.consentedParticipantIds), me.participantId] : others(story.consentedParticipantIds);
      story.declinedParticipantIds = consent ? others(story.declinedParticipantIds) : [...others(story.declinedParticipantIds), me.participantId];
      const everyone = meeting.participantIds.every((id) => story.consentedParticipantIds.includes(id));
      // A participant may take consent back until publication; after that the story is out.
      if (story.status === 'published' && !consent) throw conflict('This story is already published; ask the organisers to withdraw it');
      story.status = everyone ? 'published' : story.declinedParticipantIds.length > 0 ? 'declined' : 'awaiting-consent';
      story.publishedAt = everyone ? (story.publishedAt ?? new Date()) : null;
      return manager.save(story);
    });
    return this.view(story, await this.people([story]));
  }

  /** Who is in each story's meeting, with names. */
  private async people(stories: SuccessStory[]): Promise<StoryPeople> {
    const meetings = stories.length > 0 ? await this.dataSource.manager.findBy(Meeting, { id: In(stories.map((s) => s.meetingId)) }) : [];
    const ids = [...new Set(meetings.flatMap((m) => m.participantIds))];
    const people = ids.length > 0 ? await this.dataSource.manager.findBy(Participant, { id: In(ids) }) : [];
    return { byId: new Map(people.map((p) => [p.id, p])), ofMeeting: new Map(meetings.map((m) => [m.id, m.participantIds])) };
  }

  private view(story: SuccessStory, people: StoryPeople) {
    return {
      id: story.id,
      meetingId: story.meetingId,
      title: story.title,
      text: story.text,
      status: story.status,
      publishedAt: story.publishedAt,
      participants: (people.ofMeeting.get(story.meetingId) ?? []).map((id) => {
        const p = people.byId.get(id);
        return {
          participantId: id,
          name: p ? `${p.firstName} ${p.lastName}` : '',
          organisationName: p?.organisation.name ?? '',
          consent: story.consentedParticipantIds.includes(id) ? true : story.declinedParticipantIds.includes(id) ? false : null,
        };
      }),
    };
  }
}

interface StoryPeople {
  byId: Map<string, Participant>;
  ofMeeting: Map<string, string[]>;
}
