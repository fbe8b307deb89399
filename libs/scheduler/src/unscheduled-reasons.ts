import { TableKind } from './model';
import { ScheduleState } from './state';

/** Explains, in organiser terms, why meeting m ended up without a slot in the final schedule. */
export function explainUnscheduled(st: ScheduleState, m: number): string {
  const md = st.md;
  const fixed = st.fixedReason.get(m);
  if (md.staticReason[m] !== null) return md.staticReason[m]!;
  if (fixed) return fixed;
  const capped: string[] = [];
  for (let k = md.mStart[m]; k < md.mStart[m + 1]; k++) {
    const p = md.mPart[k];
    if (st.count[p] >= md.cap[p]) capped.push(`participant ${md.partIds[p]} reached their meeting cap (${md.cap[p]})`);
  }
  if (capped.length > 0) return capped.join('; ');
  return describeBlockedSlots(st, m);
}

function describeBlockedSlots(st: ScheduleState, m: number): string {
  const md = st.md;
  const nParts = md.mStart[m + 1] - md.mStart[m];
  const busy = new Int32Array(nParts);
  let tableFull = 0;
  let open = 0;
  const n = md.aStart[m + 1] - md.aStart[m];
  for (let k = md.aStart[m]; k < md.aStart[m + 1]; k++) {
    const s = md.aSlot[k];
    let blocked = false;
    for (let i = 0; i < nParts; i++) {
      if (st.occ[md.mPart[md.mStart[m] + i] * md.S + s] !== 0) {
        busy[i]++;
        blocked = true;
      }
    }
    if (blocked) continue;
    if (!st.tableOk(m, s)) tableFull++;
    else open++;
  }
  if (open > 0) return 'left out by the optimiser although a slot is free (time limit reached)';
  const place = md.kind[m] === TableKind.Booth ? 'the booth is taken' : 'all tables taken';
  const slots = n === 1 ? 'its only common free slot' : `all ${n} common free slots`;
  if (tableFull === n) return `${place} in ${slots}`;
  const who = (i: number) => md.partIds[md.mPart[md.mStart[m] + i]];
  const full: string[] = [];
  for (let i = 0; i < nParts; i++) if (busy[i] === n) full.push(who(i));
  if (full.length > 0) return `${full.join(' and ')} ${full.length > 1 ? 'are' : 'is'} fully booked in ${slots}`;
  const parts: string[] = [];
  for (let i = 0; i < nParts; i++) if (busy[i] > 0) parts.push(`${who(i)} busy in ${busy[i]}`);
  if (tableFull > 0) parts.push(`${place} in ${tableFull}`);
  return `every one of ${slots} is taken: ${parts.join(', ')}`;
}
