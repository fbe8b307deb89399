import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class DirectoryQueryDto {
  @ApiPropertyOptional({ description: 'free text: names, organisations, offers, seeks, descriptions (Danish and English)' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ example: 'DE' }) @IsOptional() @IsString() @MaxLength(80)
  country?: string;

  @ApiPropertyOptional({ example: 'offshore-wind' }) @IsOptional() @IsString() @MaxLength(80)
  sector?: string;

  @ApiPropertyOptional({ example: 'sme' }) @IsOptional() @IsString() @MaxLength(80)
  organisationType?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'participantTypeId must be a UUID' })
  participantTypeId?: string;

  @ApiPropertyOptional({ example: 'service', description: 'has an offer or seek in this category' }) @IsOptional() @IsString() @MaxLength(80)
  category?: string;

  @ApiPropertyOptional({ enum: ['offer', 'seek'], description: 'with category: only offers, or only seeks' })
  @IsOptional() @IsIn(['offer', 'seek'], { message: 'itemKind must be offer or seek' })
  itemKind?: 'offer' | 'seek';

  @ApiPropertyOptional({ description: 'only my favourites (participants)' })
  @IsOptional() @Transform(({ value }) => value === true || value === 'true') @IsBoolean()
  favourites?: boolean;

  @ApiPropertyOptional({ description: 'only people who still have a slot free (present, and not all taken by accepted requests)' })
  @IsOptional() @Transform(({ value }) => value === true || value === 'true') @IsBoolean()
  hasFreeSlots?: boolean;

  @ApiPropertyOptional({ description: 'only people I have no request with yet (participants)' })
  @IsOptional() @Transform(({ value }) => value === true || value === 'true') @IsBoolean()
  notContacted?: boolean;

  @ApiPropertyOptional({ default: 1, minimum: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000)
  page: number = 1;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize: number = 20;
}
