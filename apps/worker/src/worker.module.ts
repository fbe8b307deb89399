import { Module } from '@nestjs/common';
import { DomainModule, EmailSenderService } from '@clustermeet/domain';
import { EmailProcessor } from './email/email.processor';

@Module({
  imports: [DomainModule],
  providers: [EmailSenderService, EmailProcessor],
})
export class WorkerModule {}
