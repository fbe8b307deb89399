import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { Actor, NotificationService } from '@clustermeet/domain';
import { CurrentActor } from '../common/current-actor.decorator';

class MarkReadDto {
  @ApiProperty({ type: [String], required: false, description: 'omit to mark all as read' })
  @IsOptional() @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true, message: 'ids must hold notification ids' })
  ids?: string[];
}

@ApiTags('matchmaking')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  list(@CurrentActor() actor: Actor) {
    return this.notifications.list(actor);
  }

  @Post('read')
  @HttpCode(204)
  markRead(@CurrentActor() actor: Actor, @Body() body: MarkReadDto) {
    return this.notifications.markRead(actor, body.ids);
  }
}
