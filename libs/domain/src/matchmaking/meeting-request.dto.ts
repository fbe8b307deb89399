import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { EmailPreference, MeetingFormat, MeetingRequestStatus } from '@clustermeet/contracts';

export class CreateMeetingRequestDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'recipientId must be a UUID' })
  recipientId: string;

  @ApiPropertyOptional({ example: 'We would like to discuss cable inspection in the German Bight.' }) @IsOptional() @IsString() @MaxLength(1000)
  message?: string;

  @ApiPropertyOptional({ enum: MeetingFormat }) @IsOptional() @IsEnum(MeetingFormat, { message: `format must be one of ${Object.values(MeetingFormat).join(', ')}` })
  format?: MeetingFormat;

  @ApiPropertyOptional({ format: 'uuid', description: 'a colleague from your organisation who joins (a meeting of three)' })
  @IsOptional() @IsUUID('all', { message: 'colleagueId must be a UUID' })
  colleagueId?: string;

  @ApiPropertyOptional({ description: 'the scheduler gives high-priority requests more weight; a few per participant' })
  @IsOptional() @IsBoolean()
  highPriority?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'self-booking events: the slot you propose (one of the common free slots)' })
  @IsOptional() @IsUUID('all', { message: 'proposedSlotId must be a UUID' })
  proposedSlotId?: string;
}

export class DeclineMeetingRequestDto {
  @ApiPropertyOptional({ example: 'Not our focus this year.' }) @IsOptional() @IsString() @Length(0, 1000)
  reason?: string;
}

export class MeetingRequestListQueryDto {
  @ApiPropertyOptional({ enum: ['sent', 'received'] }) @IsOptional() @IsIn(['sent', 'received'], { message: 'direction must be sent or received' })
  direction?: 'sent' | 'received';

  @ApiPropertyOptional({ enum: MeetingRequestStatus }) @IsOptional() @IsEnum(MeetingRequestStatus, { message: `status must be one of ${Object.values(MeetingRequestStatus).join(', ')}` })
  status?: MeetingRequestStatus;
}

export class NotificationSettingsDto {
  @ApiProperty({ enum: EmailPreference }) @IsEnum(EmailPreference, { message: 'emailPreference must be instant or daily_digest' })
  emailPreference: EmailPreference;
}
