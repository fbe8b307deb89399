/** Entry for platform code that solves on worker threads: `@clustermeet/scheduler/parallel`. */
export { solveParallel, better } from './solve-parallel';
export type { ParallelOptions } from './solve-parallel';
