import { Body, Controller, Delete, Get, Header, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, AvailabilityDto, ConsentDto, OwnProfileDto, OwnProfileService } from '@clustermeet/domain';
import { CurrentActor } from '../common/current-actor.decorator';

@ApiTags('me (participant)')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly profile: OwnProfileService) {}

  @Get('profile')
  get(@CurrentActor() actor: Actor) {
    return this.profile.get(actor);
  }

  @Put('profile')
  update(@CurrentActor() actor: Actor, @Body() body: OwnProfileDto) {
    return this.profile.update(actor, body);
  }

  @Put('availability')
  availability(@CurrentActor() actor: Actor, @Body() body: AvailabilityDto) {
    return this.profile.setAvailability(actor, body);
  }

  @Post('consent')
  @HttpCode(200)
  consent(@CurrentActor() actor: Actor, @Body() _body: ConsentDto) {
    return this.profile.recordConsent(actor);
  }

  @Get('data')
  @Header('Content-Disposition', 'attachment; filename="my-clustermeet-data.json"')
  data(@CurrentActor() actor: Actor) {
    return this.profile.exportData(actor);
  }

  @Delete()
  @HttpCode(204)
  remove(@CurrentActor() actor: Actor) {
    return this.profile.delete(actor);
  }
}
