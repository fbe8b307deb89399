export * from './schedule-instance';
export { solve, InvalidInstanceError } from './solve';
export type { SolveOptions, SearchProgress } from './solve';
export { checkResult } from './check-result';
export type { Violation } from './check-result';
export { weightUpperBound } from './upper-bound';
export { buildModel } from './model';
