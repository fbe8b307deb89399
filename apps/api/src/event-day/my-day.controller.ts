import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, AgendaService, AttendanceService, BookOwnMeetingDto, ChangesQueryDto, DayMeetingService, EventAccessService, EventChangeService, RebookingQueryDto, StandbyDto } from '@clustermeet/domain';
import { CurrentActor } from '../common/current-actor.decorator';
import { UuidParam } from '../common/uuid-param.decorator';

/** A participant on the event day, from their phone. */
@ApiTags('event day')
@ApiBearerAuth()
@Controller('me')
export class MyDayController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly meetings: DayMeetingService,
    private readonly changes: EventChangeService,
    private readonly agendas: AgendaService,
    private readonly access: EventAccessService,
  ) {}

  @Get('changes')
  changeLog(@CurrentActor() actor: Actor, @Query() query: ChangesQueryDto) {
    const me = this.access.requireParticipant(actor);
    return this.changes.list(me.eventId, query.after ?? 0, query.limit ?? 200, me.participantId);
  }

  @Post('check-in')
  @HttpCode(200)
  checkIn(@CurrentActor() actor: Actor) {
    return this.attendance.selfCheckIn(actor);
  }

  @Post('meetings/:meetingId/no-show')
  @HttpCode(200)
  async noShow(@CurrentActor() actor: Actor, @UuidParam('meetingId') meetingId: string) {
    await this.meetings.reportNoShow(actor, meetingId);
    return this.agendaMeeting(actor, meetingId);
  }

  @Put('standby')
  standby(@CurrentActor() actor: Actor, @Body() body: StandbyDto) {
    return this.attendance.setStandby(actor, body.standby);
  }

  @Get('rebooking')
  rebooking(@CurrentActor() actor: Actor, @Query() query: RebookingQueryDto) {
    return this.meetings.myProposals(actor, query.slotId);
  }

  @Post('meetings')
  async book(@CurrentActor() actor: Actor, @Body() body: BookOwnMeetingDto) {
    const meeting = await this.meetings.bookOwn(actor, body.partnerId, body.slotId);
    return this.agendaMeeting(actor, meeting.id);
  }

  private async agendaMeeting(actor: Actor, meetingId: string) {
    return (await this.agendas.myAgenda(actor)).meetings.find((meeting) => meeting.id === meetingId);
  }
}
