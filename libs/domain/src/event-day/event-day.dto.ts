import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateIf } from 'class-validator';

export class DayParticipantQueryDto {
  @ApiPropertyOptional({ description: 'name, organisation or email' }) @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ['present', 'not-arrived', 'late', 'absent'] })
  @IsOptional() @IsIn(['present', 'not-arrived', 'late', 'absent'], { message: 'filter must be present, not-arrived, late or absent' })
  filter?: 'present' | 'not-arrived' | 'late' | 'absent';
}

export class DayOverviewQueryDto {
  @ApiPropertyOptional({ description: 'comma-separated slot ids; default: the current and the next slot' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true, message: 'slotIds must be slot ids' })
  slotIds?: string[];
}

export class CheckInCodeDto {
  @ApiProperty({ example: 'K7QF2M9X', description: 'the code printed (as a QR code) on the programme' })
  @IsString() @Length(4, 200, { message: 'code must be the code printed on the programme' })
  code: string;
}

export class MarkAbsentDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'only this slot’s meeting; omitted: the rest of the day' })
  @IsOptional() @IsUUID('all', { message: 'slotId must be a UUID' })
  slotId?: string;
}

export class MarkNoShowDto {
  @ApiProperty({ format: 'uuid', description: 'the participant who did not come' }) @IsUUID('all', { message: 'participantId must be a UUID' })
  participantId: string;
}

export class BookDayMeetingDto {
  @ApiProperty({ type: [String], minItems: 2, maxItems: 3 })
  @IsArray() @ArrayMinSize(2, { message: 'a meeting needs two or three participants' }) @ArrayMaxSize(3, { message: 'a meeting needs two or three participants' })
  @IsUUID('all', { each: true, message: 'participantIds must be UUIDs' })
  participantIds: string[];

  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'slotId must be a UUID' })
  slotId: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'tableId must be a UUID' })
  tableId?: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'online must be true or false' })
  online?: boolean;
}

export class MoveDayMeetingDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'slotId must be a UUID' })
  slotId: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID('all', { message: 'tableId must be a UUID or null' })
  tableId?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'online must be true or false' })
  online?: boolean;
}

export class CancelDayMeetingDto {
  @ApiPropertyOptional({ example: 'Participant cancelled by phone' }) @IsOptional() @IsString() @MaxLength(300)
  reason?: string;
}

export class CloseTableDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'closed from this slot on; default: the current (or next) slot' })
  @IsOptional() @IsUUID('all', { message: 'fromSlotId must be a UUID' })
  fromSlotId?: string;
}

export class RebookingQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'slotId must be a UUID' })
  slotId: string;
}

export class BookOwnMeetingDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'partnerId must be a UUID' })
  partnerId: string;

  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'slotId must be a UUID' })
  slotId: string;
}

export class ChangesQueryDto {
  @ApiPropertyOptional({ default: 0 }) @IsOptional() @Type(() => Number) @IsInt({ message: 'after must be a whole number' }) @Min(0)
  after?: number;

  @ApiPropertyOptional({ default: 200, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt({ message: 'limit must be a whole number' }) @Min(1) @Max(500)
  limit?: number;
}

export class StandbyDto {
  @ApiProperty({ description: 'on the standby list for spontaneous meetings' }) @IsBoolean({ message: 'standby must be true or false' })
  standby: boolean;
}
