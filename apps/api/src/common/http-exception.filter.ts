import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

/** Postgres errors a client can cause map to 4xx; anything else is logged and answered as 500. */
const CLIENT_ERRORS: Record<string, [number, string]> = {
  '22P02': [HttpStatus.BAD_REQUEST, 'A value has the wrong format (for example an id that is not a UUID)'],
  '22001': [HttpStatus.BAD_REQUEST, 'A value is too long'],
  '22007': [HttpStatus.BAD_REQUEST, 'A date or time is not valid'],
  '22008': [HttpStatus.BAD_REQUEST, 'A date or time is out of range'],
  '23503': [HttpStatus.CONFLICT, 'This refers to something that does not exist, or is still in use'],
  '23505': [HttpStatus.CONFLICT, 'This already exists'],
};

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      response.status(exception.getStatus()).json(typeof body === 'string' ? { statusCode: exception.getStatus(), message: body } : body);
      return;
    }
    const code = exception instanceof QueryFailedError ? (exception.driverError as { code?: string }).code : undefined;
    const known = code ? CLIENT_ERRORS[code] : undefined;
    if (known) {
      response.status(known[0]).json({ statusCode: known[0], error: HttpStatus[known[0]], message: known[1] });
      return;
    }
    const status = (exception as { status?: number; type?: string }).status;
    if (status && status >= 400 && status < 500) {
      // body-parser errors (malformed JSON, payload too large) arrive as plain errors with a status.
      response.status(status).json({ statusCode: status, error: HttpStatus[status], message: (exception as Error).message });
      return;
    }
    this.logger.error({ msg: 'unhandled error', error: String(exception), stack: (exception as Error)?.stack });
    response.status(500).json({ statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on our side; it has been logged' });
  }
}
