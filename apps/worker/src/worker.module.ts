import { Module } from '@nestjs/common';
import { DomainModule, EmailSenderService } from '@clustermeet/domain';
import { EmailProcessor } from './email/email.processor';
import { ScheduleProcessor } from './schedule/schedule.processor';
import { TimedProcessor } from './timed/timed.processor';

@Module({
  imports: [DomainModule],
  providers: [EmailSenderService, EmailProcessor, TimedProcessor, ScheduleProcessor],
})
export class WorkerModule {}
