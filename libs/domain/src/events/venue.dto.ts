import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, Contains, IsArray, IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { TableKind } from '@clustermeet/contracts';

export class CreateSessionDto {
  @ApiProperty({ example: 'Morning' }) @IsString() @Length(1, 120)
  name: string;

  @ApiProperty({ example: '2027-05-11T09:00:00+02:00' }) @IsISO8601({ strict: true }, { message: 'startsAt must be an ISO 8601 date-time' })
  startsAt: string;

  @ApiProperty({ example: '2027-05-11T12:30:00+02:00' }) @IsISO8601({ strict: true }, { message: 'endsAt must be an ISO 8601 date-time' })
  endsAt: string;

  @ApiProperty({ example: 20, minimum: 5, maximum: 240 }) @IsInt() @Min(5) @Max(240)
  slotMinutes: number;

  @ApiPropertyOptional({ example: 5, minimum: 0, maximum: 120 }) @IsOptional() @IsInt() @Min(0) @Max(120)
  pauseMinutes?: number;
}

export class UpdateSessionDto extends PartialType(CreateSessionDto) {}

export class CreateTablesDto {
  @ApiProperty({ enum: TableKind }) @IsEnum(TableKind, { message: `kind must be one of ${Object.values(TableKind).join(', ')}` })
  kind: TableKind;

  @ApiPropertyOptional({ description: 'For kind "table": how many numbered tables to add', minimum: 1, maximum: 500 })
  @IsOptional() @IsInt() @Min(1) @Max(500)
  count?: number;

  @ApiPropertyOptional({ example: 'Booth B12' }) @IsOptional() @IsString() @Length(1, 120)
  label?: string;

  @ApiProperty({ example: 2, minimum: 1, maximum: 50 }) @IsInt() @Min(1) @Max(50)
  capacity: number;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'exhibitorParticipantId must be a UUID' })
  exhibitorParticipantId?: string;

  @ApiPropertyOptional({ example: 'https://meet.jit.si/clustermeet-{meeting}', description: 'online places: {meeting} becomes the meeting id' })
  @IsOptional() @IsUrl({ require_protocol: true, protocols: ['https'] }, { message: 'videoLinkTemplate must be an https URL' }) @Contains('{meeting}', { message: 'videoLinkTemplate must contain {meeting}, so each meeting gets its own link' }) @MaxLength(300)
  videoLinkTemplate?: string;
}

export class UpdateTableDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 120)
  label?: string;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(50)
  capacity?: number;

  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all', { message: 'exhibitorParticipantId must be a UUID' })
  exhibitorParticipantId?: string | null;

  @ApiPropertyOptional({ example: 'https://meet.jit.si/clustermeet-{meeting}', description: 'online places: {meeting} becomes the meeting id' })
  @IsOptional() @IsUrl({ require_protocol: true, protocols: ['https'] }, { message: 'videoLinkTemplate must be an https URL' }) @Contains('{meeting}', { message: 'videoLinkTemplate must contain {meeting}, so each meeting gets its own link' }) @MaxLength(300)
  videoLinkTemplate?: string;
}

export class CreateParticipantTypeDto {
  @ApiProperty({ example: 'Investor' }) @IsString() @Length(1, 80)
  name: string;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1000)
  maxRequests?: number | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1000)
  maxMeetings?: number | null;

  @ApiPropertyOptional({ type: [String], description: 'ids of participant types this type may meet' })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true, message: 'canMeet must hold participant type ids' })
  canMeet?: string[];
}

export class UpdateParticipantTypeDto extends PartialType(CreateParticipantTypeDto) {}
