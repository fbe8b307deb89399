import { Worker } from 'node:worker_threads';
import { solveParallel } from '@clustermeet/scheduler/parallel';
import { checkResult } from './check-result';
import type { SearchProgress } from './search';
import { InvalidInstanceError } from './solve';
import { ProgressMerger } from './solve-parallel';
import { makeInstance } from './test-helpers';

jest.mock('node:worker_threads', () => {
  const actual = jest.requireActual<typeof import('node:worker_threads')>('node:worker_threads');
  return {
    ...actual,
    Worker: jest.fn(() => {
      throw new Error('a worker thread cannot load TypeScript source');
    }),
  };
});

const progress = (scheduled: number, breaks: number, iterations: number): SearchProgress => ({
  phase: 'anneal',
  elapsedMs: 0,
  scheduled,
  breaks,
  iterations,
});

describe('solveParallel', () => {
  it('runs inline on the main thread when loaded from TypeScript, passing progress through', async () => {
    const inst = makeInstance({
      slots: 4,
      tables: 1,
      meetings: ['A-B', 'B-C', 'C-D', 'D-A'],
      settings: { requireAll: true },
    });
    const seen: SearchProgress[] = [];
    const res = await solveParallel(inst, { workers: 2, maxIterations: 20_000, onProgress: (p) => seen.push(p) });
    expect(Worker).not.toHaveBeenCalled();
    expect(checkResult(inst, res)).toEqual([]);
    expect(res.metrics.scheduled).toBe(4);
    expect(res.metrics.breaks).toBe(1);
    expect(seen.map((p) => p.phase)).toContain('construct');
    expect(seen[seen.length - 1]).toMatchObject({ phase: 'done', scheduled: 4, breaks: 1 });
  });

  it('refuses an invalid instance with the same error as solve()', async () => {
    const inst = makeInstance({ slots: 2, meetings: ['A-B'] });
    const broken = { ...inst, meetings: [{ id: 'm1', participants: ['A', 'nobody'] }] };
    await expect(solveParallel(broken, { workers: 2 })).rejects.toThrow(InvalidInstanceError);
    await expect(solveParallel(broken, { workers: 2 })).rejects.toThrow(/nobody/);
    expect(Worker).not.toHaveBeenCalled();
  });
});

describe('ProgressMerger', () => {
  it('reports the best over the workers: most placed, then fewest breaks, iterations summed', () => {
    const merger = new ProgressMerger(2);
    expect(merger.update(0, progress(10, 5, 100))).toMatchObject({ scheduled: 10, breaks: 5, iterations: 100 });
    expect(merger.update(1, progress(11, 9, 50))).toMatchObject({ scheduled: 11, breaks: 9, iterations: 150 });
    expect(merger.update(0, progress(11, 4, 300))).toMatchObject({ scheduled: 11, breaks: 4, iterations: 350 });
  });

  it("keeps a worker's best when its current state gets worse", () => {
    const merger = new ProgressMerger(2);
    merger.update(0, progress(10, 2, 100));
    merger.update(1, progress(10, 6, 100));
    expect(merger.update(0, progress(9, 8, 200))).toMatchObject({ scheduled: 10, breaks: 2, iterations: 300 });
  });
});
