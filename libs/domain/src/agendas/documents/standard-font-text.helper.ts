/**
 * The PDFs use pdfkit's built-in Helvetica, which only encodes WinAnsi (Windows-1252): anything
 * outside it prints as garbage, so names are reduced to the closest WinAnsi spelling first.
 */

/** Windows-1252 0x80–0x9F: the printable characters it adds on top of Latin-1. */
const WIN_ANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Letters that have no decomposition to a base letter plus accents, so NFD cannot help. */
const FALLBACKS: Record<string, string> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŀ: 'l', Ŀ: 'L', ŧ: 't', Ŧ: 'T',
  ŋ: 'ng', Ŋ: 'NG', ĸ: 'k', ſ: 's', ĳ: 'ij', Ĳ: 'IJ', ŉ: "'n", ə: 'e', Ə: 'E', ƒ: 'f',
  ẞ: 'SS', 'ǆ': 'dz', 'ǅ': 'Dz', 'Ǆ': 'DZ', 'ǉ': 'lj', 'ǈ': 'Lj', 'Ǉ': 'LJ', 'ǌ': 'nj', 'ǋ': 'Nj', 'Ǌ': 'NJ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u2015': '—',
  '\u2032': "'", '\u2033': '"', '\u201B': "'", '\u201F': '"', '\u2039': '‹', '\u203A': '›',
  // Intl output and pasted names use these spaces; the font has none of them.
  '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ', '\u2006': ' ', '\u2007': ' ',
  '\u2008': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u205F': ' ', '\u3000': ' ',
  '\u200B': '', '\u200C': '', '\u200D': '', '\u2060': '', '\uFEFF': '',
  '\t': ' ', '\r': '',
};

const UNKNOWN = '?';

function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x0a) return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return WIN_ANSI_EXTRAS.includes(ch);
}

function fallback(ch: string): string {
  const mapped = FALLBACKS[ch];
  if (mapped !== undefined) return mapped;
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
  if (base.length > 0 && [...base].every(isWinAnsi)) return base;
  return UNKNOWN;
}

/** The closest spelling of `text` that Helvetica (WinAnsi) can print: 'Łódź' → 'Lodz', 'Ærø' stays. */
export function toStandardFontText(text: string): string {
  let out = '';
  // NFC first so that an 'e' followed by a combining acute prints as the WinAnsi 'é', not 'e'.
  for (const ch of text.normalize('NFC')) out += isWinAnsi(ch) ? ch : fallback(ch);
  return out;
}
