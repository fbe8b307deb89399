import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { Notification, NotificationKind } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { EventAccessService } from '../auth/event-access.service';

export interface NewNotification {
  participantId: string;
  kind: NotificationKind;
  text: string;
  subjectId?: string;
}

@Injectable()
export class NotificationService {
  constructor(
    private readonly access: EventAccessService,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
  ) {}

  /** Written in the caller's transaction, so a notification exists exactly when the change does. */
  async write(manager: EntityManager, entries: NewNotification[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.insert(Notification, entries.map((entry) => ({ ...entry, subjectId: entry.subjectId ?? null })));
  }

  async list(actor: Actor) {
    const { participantId } = this.access.requireParticipant(actor);
    const items = await this.notifications.find({ where: { participantId }, order: { createdAt: 'DESC' }, take: 100 });
    return { unread: items.filter((item) => !item.readAt).length, items };
  }

  async markRead(actor: Actor, ids?: string[]): Promise<void> {
    const { participantId } = this.access.requireParticipant(actor);
    await this.notifications.update({ participantId, readAt: IsNull(), ...(ids?.length ? { id: In(ids) } : {}) }, { readAt: new Date() });
  }
}
