import highsLoader from 'highs';
import { buildModel, checkResult, solve } from '../../libs/scheduler/src';
import type { Model } from '../../libs/scheduler/src/model';
import { generateEvent } from './generator';

/**
 * Exact maximum placed weight by MIP (HiGHS) on small generated events, next to our solver's
 * weight and certified bound. Booth constraints are implied here: every generated booth has a
 * single owner, who attends at most one meeting per slot.
 */
const CASES = [
  { participants: 60, meetings: 220, seed: 1 },
  { participants: 80, meetings: 320, seed: 2 },
  { participants: 100, meetings: 420, seed: 3 },
  { participants: 120, meetings: 520, seed: 4 },
  { participants: 150, meetings: 650, seed: 5 },
];

function lpFormat(md: Model): string {
  const v = (m: number, s: number) => `x${m}_${s}`;
  const obj: string[] = [];
  const rows: string[] = [];
  const bins: string[] = [];
  const bySlotPart = new Map<number, string[]>();
  const byPart = new Map<number, string[]>();
  const byTable = new Map<number, string[]>();
  for (let m = 0; m < md.M; m++) {
    if (md.staticReason[m] !== null) continue;
    const vars: string[] = [];
    for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) {
      const s = md.aSlot[k];
      const x = v(m, s);
      vars.push(x);
      bins.push(x);
      obj.push(`${md.weight[m]} ${x}`);
      for (let j = md.mStart[m]; j < md.mStart[m + 1]; j++) {
        const p = md.mPart[j];
        const key = p * md.S + s;
        if (!bySlotPart.has(key)) bySlotPart.set(key, []);
        bySlotPart.get(key)!.push(x);
        if (!byPart.has(p)) byPart.set(p, []);
        byPart.get(p)!.push(x);
      }
      if (md.kind[m] === 1) {
        for (let c = 0; c <= md.mClass[m]; c++) {
          const key = s * md.K + c;
          if (!byTable.has(key)) byTable.set(key, []);
          byTable.get(key)!.push(x);
        }
      }
    }
    if (vars.length > 1) rows.push(`${vars.join(' + ')} <= 1`);
  }
  for (const xs of bySlotPart.values()) if (xs.length > 1) rows.push(`${xs.join(' + ')} <= 1`);
  for (const [p, xs] of byPart) if (md.cap[p] < xs.length) rows.push(`${xs.join(' + ')} <= ${md.cap[p]}`);
  for (const [key, xs] of byTable) if (md.availGe[key] < xs.length) rows.push(`${xs.join(' + ')} <= ${md.availGe[key]}`);
  return [
    'Maximize',
    ` obj: ${obj.join(' + ')}`,
    'Subject To',
    ...rows.map((r, i) => ` c${i}: ${r}`),
    'Binary',
    ...bins.map((b) => ` ${b}`),
    'End',
  ].join('\n');
}

async function main(): Promise<void> {
  const highs = await highsLoader();
  console.log('participants meetings | ours weight  (s)  | MIP weight status        (s) | bound | ours/MIP');
  for (const c of CASES) {
    const inst = generateEvent({ ...c, slotsPerDay: 8, tableSlack: 0.9 });
    const res = solve(inst, { seed: 1, timeLimitMs: 5000 });
    const bad = checkResult(inst, res).length;
    const t0 = performance.now();
    const sol = highs.solve(lpFormat(buildModel(inst)), {
      time_limit: 120,
      mip_rel_gap: 0,
      output_flag: false,
    });
    const mipS = (performance.now() - t0) / 1000;
    const exact = sol.ObjectiveValue;
    console.log(
      `${String(c.participants).padStart(12)} ${String(c.meetings).padStart(8)} | ${String(res.metrics.weightScheduled).padStart(11)} ${(res.metrics.solveMs / 1000).toFixed(1).padStart(4)} | ` +
        `${String(Math.round(exact)).padStart(10)} ${sol.Status.padEnd(13)} ${mipS.toFixed(1).padStart(5)} | ${String(res.metrics.weightUpperBound).padStart(5)} | ` +
        `${((100 * res.metrics.weightScheduled) / exact).toFixed(2)}%${bad ? ` (${bad} violations)` : ''}`,
    );
  }
}

void main();
