import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, AddMemberDto, CopyQuestionsDto, CreateEventDto, EventService, UpdateEventDto } from '@clustermeet/domain';
import { CurrentActor, Public } from '../common/current-actor.decorator';
import { UuidParam } from '../common/uuid-param.decorator';

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventController {
  constructor(private readonly events: EventService) {}

  @Get()
  list(@CurrentActor() actor: Actor) {
    return this.events.listForActor(actor);
  }

  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateEventDto) {
    return this.events.create(actor, body);
  }

  @Public()
  @Get(':eventId/public')
  publicView(@UuidParam('eventId') eventId: string) {
    return this.events.publicView(eventId);
  }

  @Get(':eventId')
  get(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return this.events.get(actor, eventId);
  }

  @Post(':eventId/evaluation-questions/copy')
  @HttpCode(200)
  copyQuestions(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Body() body: CopyQuestionsDto) {
    return this.events.copyEvaluationQuestions(actor, eventId, body.fromEventId);
  }

  @Patch(':eventId')
  update(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Body() body: UpdateEventDto) {
    return this.events.update(actor, eventId, body);
  }

  @Get(':eventId/members')
  members(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return this.events.listMembers(actor, eventId);
  }

  @Post(':eventId/members')
  addMember(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Body() body: AddMemberDto) {
    return this.events.addMember(actor, eventId, body);
  }
}
