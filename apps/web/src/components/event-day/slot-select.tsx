import { NativeSelect } from '@mantine/core';
import type { DaySlot } from '../../api-types';
import type { DayLabels } from './day-helpers';

interface Props {
  label: string;
  slots: DaySlot[];
  value: string;
  onChange: (slotId: string) => void;
  labels: DayLabels;
  /** A first option with an empty value, e.g. "Now and next". */
  emptyOption?: string;
  maw?: number;
}

/** Slots by start time, named "10:20–10:40 · Morning". */
export function SlotSelect({ label, slots, value, onChange, labels, emptyOption, maw = 320 }: Props) {
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[...(emptyOption !== undefined ? [{ value: '', label: emptyOption }] : []), ...slots.map((slot) => ({ value: slot.id, label: labels.slotLabel(slot) }))]}
      maw={maw}
    />
  );
}
