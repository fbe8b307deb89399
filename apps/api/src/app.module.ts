import { Module } from '@nestjs/common';
import { EvaluationController } from './evaluation/evaluation.controller';
import { SuccessStoryController } from './evaluation/success-story.controller';
import { ReportController } from './reports/report.controller';
import { DayController } from './event-day/day.controller';
import { MyDayController } from './event-day/my-day.controller';
import { AgendaController } from './scheduling/agenda.controller';
import { ScheduleController } from './scheduling/schedule.controller';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { ConfigService } from '@nestjs/config';
import { AppConfig, DomainModule } from '@clustermeet/domain';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { EventController } from './events/event.controller';
import { VenueController } from './events/venue.controller';
import { HealthController } from './health/health.controller';
import { LiveGateway } from './live/live.gateway';
import { DirectoryController } from './matchmaking/directory.controller';
import { MeetingRequestController } from './matchmaking/meeting-request.controller';
import { NotificationController } from './matchmaking/notification.controller';
import { RecommendationController } from './matchmaking/recommendation.controller';
import { RedisHealthIndicator } from './health/redis.health';
import { MeController } from './participants/me.controller';
import { ParticipantController } from './participants/participant.controller';

@Module({
  imports: [
    DomainModule,
    TerminusModule,
    // The sign-in endpoints set tighter limits of their own.
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => ({ throttlers: [{ name: 'default', ttl: 60_000, limit: config.get('rateLimit.perMinute', { infer: true }) }] }),
    }),
  ],
  controllers: [AuthController, EventController, VenueController, ParticipantController, MeController, DirectoryController, MeetingRequestController, NotificationController, RecommendationController, ScheduleController, AgendaController, DayController, MyDayController, EvaluationController, SuccessStoryController, ReportController, HealthController],
  providers: [
    RedisHealthIndicator,
    LiveGateway,
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: HttpExceptionFilter },
  ],
})
export class AppModule {}
