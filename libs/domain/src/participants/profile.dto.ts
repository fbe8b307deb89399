import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, Equals, IsArray, IsEmail, IsEnum, IsIn, IsObject, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength,
  ValidateIf, ValidateNested,
} from 'class-validator';
import { ParticipantStatus, SizeBand } from '@clustermeet/contracts';
import { normaliseEmail } from '../auth/auth.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class MarketplaceItemDto {
  @ApiProperty({ example: 'Offshore cable inspection with ROVs' }) @Transform(trim) @IsString() @Length(1, 200)
  title: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(3000)
  description?: string;

  @ApiPropertyOptional({ example: 'service', description: 'a key of the event’s categories' }) @IsOptional() @IsString() @MaxLength(80)
  category?: string;
}

export class ParticipantOrganisationDto {
  @ApiProperty({ example: 'Nordic Subsea Robotics ApS' }) @Transform(trim) @IsString() @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'sme', description: 'a key of the event’s organisation types' }) @IsString() @Length(1, 80)
  type: string;

  @ApiProperty({ example: 'DK', description: 'a key of the event’s countries' }) @IsString() @Length(1, 80)
  country: string;

  @ApiPropertyOptional({ example: 'Region Midtjylland' }) @IsOptional() @IsString() @MaxLength(120)
  region?: string;

  @ApiPropertyOptional({ example: 'Esbjerg' }) @IsOptional() @IsString() @MaxLength(120)
  city?: string;

  @ApiPropertyOptional({ example: 'https://subsea.example' })
  @IsOptional() @ValidateIf((_, value) => value !== '') @IsUrl({ require_protocol: true }, { message: 'website must be a URL starting with http:// or https://' }) @MaxLength(300)
  website?: string;

  @ApiProperty({ enum: SizeBand }) @IsEnum(SizeBand, { message: `sizeBand must be one of ${Object.values(SizeBand).join(', ')}` })
  sizeBand: SizeBand;

  @ApiPropertyOptional({ example: 'DK12345678' }) @IsOptional() @IsString() @MaxLength(40)
  companyNumber?: string;
}

export class ProfileInputDto {
  @ApiProperty({ example: 'lars@subsea.example' }) @Transform(normaliseEmail) @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254)
  email: string;

  @ApiProperty() @Transform(trim) @IsString() @Length(1, 100)
  firstName: string;

  @ApiProperty() @Transform(trim) @IsString() @Length(1, 100)
  lastName: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(150)
  jobTitle?: string;

  @ApiPropertyOptional({ example: ['en', 'da'] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(40, { each: true })
  languages?: string[];

  @ApiPropertyOptional() @IsOptional() @ValidateIf((_, value) => value !== '') @IsUrl({ require_protocol: true }, { message: 'photoUrl must be a URL' }) @MaxLength(500)
  photoUrl?: string;

  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'participantTypeId must be a UUID' })
  participantTypeId: string;

  @ApiProperty({ type: ParticipantOrganisationDto }) @ValidateNested() @Type(() => ParticipantOrganisationDto) @IsObject({ message: 'organisation must be an object' })
  organisation: ParticipantOrganisationDto;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(80, { each: true })
  sectors?: string[];

  @ApiPropertyOptional({ description: 'answers to the event’s profile questions, by key' }) @IsOptional() @IsObject()
  answers?: Record<string, string | boolean>;

  @ApiPropertyOptional({ type: [MarketplaceItemDto] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => MarketplaceItemDto)
  offers?: MarketplaceItemDto[];

  @ApiPropertyOptional({ type: [MarketplaceItemDto] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => MarketplaceItemDto)
  seeks?: MarketplaceItemDto[];
}

export class RegistrationDto extends ProfileInputDto {
  @ApiProperty({ description: 'the participant accepts the privacy terms' }) @Equals(true, { message: 'consent must be given to register (consent: true)' })
  consent: boolean;
}

export class ConsentDto {
  @ApiProperty({ description: 'the participant accepts the privacy terms' }) @Equals(true, { message: 'consent must be true' })
  consent: boolean;
}

export class OwnProfileDto extends OmitType(ProfileInputDto, ['email'] as const) {}

export class AvailabilityDto {
  @ApiProperty({ type: [String], description: 'slots the participant is NOT present in' })
  @IsArray() @ArrayMaxSize(2000) @IsUUID('all', { each: true, message: 'unavailableSlotIds must hold slot ids' })
  unavailableSlotIds: string[];
}

export class DecisionDto {
  @ApiProperty({ enum: ['validate', 'reject', 'request_changes'] }) @IsIn(['validate', 'reject', 'request_changes'], { message: 'decision must be validate, reject or request_changes' })
  decision: 'validate' | 'reject' | 'request_changes';

  @ApiPropertyOptional() @ValidateIf((dto: DecisionDto) => dto.decision !== 'validate') @IsString({ message: 'a reason is required when rejecting or asking for changes' }) @Length(3, 1000, { message: 'reason must be 3 to 1000 characters' })
  reason?: string;
}

export class ParticipantListQueryDto {
  @ApiPropertyOptional({ enum: ParticipantStatus }) @IsOptional() @IsEnum(ParticipantStatus, { message: `status must be one of ${Object.values(ParticipantStatus).join(', ')}` })
  status?: ParticipantStatus;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200)
  search?: string;
}
