import { Controller, Delete, Get, HttpCode, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, DirectoryQueryDto, DirectoryService } from '@clustermeet/domain';
import { CurrentActor } from '../common/current-actor.decorator';
import { UuidParam } from '../common/uuid-param.decorator';

@ApiTags('matchmaking')
@ApiBearerAuth()
@Controller()
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('events/:eventId/directory')
  search(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Query() query: DirectoryQueryDto) {
    return this.directory.search(actor, eventId, query);
  }

  @Get('events/:eventId/directory/:participantId')
  profile(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('participantId') participantId: string) {
    return this.directory.profile(actor, eventId, participantId);
  }

  @Put('me/favourites/:participantId')
  @HttpCode(204)
  addFavourite(@CurrentActor() actor: Actor, @UuidParam('participantId') participantId: string) {
    return this.directory.addFavourite(actor, participantId);
  }

  @Delete('me/favourites/:participantId')
  @HttpCode(204)
  removeFavourite(@CurrentActor() actor: Actor, @UuidParam('participantId') participantId: string) {
    return this.directory.removeFavourite(actor, participantId);
  }
}
