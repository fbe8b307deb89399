import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { AgendaService } from './agendas/agenda.service';
import { AuthService } from './auth/auth.service';
import { EventAccessService } from './auth/event-access.service';
import { AppConfig } from './config/app-config';
import { CoreModule } from './core.module';
import { OutboxService } from './email/outbox.service';
import { LiveUpdatesService } from './live/live-updates.service';
import { AttendanceService } from './event-day/attendance.service';
import { DayMeetingService } from './event-day/day-meeting.service';
import { EventChangeService } from './event-day/event-change.service';
import { RebookingService } from './event-day/rebooking.service';
import { EvaluationService } from './evaluation/evaluation.service';
import { SuccessStoryService } from './evaluation/success-story.service';
import { EventReportService } from './reports/event-report.service';
import { PersonalDataRetentionService } from './reports/personal-data-retention.service';
import { EventService } from './events/event.service';
import { DirectoryService } from './matchmaking/directory.service';
import { MeetingPlacementService } from './matchmaking/meeting-placement.service';
import { MeetingRequestService } from './matchmaking/meeting-request.service';
import { NotificationService } from './matchmaking/notification.service';
import { RecommendationService } from './matchmaking/recommendation.service';
import { BookingStatusService } from './matchmaking/booking-status.service';
import { RequestLifecycleService } from './matchmaking/request-lifecycle.service';
import { ParticipantTypeService } from './events/participant-type.service';
import { SessionService } from './events/session.service';
import { TableService } from './events/table.service';
import { OwnProfileService } from './participants/own-profile.service';
import { ParticipantCsvService } from './participants/participant-csv.service';
import { ParticipantService } from './participants/participant.service';
import { ScheduleExportService } from './scheduling/schedule-export.service';
import { SchedulePublishService } from './scheduling/schedule-publish.service';
import { ScheduleRunService } from './scheduling/schedule-run.service';
import { ScheduleSolveService } from './scheduling/schedule-solve.service';
import { ScheduleVersionService } from './scheduling/schedule-version.service';

const SERVICES = [
  AuthService, EventAccessService, OutboxService, LiveUpdatesService, EventService, SessionService, TableService, ParticipantTypeService,
  ParticipantService, OwnProfileService, ParticipantCsvService, DirectoryService,
  MeetingPlacementService, MeetingRequestService, NotificationService, RequestLifecycleService,
  RecommendationService, BookingStatusService,
  ScheduleExportService, ScheduleRunService, ScheduleSolveService, ScheduleVersionService, SchedulePublishService, AgendaService,
  EventChangeService, AttendanceService, RebookingService, DayMeetingService, EvaluationService, EventReportService, PersonalDataRetentionService, SuccessStoryService,
];

/** The services of every area, shared by api and worker. */
@Module({
  imports: [
    CoreModule,
    JwtModule.registerAsync({
      inject: [ConfigService],
      // A key object, not the string: jsonwebtoken otherwise tries to parse the string as a PEM key on every call.
      useFactory: (config: ConfigService<AppConfig, true>) => ({ secret: createSecretKey(Buffer.from(config.get('auth.jwtSecret', { infer: true }))) }),
    }),
  ],
  providers: SERVICES,
  exports: [CoreModule, ...SERVICES],
})
export class DomainModule {}
