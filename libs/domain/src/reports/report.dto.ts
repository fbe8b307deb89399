import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { METRIC_NAMES } from './report-metrics';

export class ReportRowsQueryDto {
  @ApiProperty({ enum: METRIC_NAMES }) @IsIn(METRIC_NAMES, { message: `metric must be one of ${METRIC_NAMES.join(', ')}` })
  metric: string;

  @ApiPropertyOptional({ description: 'one line of a breakdown (a country code, a sector, a slot id, a round…)' })
  @IsOptional() @IsString() @MaxLength(200)
  key?: string;
}
