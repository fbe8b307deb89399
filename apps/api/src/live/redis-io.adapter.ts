import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { liveChannelKey, ServerToClientEvents } from '@clustermeet/contracts';

/** Socket.io over Redis pub/sub: every api instance, and the worker's emitter, reach every browser. */
export class RedisIoAdapter extends IoAdapter {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  constructor(
    app: INestApplicationContext,
    redisUrl: string,
    private readonly queuePrefix: string,
  ) {
    super(app);
    this.publisher = new Redis(redisUrl);
    this.subscriber = this.publisher.duplicate();
  }

  createIOServer(port: number, options?: ServerOptions) {
    const server = super.createIOServer(port, options) as Server<Record<string, never>, ServerToClientEvents>;
    server.adapter(createAdapter(this.publisher, this.subscriber, { key: liveChannelKey(this.queuePrefix) }));
    // Pushes published while Redis was away are gone: tell this instance's browsers to catch up.
    let connected = this.subscriber.status === 'ready';
    this.subscriber.on('ready', () => {
      if (connected) server.local.emit('live:resync', { reason: 'redis-reconnected' });
      connected = true;
    });
    return server;
  }

  async dispose(): Promise<void> {
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
