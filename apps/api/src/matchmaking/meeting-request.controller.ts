import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  Actor, CreateMeetingRequestDto, DeclineMeetingRequestDto, MeetingRequestListQueryDto, MeetingRequestService, NotificationSettingsDto, OwnProfileService,
} from '@clustermeet/domain';
import { CurrentActor } from '../common/current-actor.decorator';
import { UuidParam } from '../common/uuid-param.decorator';

@ApiTags('matchmaking')
@ApiBearerAuth()
@Controller()
export class MeetingRequestController {
  constructor(
    private readonly requests: MeetingRequestService,
    private readonly profile: OwnProfileService,
  ) {}

  @Post('events/:eventId/meeting-requests')
  create(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Body() body: CreateMeetingRequestDto) {
    return this.requests.create(actor, eventId, body);
  }

  @Get('me/meeting-requests')
  list(@CurrentActor() actor: Actor, @Query() query: MeetingRequestListQueryDto) {
    return this.requests.list(actor, query);
  }

  @Post('me/meeting-requests/:requestId/accept')
  @HttpCode(200)
  accept(@CurrentActor() actor: Actor, @UuidParam('requestId') requestId: string) {
    return this.requests.accept(actor, requestId);
  }

  @Post('me/meeting-requests/:requestId/decline')
  @HttpCode(200)
  decline(@CurrentActor() actor: Actor, @UuidParam('requestId') requestId: string, @Body() body: DeclineMeetingRequestDto) {
    return this.requests.decline(actor, requestId, body);
  }

  @Post('me/meeting-requests/:requestId/withdraw')
  @HttpCode(200)
  withdraw(@CurrentActor() actor: Actor, @UuidParam('requestId') requestId: string) {
    return this.requests.withdraw(actor, requestId);
  }

  @Put('me/notification-settings')
  settings(@CurrentActor() actor: Actor, @Body() body: NotificationSettingsDto) {
    return this.profile.setEmailPreference(actor, body.emailPreference);
  }
}
