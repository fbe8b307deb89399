import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { Actor, AuthService, LoginDto, OrganiserSignUpDto, RedeemSignInLinkDto, SignInLinkRequestDto } from '@clustermeet/domain';
import { CurrentActor, Public } from '../common/current-actor.decorator';
import { AUTH_THROTTLE } from './auth-rate-limit';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Throttle(AUTH_THROTTLE)
  @Post('organiser-sign-up')
  signUp(@Body() body: OrganiserSignUpDto) {
    return this.auth.signUpOrganiser(body);
  }

  @Public()
  @Throttle(AUTH_THROTTLE)
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto) {
    return this.auth.login(body);
  }

  @Public()
  @Throttle(AUTH_THROTTLE)
  @Post('sign-in-link')
  @HttpCode(202)
  async requestLink(@Body() body: SignInLinkRequestDto) {
    await this.auth.requestSignInLink(body.eventId, body.email);
    return { sent: true };
  }

  @Public()
  @Post('sign-in-link/redeem')
  @HttpCode(200)
  redeem(@Body() body: RedeemSignInLinkDto) {
    return this.auth.redeemSignInLink(body.token);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentActor() actor: Actor) {
    return this.auth.describe(actor);
  }
}
