import {
  FONT,
  FONT_BOLD,
  LINK_COLOUR,
  MUTED_COLOUR,
  Pdf,
  TEXT_COLOUR,
  contentBottom,
  contentWidth,
} from './pdf-document.helper';
import { toStandardFontText } from './standard-font-text.helper';

/** One paragraph inside a cell; a cell stacks its runs vertically. */
export interface TextRun {
  text: string;
  bold?: boolean;
  muted?: boolean;
  /** Absolute URL: the run becomes a clickable link annotation. */
  link?: string;
  size?: number;
  /** Extra space above the run, to set apart groups of runs (one per partner) inside a cell. */
  spaceBefore?: number;
}

export type TableCell = TextRun[];

export interface TableLayout {
  /** Widths are fractions of the text width and should add up to 1. */
  columns: Array<{ header: string; width: number }>;
  fontSize: number;
  /** Called after an overflow page break, before the header row is repeated (e.g. a "continued" heading). */
  onPageBreak?: () => void;
}

const PADDING = 4;
const RUN_GAP = 1;
const HEADER_FILL = '#eeeeee';
const RULE_COLOUR = '#cccccc';

function columnWidths(doc: Pdf, layout: TableLayout): number[] {
  const total = contentWidth(doc);
  return layout.columns.map((c) => c.width * total);
}

function useRunFont(doc: Pdf, run: TextRun, layout: TableLayout): void {
  doc.font(run.bold ? FONT_BOLD : FONT).fontSize(run.size ?? layout.fontSize);
}

function rowHeight(doc: Pdf, layout: TableLayout, cells: TableCell[]): number {
  const widths = columnWidths(doc, layout);
  let tallest = 0;
  cells.forEach((cell, i) => {
    let height = 0;
    for (const run of cell) {
      useRunFont(doc, run, layout);
      height += (run.spaceBefore ?? 0) + doc.heightOfString(toStandardFontText(run.text), { width: widths[i] - 2 * PADDING }) + RUN_GAP;
    }
    tallest = Math.max(tallest, height);
  });
  return tallest + 2 * PADDING;
}

function headerCells(layout: TableLayout): TableCell[] {
  return layout.columns.map((c) => [{ text: c.header, bold: true }]);
}

/** Height of the header plus the first row: what must fit below a heading so the heading is not orphaned. */
export function tableStartHeight(doc: Pdf, layout: TableLayout, firstRow: TableCell[] | undefined): number {
  return rowHeight(doc, layout, headerCells(layout)) + (firstRow ? rowHeight(doc, layout, firstRow) : 0);
}

function drawRow(doc: Pdf, layout: TableLayout, cells: TableCell[], height: number, header: boolean): void {
  const widths = columnWidths(doc, layout);
  const left = doc.page.margins.left;
  const top = doc.y;
  if (header) doc.rect(left, top, contentWidth(doc), height).fill(HEADER_FILL);
  let x = left;
  cells.forEach((cell, i) => {
    let y = top + PADDING;
    for (const run of cell) {
      y += run.spaceBefore ?? 0;
      const text = toStandardFontText(run.text);
      const width = widths[i] - 2 * PADDING;
      useRunFont(doc, run, layout);
      doc.fillColor(run.link ? LINK_COLOUR : run.muted ? MUTED_COLOUR : TEXT_COLOUR);
      doc.text(text, x + PADDING, y, { width, link: run.link ?? null, underline: Boolean(run.link) });
      y += doc.heightOfString(text, { width }) + RUN_GAP;
    }
    x += widths[i];
  });
  const bottom = top + height;
  doc.moveTo(left, bottom).lineTo(left + contentWidth(doc), bottom).lineWidth(0.5).strokeColor(RULE_COLOUR).stroke();
  doc.fillColor(TEXT_COLOUR);
  doc.x = left;
  doc.y = bottom;
}

/** Draws a table at the cursor, breaking pages between rows and repeating the header on each page. */
export function drawTable(doc: Pdf, layout: TableLayout, rows: TableCell[][]): void {
  const header = headerCells(layout);
  const headerHeight = rowHeight(doc, layout, header);
  drawRow(doc, layout, header, headerHeight, true);
  for (const row of rows) {
    const height = rowHeight(doc, layout, row);
    if (doc.y + height > contentBottom(doc)) {
      doc.addPage();
      layout.onPageBreak?.();
      drawRow(doc, layout, header, headerHeight, true);
    }
    drawRow(doc, layout, row, height, false);
  }
}
