import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  Actor, ALL_STAFF, AttendanceService, BookDayMeetingDto, CancelDayMeetingDto, ChangesQueryDto, CheckInCodeDto, CloseTableDto, DayMeetingService, DayOverviewQueryDto,
  DayParticipantQueryDto, EventAccessService, EventChangeService, MarkAbsentDto, MarkNoShowDto, MoveDayMeetingDto, RebookingQueryDto, StandbyDto,
} from '@clustermeet/domain';
import { CurrentActor } from '../common/current-actor.decorator';
import { UuidParam } from '../common/uuid-param.decorator';

/** The information desk on the event day; every staff role of the event, helpers included. */
@ApiTags('event day')
@ApiBearerAuth()
@Controller('events/:eventId')
export class DayController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly meetings: DayMeetingService,
    private readonly changes: EventChangeService,
    private readonly access: EventAccessService,
  ) {}

  @Get('day/overview')
  overview(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Query() query: DayOverviewQueryDto) {
    return this.meetings.overview(actor, eventId, query.slotIds);
  }

  @Get('day/participants')
  participants(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Query() query: DayParticipantQueryDto) {
    return this.attendance.list(actor, eventId, query);
  }

  @Post('day/participants/:participantId/check-in')
  @HttpCode(200)
  checkIn(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('participantId') participantId: string) {
    return this.attendance.checkIn(actor, eventId, participantId);
  }

  @Post('day/check-in')
  @HttpCode(200)
  checkInByCode(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Body() body: CheckInCodeDto) {
    return this.attendance.checkInByCode(actor, eventId, body.code);
  }

  @Post('day/participants/:participantId/absent')
  @HttpCode(200)
  absent(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('participantId') participantId: string, @Body() body: MarkAbsentDto) {
    return this.attendance.markAbsent(actor, eventId, participantId, body.slotId);
  }

  @Put('day/participants/:participantId/standby')
  standby(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('participantId') participantId: string, @Body() body: StandbyDto) {
    return this.attendance.setStandby(actor, body.standby, eventId, participantId);
  }

  @Get('day/call-list')
  callList(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string) {
    return this.meetings.callList(actor, eventId);
  }

  @Get('day/participants/:participantId/rebooking')
  rebooking(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('participantId') participantId: string, @Query() query: RebookingQueryDto) {
    return this.meetings.proposals(actor, eventId, participantId, query.slotId);
  }

  @Post('day/meetings')
  async book(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Body() body: BookDayMeetingDto) {
    return this.meetings.book(actor, eventId, body);
  }

  @Post('day/meetings/:meetingId/no-show')
  @HttpCode(200)
  async noShow(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('meetingId') meetingId: string, @Body() body: MarkNoShowDto) {
    return this.meetings.noShow(actor, eventId, meetingId, body.participantId);
  }

  @Post('day/meetings/:meetingId/move')
  @HttpCode(200)
  async move(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('meetingId') meetingId: string, @Body() body: MoveDayMeetingDto) {
    return (await this.meetings.move(actor, eventId, meetingId, body))[0];
  }

  @Post('day/meetings/:meetingId/cancel')
  @HttpCode(200)
  async cancel(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('meetingId') meetingId: string, @Body() body: CancelDayMeetingDto) {
    return (await this.meetings.cancel(actor, eventId, meetingId, body))[0];
  }

  @Post('day/tables/:tableId/close')
  @HttpCode(200)
  closeTable(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @UuidParam('tableId') tableId: string, @Body() body: CloseTableDto) {
    return this.meetings.closeTable(actor, eventId, tableId, body);
  }

  @Get('changes')
  async changeLog(@CurrentActor() actor: Actor, @UuidParam('eventId') eventId: string, @Query() query: ChangesQueryDto) {
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    return this.changes.list(eventId, query.after ?? 0, query.limit ?? 200);
  }
}
