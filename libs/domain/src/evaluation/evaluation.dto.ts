import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import type { CollaborationKind, OutcomeResult } from '@clustermeet/database';

export const COLLABORATION_KINDS: CollaborationKind[] = ['commercial', 'technological', 'research', 'investment'];
const KINDS_MESSAGE = `must be among ${COLLABORATION_KINDS.join(', ')}`;

export class MeetingFeedbackDto {
  @ApiPropertyOptional({ description: 'did the meeting take place?' }) @IsOptional() @IsBoolean({ message: 'held must be true or false' })
  held?: boolean;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsBoolean({ message: 'interesting must be true, false or null' })
  interesting?: boolean | null;

  @ApiPropertyOptional({ enum: COLLABORATION_KINDS, isArray: true, description: 'possible collaboration seen at the meeting' })
  @IsOptional() @IsArray() @ArrayMaxSize(4) @IsIn(COLLABORATION_KINDS, { each: true, message: `collaboration ${KINDS_MESSAGE}` })
  collaboration?: CollaborationKind[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}

export class MeetingOutcomeDto {
  @ApiPropertyOptional({ enum: ['none', 'ongoing', 'concrete'] })
  @IsIn(['none', 'ongoing', 'concrete'], { message: 'outcome must be none, ongoing or concrete' })
  outcome: OutcomeResult;

  @ApiPropertyOptional({ enum: COLLABORATION_KINDS, isArray: true })
  @IsOptional() @IsArray() @ArrayMaxSize(4) @IsIn(COLLABORATION_KINDS, { each: true, message: `kinds ${KINDS_MESSAGE}` })
  kinds?: CollaborationKind[];

  @ApiPropertyOptional({ nullable: true, description: 'value in euros (optional)' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt({ message: 'valueEur must be a whole number of euros' }) @Min(0) @Max(2_000_000_000)
  valueEur?: number | null;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}

export class EvaluationAnswersDto {
  @ApiPropertyOptional({ description: 'answers to the event questionnaire, by question key' })
  @IsObject({ message: 'answers must be an object of question key to answer' })
  answers: Record<string, string | boolean | number>;
}

export class EvaluationEmailsDto {
  @ApiPropertyOptional() @IsBoolean({ message: 'stop must be true or false' })
  stop: boolean;
}
