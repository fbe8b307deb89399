import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, CreateSuccessStoryDto, SuccessStoryConsentDto, SuccessStoryService } from '@clustermeet/domain';
import { CurrentActor } from '../common/current-actor.decorator';
import { UuidParam } from '../common/uuid-param.decorator';

@ApiTags('evaluation')
@ApiBearerAuth()
@Controller()
export class SuccessStoryController {
  constructor(private readonly stories: SuccessStoryService) {}

  @Post('events/:eventId/success-stories')
  create(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Body() body: CreateSuccessStoryDto) {
    return this.stories.create(actor, eventId, body);
  }

  @Get('events/:eventId/success-stories')
  list(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return this.stories.list(actor, eventId);
  }

  @Get('me/success-stories')
  mine(@CurrentActor() actor: Actor) {
    return this.stories.mine(actor);
  }

  @Post('me/success-stories/:storyId/consent')
  @HttpCode(200)
  consent(@CurrentActor() actor: Actor, @UuidParam('storyId') storyId: string, @Body() body: SuccessStoryConsentDto) {
    return this.stories.consent(actor, storyId, body.consent);
  }
}
