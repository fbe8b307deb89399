import { zonedTime } from './zoned-time';

describe('zonedTime', () => {
  it('uses summer time in Copenhagen in May and winter time in January', () => {
    expect(zonedTime('2027-05-11', '09:00', 'Europe/Copenhagen').toISOString()).toBe('2027-05-11T07:00:00.000Z');
    expect(zonedTime('2027-01-11', '09:00', 'Europe/Copenhagen').toISOString()).toBe('2027-01-11T08:00:00.000Z');
  });
});
