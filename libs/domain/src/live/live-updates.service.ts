import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Emitter } from '@socket.io/redis-emitter';
import Redis from 'ioredis';
import { LiveEventName, LivePayload, LiveRoom, liveChannelKey } from '@clustermeet/contracts';
import { AppConfig } from '../config/app-config';

/**
 * Pushes changes to browsers through Redis, so the api and the worker use the same call and any
 * api instance delivers to its own sockets. Call it after the transaction has committed, so a
 * browser that refetches sees the change.
 */
@Injectable()
export class LiveUpdatesService implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly emitter: Emitter;

  constructor(config: ConfigService<AppConfig, true>) {
    this.redis = new Redis(config.get('redis.url', { infer: true }), { maxRetriesPerRequest: 2 });
    this.redis.on('error', () => undefined);
    // A push published while Redis is away is lost, not fatal: the emitter does not await publish,
    // so its rejection is caught here; the event-day change log and the resync sent when Redis is
    // back let browsers catch up.
    const publisher = { publish: (channel: string, message: string | Buffer) => this.redis.publish(channel, message).catch(() => 0) };
    this.emitter = new Emitter(publisher, { key: liveChannelKey(config.get('redis.queuePrefix', { infer: true })) });
  }

  emit<E extends LiveEventName>(room: string, event: E, payload: LivePayload<E>): void {
    this.emitter.to(room).emit(event, payload);
  }

  bookingStatusChanged(eventId: string): void {
    this.emit(LiveRoom.eventStaff(eventId), 'booking-status:changed', { eventId });
  }

  notified(participantIds: Iterable<string>): void {
    for (const participantId of new Set(participantIds)) this.emit(LiveRoom.participant(participantId), 'notification:new', { participantId });
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
