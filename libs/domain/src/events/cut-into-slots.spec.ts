import { cutIntoSlots } from './session.service';

const at = (time: string) => new Date(`2027-05-11T${time}:00Z`);
const times = (slots: { startsAt: Date; endsAt: Date }[]) => slots.map((slot) => `${slot.startsAt.toISOString().slice(11, 16)}-${slot.endsAt.toISOString().slice(11, 16)}`);

describe('cutIntoSlots', () => {
  it('cuts back-to-back slots when there is no pause', () => {
    expect(times(cutIntoSlots(at('09:00'), at('10:00'), 20, 0))).toEqual(['09:00-09:20', '09:20-09:40', '09:40-10:00']);
  });

  it('leaves the pause between slots and drops a last slot that would not fit', () => {
    expect(times(cutIntoSlots(at('09:00'), at('10:30'), 25, 5))).toEqual(['09:00-09:25', '09:30-09:55', '10:00-10:25']);
  });

  it('returns no slot when the session is shorter than one slot', () => {
    expect(cutIntoSlots(at('09:00'), at('09:15'), 20, 0)).toEqual([]);
  });
});
