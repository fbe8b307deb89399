import { toStandardFontText } from './standard-font-text.helper';

describe('toStandardFontText', () => {
  it('keeps what WinAnsi Helvetica can print, Danish letters and Latin-1 accents included', () => {
    expect(toStandardFontText('Søren Ærø, Ålborg – Hélène Müller · Straße €')).toBe('Søren Ærø, Ålborg – Hélène Müller · Straße €');
  });

  it('falls back to the closest letters for the rest, keeping the accents WinAnsi has', () => {
    expect(toStandardFontText('Łukasiewicz, Wrocław, Đorđe, Dvořák, Şahin, Kőrösi')).toBe('Lukasiewicz, Wroclaw, Dorde, Dvorák, Sahin, Korösi');
  });

  it('joins decomposed accents instead of dropping them', () => {
    expect(toStandardFontText('He\u0301le\u0300ne')).toBe('Hélène');
  });

  it('turns unusual spaces into spaces and marks unprintable scripts', () => {
    expect(toStandardFontText('10:00\u202FAM\u200B')).toBe('10:00 AM');
    expect(toStandardFontText('Ωmega 東京')).toBe('?mega ??');
  });
});
