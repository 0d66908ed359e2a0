// How the report is printed to PDF: A4, the municipality and date in the header of every page,
// page numbers in the footer. Chromium's printToPDF (Electron) and Playwright's page.pdf()
// take these templates; the CLI's HTML file states the same with CSS page margin boxes.
import type { ReportModel } from './model';

const escapeHtml = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface PdfPrintOptions {
  pageSize: 'A4';
  landscape: boolean;
  printBackground: boolean;
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
  /** Millimetres. */
  marginsMm: { top: number; bottom: number; left: number; right: number };
}

const STYLE = 'font-family: sans-serif; font-size: 8pt; color: #333; width: 100%; padding: 0 12mm;';

export function pdfPrintOptions(model: Pick<ReportModel, 'municipality' | 'dateText' | 'title'>) {
  const options: PdfPrintOptions = {
    pageSize: 'A4',
    landscape: false,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate:
      `<div style="${STYLE} display: flex; justify-content: space-between;">` +
      `<span>${escapeHtml(model.municipality)} – ${escapeHtml(model.title)}</span>` +
      `<span>${escapeHtml(model.dateText)}</span></div>`,
    footerTemplate:
      `<div style="${STYLE} text-align: right;">` +
      'Side <span class="pageNumber"></span> av <span class="totalPages"></span></div>',
    marginsMm: { top: 18, bottom: 16, left: 14, right: 14 },
  };
  return options;
}

/** CSS for a document printed without header templates (the CLI's file, a browser's print). */
export function pageMarginCss(model: Pick<ReportModel, 'municipality' | 'dateText' | 'title'>) {
  const cssText = (t: string) => `"${t.replace(/["\\]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;
  return (
    '@page { size: A4; margin: 18mm 14mm 16mm 14mm;' +
    ` @top-left { content: ${cssText(`${model.municipality} – ${model.title}`)}; font: 8pt sans-serif; color: #333; }` +
    ` @top-right { content: ${cssText(model.dateText)}; font: 8pt sans-serif; color: #333; }` +
    ' @bottom-right { content: "Side " counter(page) " av " counter(pages); font: 8pt sans-serif; color: #333; } }'
  );
}
