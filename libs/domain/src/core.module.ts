import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DEFAULT_JOB_OPTIONS, QueueName } from '@clustermeet/contracts';
import { dataSourceOptions, ENTITIES } from '@clustermeet/database';
import { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { redisConnectionOptions } from './common/redis-connection';

/** What both apps need before any area: validated config, the database and the queues. */
@Global()
@Module({
  imports: [
    AppConfigModule,
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => ({
        ...dataSourceOptions(config.get('database.url', { infer: true })),
        // Fail fast with one clear message instead of retrying for minutes.
        retryAttempts: 0,
      }),
    }),
    TypeOrmModule.forFeature(ENTITIES),
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => ({
        connection: redisConnectionOptions(config.get('redis.url', { infer: true })),
        prefix: config.get('redis.queuePrefix', { infer: true }),
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue({ name: QueueName.Email }, { name: QueueName.Timed }, { name: QueueName.Schedule }),
  ],
  exports: [TypeOrmModule, BullModule],
})
export class CoreModule {}
