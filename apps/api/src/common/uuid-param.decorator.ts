import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

export const UuidParam = (name: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException(`${name} must be a UUID`) }));
