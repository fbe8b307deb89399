import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { BookingMode, EventRole } from '@clustermeet/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDateString, IsEmail, IsEnum, IsISO8601, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, Validate, ValidateIf, ValidateNested, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

@ValidatorConstraint({ name: 'timeZone' })
class IsTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }
  defaultMessage(): string {
    return 'timeZone must be an IANA time zone such as Europe/Copenhagen';
  }
}

export class TermDto {
  @ApiProperty({ example: 'offshore-wind' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,59}$/, { message: 'key must be 1–60 letters, digits, - or _' })
  key: string;

  @ApiProperty({ example: 'Offshore wind' })
  @IsString()
  @Length(1, 120)
  label: string;
}

export class TaxonomiesDto {
  @ApiProperty({ type: [TermDto] }) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => TermDto)
  sectors: TermDto[];

  @ApiProperty({ type: [TermDto] }) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => TermDto)
  countries: TermDto[];

  @ApiProperty({ type: [TermDto] }) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => TermDto)
  organisationTypes: TermDto[];

  @ApiProperty({ type: [TermDto] }) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => TermDto)
  categories: TermDto[];
}

export class ProfileQuestionDto {
  @ApiProperty() @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,59}$/, { message: 'key must be 1–60 letters, digits, - or _' })
  key: string;

  @ApiProperty() @IsString() @Length(1, 300)
  label: string;

  @ApiProperty({ enum: ['text', 'textarea', 'select', 'checkbox'] }) @IsIn(['text', 'textarea', 'select', 'checkbox'])
  type: 'text' | 'textarea' | 'select' | 'checkbox';

  @ApiProperty() @IsBoolean()
  required: boolean;

  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(200, { each: true })
  options?: string[];
}

export class CreateEventDto {
  @ApiProperty({ example: 'Offshore Wind Matchmaking 2027' }) @IsString() @Length(2, 200)
  name: string;

  @ApiPropertyOptional({ example: 'Aarhus Congress Centre' }) @IsOptional() @IsString() @MaxLength(300)
  venue?: string;

  @ApiPropertyOptional({ example: 'Europe/Copenhagen' }) @IsOptional() @Validate(IsTimeZone)
  timeZone?: string;

  @ApiPropertyOptional({ example: ['en', 'da'] }) @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @IsIn(['en', 'da'], { each: true, message: 'languages may contain en and da' })
  languages?: string[];

  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }, { message: 'registrationOpensAt must be an ISO 8601 date-time' })
  registrationOpensAt?: string;

  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }, { message: 'registrationClosesAt must be an ISO 8601 date-time' })
  registrationClosesAt?: string;

  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }, { message: 'bookingOpensAt must be an ISO 8601 date-time' })
  bookingOpensAt?: string;

  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }, { message: 'bookingClosesAt must be an ISO 8601 date-time' })
  bookingClosesAt?: string;

  @ApiPropertyOptional({ example: '2027-05-11' }) @IsOptional() @IsDateString({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startsOn must be a date YYYY-MM-DD' })
  startsOn?: string;

  @ApiPropertyOptional({ example: '2027-05-11' }) @IsOptional() @IsDateString({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn?: string;

  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }, { message: 'evaluationOpensAt must be an ISO 8601 date-time' })
  evaluationOpensAt?: string;

  @ApiPropertyOptional({ enum: BookingMode, description: 'scheduling: accepted requests wait for the scheduler; self_booking: the requester proposes a slot' })
  @IsOptional() @IsEnum(BookingMode, { message: 'bookingMode must be scheduling or self_booking' })
  bookingMode?: BookingMode;

  @ApiPropertyOptional({ example: 72, description: 'hours before an unanswered request expires' }) @IsOptional() @IsInt() @Min(1) @Max(24 * 60)
  requestExpiryHours?: number;

  @ApiPropertyOptional({ example: 3 }) @IsOptional() @IsInt() @Min(0) @Max(100)
  maxHighPriorityRequests?: number;
}

export class UpdateEventDto extends PartialType(CreateEventDto) {
  @ApiPropertyOptional({ type: TaxonomiesDto }) @IsOptional() @ValidateNested() @Type(() => TaxonomiesDto)
  taxonomies?: TaxonomiesDto;

  @ApiPropertyOptional({ type: [ProfileQuestionDto] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ProfileQuestionDto)
  profileQuestions?: ProfileQuestionDto[];

  @ApiPropertyOptional({ example: [6, 12], description: 'follow-up evaluations, in months after the first evaluation' })
  @IsOptional() @IsArray() @ArrayMaxSize(6, { message: 'followUpMonths holds at most 6 follow-ups' })
  @IsInt({ each: true, message: 'followUpMonths must be whole months' }) @Min(1, { each: true, message: 'followUpMonths must be between 1 and 36' }) @Max(36, { each: true, message: 'followUpMonths must be between 1 and 36' })
  followUpMonths?: number[];

  @ApiPropertyOptional({ nullable: true, example: 24, description: 'months after the event ends before personal data is anonymised (aggregates stay); null keeps it' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt({ message: 'personalDataRetentionMonths must be whole months' }) @Min(1, { message: 'personalDataRetentionMonths must be between 1 and 120' }) @Max(120, { message: 'personalDataRetentionMonths must be between 1 and 120' })
  personalDataRetentionMonths?: number | null;

  @ApiPropertyOptional({ type: [ProfileQuestionDto], description: 'the event-level questionnaire of every evaluation round' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ProfileQuestionDto)
  evaluationQuestions?: ProfileQuestionDto[];
}

export class AddMemberDto {
  @ApiProperty({ example: 'helper@cluster.example' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Sofie Holm' }) @IsString() @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ description: 'password for a new account (10+ characters); not needed when the account exists' })
  @IsOptional() @IsString() @Length(10, 200, { message: 'password must be 10 to 200 characters long' })
  password?: string;

  @ApiProperty({ enum: EventRole }) @IsEnum(EventRole, { message: `role must be one of ${Object.values(EventRole).join(', ')}` })
  role: EventRole;

  @ApiPropertyOptional({ description: 'for a co-organiser with a new account: the partner organisation it acts for' })
  @IsOptional() @IsString() @Length(2, 200)
  organisationName?: string;
}

export class CopyQuestionsDto {
  @ApiProperty({ format: 'uuid', description: 'the event whose evaluation questionnaire is copied' }) @IsUUID('all', { message: 'fromEventId must be a UUID' })
  fromEventId: string;
}
