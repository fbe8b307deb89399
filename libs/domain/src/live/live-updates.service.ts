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
    this.emitter = new Emitter(this.redis, { key: liveChannelKey(config.get('redis.queuePrefix', { infer: true })) });
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
