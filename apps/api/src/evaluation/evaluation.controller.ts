import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, EvaluationAnswersDto, EvaluationEmailsDto, EvaluationService, MeetingFeedbackDto, MeetingOutcomeDto } from '@clustermeet/domain';
import { CurrentActor } from '../common/current-actor.decorator';
import { UuidParam } from '../common/uuid-param.decorator';

/** A participant's feedback and evaluations after the event. */
@ApiTags('evaluation')
@ApiBearerAuth()
@Controller('me')
export class EvaluationController {
  constructor(private readonly evaluations: EvaluationService) {}

  @Get('evaluations')
  mine(@CurrentActor() actor: Actor) {
    return this.evaluations.mine(actor);
  }

  @Put('meetings/:meetingId/feedback')
  rate(@CurrentActor() actor: Actor, @UuidParam('meetingId') meetingId: string, @Body() body: MeetingFeedbackDto) {
    return this.evaluations.rate(actor, meetingId, body);
  }

  @Put('meetings/:meetingId/outcome')
  outcome(@CurrentActor() actor: Actor, @UuidParam('meetingId') meetingId: string, @Body() body: MeetingOutcomeDto) {
    return this.evaluations.recordOutcome(actor, meetingId, body);
  }

  @Post('evaluations/:round/answers')
  @HttpCode(200)
  answer(@CurrentActor() actor: Actor, @Param('round', new ParseIntPipe({ errorHttpStatusCode: 400 })) round: number, @Body() body: EvaluationAnswersDto) {
    return this.evaluations.answer(actor, round, body);
  }

  @Put('evaluation-emails')
  stopEmails(@CurrentActor() actor: Actor, @Body() body: EvaluationEmailsDto) {
    return this.evaluations.stopEmails(actor, body.stop);
  }
}
