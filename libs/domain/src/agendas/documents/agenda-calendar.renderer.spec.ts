import ICAL from 'ical.js';
import { renderAgendaCalendar } from './agenda-calendar.renderer';
import { agenda, meeting, partner } from './test-helpers';

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
  return { calendar, events, byUid };
}

function prop(component: ICAL.Component, name: string): string {
  return String(component.getFirstPropertyValue(name));
}

describe('renderAgendaCalendar', () => {
  it('publishes scheduled meetings with stable UIDs, sequences and UTC times', () => {
    const { calendar, events, byUid } = parse(renderAgendaCalendar(agenda(), { method: 'PUBLISH' }));

    expect(prop(calendar, 'method')).toBe('PUBLISH');
    expect(prop(calendar, 'x-wr-calname')).toBe('Nordic Cleantech Matchmaking 2026');
    expect(prop(calendar, 'prodid')).toBe('-//Clustermeet//Agenda//EN');
    expect([...byUid.keys()]).toEqual(['m-1@clustermeet', 'm-2@clustermeet']);

    const first = byUid.get('m-1@clustermeet')!;
    const start = first.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(start.toJSDate().toISOString()).toBe('2026-05-12T08:00:00.000Z');
    expect((first.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString()).toBe('2026-05-12T08:20:00.000Z');
    expect(first.getFirstPropertyValue('sequence')).toBe(0);
    expect(prop(first, 'status')).toBe('CONFIRMED');
    expect(prop(first, 'summary')).toBe('Meeting: Wrocław Wind Sp. z o.o.');
    expect(prop(first, 'location')).toBe('Table 12, Bella Center, København');
    expect(prop(first, 'url')).toBe('https://clustermeet.example/p/zoe');
    const description = prop(first, 'description');
    expect(description).toContain('Zoë Łukasiewicz, Wrocław Wind Sp. z o.o. (Poland)');
    expect(description).toContain('https://clustermeet.example/p/zoe');

    const online = byUid.get('m-2@clustermeet')!;
    expect(prop(online, 'location')).toBe('https://meet.example/abc');
    expect(prop(online, 'url')).toBe('https://meet.example/abc');
    expect(events).toHaveLength(2);
  });

  it('keeps the UID of a moved meeting and carries its new sequence', () => {
    const before = agenda({ meetings: [meeting('m-1', 0)] });
    const after = agenda({ meetings: [meeting('m-1', 90, { sequence: 2, place: { label: 'Table 4', number: 4, kind: 'table' } })] });
    const a = parse(renderAgendaCalendar(before, { method: 'REQUEST' })).events[0];
    const b = parse(renderAgendaCalendar(after, { method: 'REQUEST' })).events[0];

    expect(prop(a, 'uid')).toBe('m-1@clustermeet');
    expect(prop(b, 'uid')).toBe(prop(a, 'uid'));
    expect(b.getFirstPropertyValue('sequence')).toBe(2);
    expect((b.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2026-05-12T09:30:00.000Z');
    expect(prop(b, 'location')).toBe('Table 4, Bella Center, København');
  });

  it('cancels only the cancelled meetings', () => {
    const text = renderAgendaCalendar(agenda(), { method: 'CANCEL' });
    const { calendar, events } = parse(text);

    expect(prop(calendar, 'method')).toBe('CANCEL');
    expect(events).toHaveLength(1);
    expect(prop(events[0], 'uid')).toBe('m-3@clustermeet');
    expect(prop(events[0], 'status')).toBe('CANCELLED');
    expect(text).not.toContain('m-1@clustermeet');
  });

  it('lists cancelled meetings in a feed only when asked, so subscribed clients remove them', () => {
    const without = parse(renderAgendaCalendar(agenda(), { method: 'PUBLISH' }));
    expect(without.byUid.has('m-3@clustermeet')).toBe(false);

    const withCancelled = parse(renderAgendaCalendar(agenda(), { method: 'PUBLISH', includeCancelled: true }));
    expect([...withCancelled.byUid.keys()]).toEqual(['m-1@clustermeet', 'm-2@clustermeet', 'm-3@clustermeet']);
    expect(prop(withCancelled.byUid.get('m-3@clustermeet')!, 'status')).toBe('CANCELLED');
    expect(prop(withCancelled.byUid.get('m-1@clustermeet')!, 'status')).toBe('CONFIRMED');
  });

  it('names every partner organisation once and honours a custom product id', () => {
    const twoPartners = meeting('m-1', 0, {
      partners: [partner(), partner({ name: 'Second Person' }), partner({ name: 'Ida Holm', organisation: 'Aarhus Hydrogen A/S', country: 'DK' })],
    });
    const text = renderAgendaCalendar(agenda({ meetings: [twoPartners], language: 'da' }), { method: 'PUBLISH', productId: '-//Acme//Feed//DA' });
    const { calendar, events } = parse(text);

    expect(prop(calendar, 'prodid')).toBe('-//Acme//Feed//DA');
    expect(prop(events[0], 'summary')).toBe('Møde: Wrocław Wind Sp. z o.o., Aarhus Hydrogen A/S');
    expect(prop(events[0], 'description')).toContain('Ida Holm, Aarhus Hydrogen A/S (Danmark)');
  });

  it('renders the same text twice apart from DTSTAMP', () => {
    const strip = (text: string) => text.replace(/^DTSTAMP:.*$/gm, '');
    expect(strip(renderAgendaCalendar(agenda(), { method: 'PUBLISH' }))).toBe(strip(renderAgendaCalendar(agenda(), { method: 'PUBLISH' })));
  });
});
