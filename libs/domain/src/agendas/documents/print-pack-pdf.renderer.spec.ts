import { PrintPack, TableSign } from './agenda-document.types';
import { renderPrintPackPdf } from './print-pack-pdf.renderer';
import { EVENT, agenda, meeting, partner, pdfPageCount, pdfPages } from './test-helpers';

const at = (minutesAfter8Utc: number) => new Date(Date.UTC(2026, 4, 12, 8, minutesAfter8Utc));
const slot = (minutes: number) => ({ startsAt: at(minutes), endsAt: at(minutes + 20) });

function pack(overrides: Partial<PrintPack> = {}): PrintPack {
  const soren = { name: 'Søren Ærø', organisation: 'Ålborg Energi ApS' };
  const zoe = { name: 'Zoë Łukasiewicz', organisation: 'Wrocław Wind Sp. z o.o.' };
  const ida = { name: 'Ida Holm', organisation: 'Aarhus Hydrogen A/S' };
  const tomas = { name: 'Tomás Ortega', organisation: 'Bilbao Ports SL' };
  return {
    event: EVENT,
    version: 5,
    language: 'en',
    generatedAt: new Date(Date.UTC(2026, 4, 10, 12, 0)),
    programmes: [
      agenda(),
      agenda({
        participant: { id: 'participant-2', name: 'Ida Holm', organisation: 'Aarhus Hydrogen A/S' },
        language: 'da',
        meetings: [meeting('m-5', 30, { place: { label: 'Table 7', number: 7, kind: 'table' }, partners: [partner({ name: 'Tomás Ortega', organisation: 'Bilbao Ports SL', country: 'ES' })] })],
      }),
    ],
    tableSigns: [
      { place: { label: 'Table 12', number: 12, kind: 'table' }, slots: [{ ...slot(0), meeting: { participants: [soren, zoe] } }, { ...slot(30), meeting: null }] },
      { place: { label: 'Table 7', number: 7, kind: 'table' }, slots: [{ ...slot(0), meeting: null }, { ...slot(30), meeting: { participants: [ida, tomas] } }] },
      { place: { label: 'Booth of Nordic Wind', number: null, kind: 'booth' }, slots: [{ ...slot(0), meeting: null }, { ...slot(30), meeting: null }] },
    ],
    deskLists: [
      { ...slot(0), meetings: [{ place: { label: 'Table 12', number: 12, kind: 'table' }, participants: [soren, zoe] }] },
      {
        ...slot(30),
        meetings: [
          { place: { label: 'Table 7', number: 7, kind: 'table' }, participants: [ida, tomas] },
          { place: null, participants: [soren, { name: 'Hélène Müller', organisation: 'Lyon Medtech SAS' }] },
        ],
      },
    ],
    ...overrides,
  };
}

describe('renderPrintPackPdf', () => {
  it('puts programmes first, then one sign per table, then one desk list per slot', async () => {
    const pdf = await renderPrintPackPdf(pack());
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(7);
    expect(pdfPageCount(pdf)).toBe(7);

    // Each programme in its participant's language, with its own page numbering.
    expect(pages[0]).toContain('Søren Ærø');
    expect(pages[0]).toContain('10:00–10:20');
    expect(pages[0]).toContain('Zoë Lukasiewicz');
    expect(pages[0]).not.toContain('Cancelled Person');
    expect(pages[0]).toContain('Schedule version 3');
    expect(pages[1]).toContain('Personlig mødeplan');
    expect(pages[1]).toContain('Ida Holm');
    expect(pages[1]).toContain('Tomás Ortega');
    expect(pages[1]).toContain('Side 1 af 1');

    expect(pages[2]).toMatch(/^\s*12\s*$/m);
    expect(pages[2]).toContain('Table 12');
    expect(pages[2]).toMatch(/10:00–10:20\s+Søren Ærø, Ålborg Energi ApS/);
    expect(pages[2]).toContain('Zoë Lukasiewicz, Wroclaw Wind Sp. z o.o.');
    expect(pages[2]).toMatch(/10:30–10:50\s+free/);
    expect(pages[2]).toContain('Schedule version 5 · generated 2026-05-10 14:00');
    expect(pages[3]).toContain('Table 7');
    expect(pages[3]).toMatch(/10:00–10:20\s+free/);
    expect(pages[3]).toMatch(/10:30–10:50\s+Ida Holm, Aarhus Hydrogen A\/S/);
    expect(pages[4]).toContain('Booth of Nordic Wind');

    expect(pages[5]).toContain('Information desk');
    expect(pages[5]).toContain('Tuesday, 12 May 2026 · 10:00–10:20');
    expect(pages[5]).toMatch(/Table 12\s+Søren Ærø, Ålborg Energi ApS/);
    expect(pages[6]).toContain('10:30–10:50');
    expect(pages[6]).toMatch(/Table 7\s+Ida Holm, Aarhus Hydrogen A\/S/);
    expect(pages[6]).toMatch(/Online\s+Søren Ærø, Ålborg Energi ApS/);
    expect(pages[6]).toContain('Hélène Müller, Lyon Medtech SAS');
  });

  it('prints signs and desk lists in the pack language', async () => {
    const pages = pdfPages(await renderPrintPackPdf(pack({ language: 'da', programmes: [] })));
    expect(pages[0]).toMatch(/10:30–10:50\s+ledig/);
    expect(pages[0]).toContain('Møder ved dette bord');
    expect(pages[3]).toContain('Informationsskranke');
    expect(pages[3]).toContain('Tirsdag den 12. maj 2026 · 10:00–10:20');
    expect(pages[3]).toContain('Planversion 5');
  });

  it('breaks long programmes, signs and desk lists over pages', async () => {
    const people = Array.from({ length: 60 }, (_, i) => ({ name: `Person ${i + 1}`, organisation: `Organisation ${i + 1}` }));
    const longSign: TableSign = {
      place: { label: 'Table 1', number: 1, kind: 'table' },
      slots: Array.from({ length: 30 }, (_, i) => ({ ...slot(i * 25), meeting: { participants: people.slice(i, i + 2) } })),
    };
    const longDesk = { ...slot(0), meetings: people.map((p, i) => ({ place: { label: `Table ${i + 1}`, number: i + 1, kind: 'table' as const }, participants: [p] })) };
    const longProgramme = agenda({ meetings: Array.from({ length: 40 }, (_, i) => meeting(`m-${i}`, i * 25)) });

    const pdf = await renderPrintPackPdf(pack({ programmes: [longProgramme], tableSigns: [longSign], deskLists: [longDesk] }));
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(6);
    const signPages = pages.filter((p) => p.includes('Table 1 (continued)') || /^\s*1\s*$/m.test(p));
    expect(signPages.length).toBeGreaterThanOrEqual(2);
    const deskPages = pages.filter((p) => p.includes('Information desk'));
    expect(deskPages.length).toBeGreaterThanOrEqual(2);
    expect(deskPages[1]).toContain('(continued)');
    expect(deskPages.join('\n')).toMatch(/Table 60\s+Person 60, Organisation 60/);
    expect(pages[0]).toContain(`Page 1 of ${pages.findIndex((p) => /^\s*1\s*$/m.test(p))}`);
  });

  it('still produces a valid file for an empty pack', async () => {
    const pdf = await renderPrintPackPdf(pack({ programmes: [], tableSigns: [], deskLists: [] }));
    expect(pdfPageCount(pdf)).toBe(1);
  });
});
