import PDFDocument from 'pdfkit';
import { toStandardFontText } from './standard-font-text.helper';

export type Pdf = PDFKit.PDFDocument;

export const FONT = 'Helvetica';
export const FONT_BOLD = 'Helvetica-Bold';
export const TEXT_COLOUR = '#111111';
export const MUTED_COLOUR = '#666666';
export const LINK_COLOUR = '#1a55b0';

const MARGINS = { top: 50, left: 50, right: 50, bottom: 60 };

export interface PageFooter {
  text: string;
  /** Pages with the same group are numbered together ('Page 2 of 3' of one participant's programme). */
  group: string;
  pageLabel: (page: number, pages: number) => string;
}

export interface PdfWriter {
  doc: Pdf;
  /** Starts a page; pages that pdfkit or the table drawer add on overflow inherit this footer. */
  newPage(footer: PageFooter): void;
  /** Draws the footers (page totals are only known now) and returns the finished file. */
  finish(): Promise<Buffer>;
}

export function createPdfWriter(info: { title: string; language: string }): PdfWriter {
  const doc: Pdf = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    // Buffered so that footers with page totals can be written once everything is laid out.
    bufferPages: true,
    autoFirstPage: false,
    lang: info.language,
    info: { Title: toStandardFontText(info.title), Creator: 'Clustermeet' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const footers: PageFooter[] = [];
  let current: PageFooter | null = null;
  doc.on('pageAdded', () => {
    if (current) footers.push(current);
    doc.font(FONT).fillColor(TEXT_COLOUR);
  });

  return {
    doc,
    newPage(footer) {
      current = footer;
      doc.addPage();
    },
    finish() {
      if (footers.length === 0) {
        // A PDF without pages is rejected by most viewers; an empty print pack still gets one.
        current = { text: '', group: '', pageLabel: () => '' };
        doc.addPage();
      }
      drawFooters(doc, footers);
      doc.end();
      return done;
    },
  };
}

function drawFooters(doc: Pdf, footers: PageFooter[]): void {
  const totals = new Map<string, number>();
  for (const f of footers) totals.set(f.group, (totals.get(f.group) ?? 0) + 1);
  const seen = new Map<string, number>();
  const range = doc.bufferedPageRange();
  footers.forEach((footer, i) => {
    doc.switchToPage(range.start + i);
    const number = (seen.get(footer.group) ?? 0) + 1;
    seen.set(footer.group, number);
    const page = doc.page;
    const y = page.height - page.margins.bottom + 25;
    // Text below the bottom margin would make pdfkit start a new page instead of drawing it.
    const bottom = page.margins.bottom;
    page.margins.bottom = 0;
    doc.font(FONT).fontSize(8).fillColor(MUTED_COLOUR);
    doc.text(toStandardFontText(footer.text), page.margins.left, y, { lineBreak: false });
    const label = toStandardFontText(footer.pageLabel(number, totals.get(footer.group) ?? number));
    doc.text(label, page.width - page.margins.right - doc.widthOfString(label), y, { lineBreak: false });
    page.margins.bottom = bottom;
  });
}

export function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function contentBottom(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Moves to a new page unless `height` more points fit on this one; true when it did. */
export function ensureSpace(doc: Pdf, height: number): boolean {
  if (doc.y + height <= contentBottom(doc)) return false;
  doc.addPage();
  return true;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  muted?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Space after the paragraph. */
  gap?: number;
}

/** Writes a full-width paragraph at the cursor, in the standard font's character set. */
export function writeLine(doc: Pdf, text: string, style: TextStyle): void {
  doc
    .font(style.bold ? FONT_BOLD : FONT)
    .fontSize(style.size)
    .fillColor(style.muted ? MUTED_COLOUR : TEXT_COLOUR)
    .text(toStandardFontText(text), doc.page.margins.left, doc.y, { width: contentWidth(doc), align: style.align ?? 'left' });
  if (style.gap) doc.y += style.gap;
  doc.fillColor(TEXT_COLOUR);
}

/** Height `writeLine` would take, to keep a heading on the same page as what follows it. */
export function lineHeight(doc: Pdf, text: string, style: TextStyle): number {
  doc.font(style.bold ? FONT_BOLD : FONT).fontSize(style.size);
  return doc.heightOfString(toStandardFontText(text), { width: contentWidth(doc) }) + (style.gap ?? 0);
}
