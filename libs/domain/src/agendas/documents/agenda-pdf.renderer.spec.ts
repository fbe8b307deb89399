import { renderAgendaPdf } from './agenda-pdf.renderer';
import { agenda, meeting, partner, pdfPageCount, pdfPages, pdfText } from './test-helpers';

describe('renderAgendaPdf', () => {
  it('prints the participant, the event and each scheduled meeting in the event zone', async () => {
    const pdf = await renderAgendaPdf(agenda());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);

    expect(text).toContain('Nordic Cleantech Matchmaking 2026');
    expect(text).toContain('Bella Center, København');
    expect(text).toContain('Søren Ærø');
    expect(text).toContain('Ålborg Energi ApS');
    expect(text).toContain('Tuesday, 12 May 2026');
    // 08:00Z is 10:00 in Copenhagen in May (CEST).
    expect(text).toContain('10:00–10:20');
    expect(text).toContain('10:30–10:50');
    expect(text).toContain('Table 12');
    expect(text).toContain('Zoë Lukasiewicz');
    expect(text).toContain('Wroclaw Wind Sp. z o.o., Poland');
    expect(text).toContain('Hélène Müller');
    expect(text).toContain('Lyon Medtech SAS, France');
    expect(text).toContain('https://clustermeet.example/p/zoe');
    expect(text).toContain('Online');
    expect(text).toContain('https://meet.example/abc');
    expect(text).toContain('Schedule version 3 · generated 2026-05-01 11:30');
    expect(text).toContain('Page 1 of 1');
  });

  it('leaves cancelled meetings out', async () => {
    const text = pdfText(await renderAgendaPdf(agenda()));
    expect(text).not.toContain('Cancelled Person');
    expect(text).not.toContain('Gone GmbH');
    expect(text).not.toContain('Table 7');
    expect(text).not.toContain('11:00');
  });

  it('links partner profiles and video rooms', async () => {
    const pdf = (await renderAgendaPdf(agenda())).toString('latin1');
    expect(pdf).toContain('/URI (https://clustermeet.example/p/zoe)');
    expect(pdf).toContain('/URI (https://clustermeet.example/p/helene)');
    expect(pdf).toContain('/URI (https://meet.example/abc)');
  });

  it('uses Danish labels for a Danish agenda', async () => {
    const participant = { id: 'participant-2', name: 'Bjørn Kærgård', organisation: 'Blåbær æøå ÆØÅ ApS' };
    const text = pdfText(await renderAgendaPdf(agenda({ language: 'da', participant })));
    expect(text).toContain('Personlig mødeplan');
    expect(text).toContain('Tid');
    expect(text).toContain('Sted');
    expect(text).toContain('Møde med');
    expect(text).toContain('Tirsdag den 12. maj 2026');
    expect(text).toContain('Polen');
    expect(text).toContain('Planversion 3 · genereret 2026-05-01 11:30');
    expect(text).toContain('Side 1 af 1');
    expect(text).toContain('Bjørn Kærgård');
    expect(text).toContain('Blåbær æøå ÆØÅ ApS');
  });

  it('says so when nothing is scheduled yet', async () => {
    const text = pdfText(await renderAgendaPdf(agenda({ meetings: [meeting('m-9', 0, { status: 'cancelled' })] })));
    expect(text).toContain('No meetings are scheduled for you yet.');
    expect(text).not.toContain('Table 12');
    const danish = pdfText(await renderAgendaPdf(agenda({ language: 'da', meetings: [] })));
    expect(danish).toContain('Der er endnu ikke planlagt møder for dig.');
  });

  it('splits meetings by local day, not by UTC day', async () => {
    // 22:30Z on 12 May is already 13 May in Copenhagen.
    const late = meeting('m-late', 14 * 60 + 30);
    const text = pdfText(await renderAgendaPdf(agenda({ meetings: [meeting('m-1', 0), late] })));
    expect(text).toContain('Tuesday, 12 May 2026');
    expect(text).toContain('Wednesday, 13 May 2026');
    expect(text).toContain('00:30–00:50');
  });

  it('continues a long agenda over several pages with the header repeated', async () => {
    const meetings = Array.from({ length: 40 }, (_, i) =>
      meeting(`m-${i}`, i * 25, { partners: [partner({ name: `Partner Number ${i + 1}`, organisation: `Organisation ${i + 1}` })] }),
    );
    const pdf = await renderAgendaPdf(agenda({ meetings }));
    const pages = pdfPages(pdf);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBe(pdfPageCount(pdf));
    for (const page of pages) expect(page).toMatch(/Time\s+Place\s+Meeting with/);
    expect(pages[1]).toContain('(continued)');
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
    const all = pages.join('\n');
    for (let i = 1; i <= 40; i++) expect(all).toMatch(new RegExp(`Partner Number ${i}\\b`));
  });
});
