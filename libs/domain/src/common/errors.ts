import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';

export const notFound = (what: string) => new NotFoundException(`${what} not found`);
export const forbidden = (why: string) => new ForbiddenException(why);
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new ConflictException({ statusCode: 409, error: 'Conflict', message, ...extra });

/** Postgres unique_violation: the database, not a prior SELECT, decides who was first. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { driverError?: { code?: string }; code?: string }).driverError?.code === '23505';
