import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';

export class StartScheduleRunDto {
  @ApiPropertyOptional({ description: 'wall-clock budget of the solver in ms', default: 10_000, minimum: 1_000, maximum: 600_000 })
  @IsOptional() @IsInt({ message: 'timeLimitMs must be a whole number of milliseconds' })
  @Min(1_000, { message: 'timeLimitMs must be at least 1000 (one second)' }) @Max(600_000, { message: 'timeLimitMs must be at most 600000 (ten minutes)' })
  timeLimitMs?: number;

  @ApiPropertyOptional({ description: 'the same seed and data give the same schedule when the time limit does not bind' })
  @IsOptional() @IsInt({ message: 'seed must be a whole number' }) @Min(0) @Max(2_147_483_647)
  seed?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'locked meetings of this version keep their slot and table' })
  @IsOptional() @IsUUID('all', { message: 'baseVersionId must be a UUID' })
  baseVersionId?: string;

  @ApiPropertyOptional({ description: 'meetings already published keep their slot and table', default: true })
  @IsOptional() @IsBoolean({ message: 'keepPublished must be true or false' })
  keepPublished?: boolean;
}

export class UpdateScheduleEntryDto {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'null takes the meeting out of the schedule' })
  @IsOptional() @ValidateIf((_, value) => value !== null) @IsUUID('all', { message: 'slotId must be a UUID or null' })
  slotId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'a table, booth or room; omitted: the first free place that fits' })
  @IsOptional() @ValidateIf((_, value) => value !== null) @IsUUID('all', { message: 'tableId must be a UUID or null' })
  tableId?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'online must be true or false' })
  online?: boolean;

  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'locked must be true or false' })
  locked?: boolean;
}

export class SwapScheduleEntriesDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 2, maxItems: 2 })
  @IsArray() @ArrayMinSize(2, { message: 'entryIds must name exactly two meetings' }) @ArrayMaxSize(2, { message: 'entryIds must name exactly two meetings' })
  @IsUUID('all', { each: true, message: 'entryIds must be UUIDs' })
  entryIds: string[];
}
