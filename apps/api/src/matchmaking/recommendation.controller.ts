import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, BookingStatusService, DirectoryService, RecommendationService } from '@clustermeet/domain';
import { CurrentActor } from '../common/current-actor.decorator';
import { UuidParam } from '../common/uuid-param.decorator';

@ApiTags('matchmaking')
@ApiBearerAuth()
@Controller()
export class RecommendationController {
  constructor(
    private readonly recommendations: RecommendationService,
    private readonly status: BookingStatusService,
    private readonly directory: DirectoryService,
  ) {}

  @Get('me/recommendations')
  mine(@CurrentActor() actor: Actor) {
    return this.recommendations.forMe(actor);
  }

  @Get('events/:eventId/participants/:participantId/recommendations')
  forParticipant(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('participantId') participantId: string) {
    return this.recommendations.forParticipant(actor, eventId, participantId);
  }

  @Get('events/:eventId/directory/:participantId/free-slots')
  freeSlots(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('participantId') participantId: string) {
    return this.directory.commonFreeSlots(actor, eventId, participantId);
  }

  @Get('events/:eventId/booking-status')
  counters(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return this.status.counters(actor, eventId);
  }

  @Get('events/:eventId/chase-list')
  chaseList(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return this.status.chaseList(actor, eventId);
  }
}
