// `report --db FILE --scenario NAME [--scenario NAME …] --out FILE.html`: the printable plan
// (issue 12.4) as one self-contained HTML file — styles and SVG charts inline, print CSS with
// A4, the municipality and date on every page and page numbers — that a browser prints to PDF.
// The same React components render the app's report page.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ReportDocument } from '../../renderer/src/report/ReportDocument';
import { MAX_EXPORT_SCENARIOS } from '../contract/export';
import { resolveScenarios } from '../export/service';
import { openForReading } from '../register/db';
import type { Clock } from '../register/session';
import type { ReportModel } from '../report/model';
import { pageMarginCss } from '../report/print';
import { reportModelOf } from '../report/service';

export class ReportUsageError extends Error {}

export interface ReportOptions {
  db: string;
  scenarios: string[];
  out: string;
}

const REPORT_CSS = join(__dirname, '../../renderer/src/report/report.css');

const escapeHtml = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The whole document: the report's markup, its stylesheet and the page margin boxes. */
export function reportHtml(model: ReportModel): string {
  const css = readFileSync(REPORT_CSS, 'utf8');
  const body = renderToStaticMarkup(createElement(ReportDocument, { model }));
  const title = `${model.title} – ${model.municipality}`;
  return (
    '<!doctype html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(title)}</title>\n` +
    `<style>\n${css}\n@media print {\n${pageMarginCss(model)}\n}\n` +
    'body { margin: 0; background: #fff; }\n</style>\n</head>\n<body>\n' +
    `${body}\n</body>\n</html>\n`
  );
}

/** Writes the file; returns what the CLI prints. Throws AppError for bad input. */
export function writeReport(options: ReportOptions, clock: Clock) {
  if (options.scenarios.length === 0) throw new ReportUsageError('Mangler --scenario.');
  if (options.scenarios.length > MAX_EXPORT_SCENARIOS) {
    throw new ReportUsageError(`Oppgi høyst ${MAX_EXPORT_SCENARIOS} scenarioer.`);
  }
  if (!/\.html?$/i.test(options.out)) throw new ReportUsageError('--out må være en .html-fil.');
  const reader = openForReading(resolve(options.db));
  try {
    const today = clock.today();
    const scenarios = resolveScenarios(
      reader.db,
      options.scenarios.map((name) => ({ name })),
      today,
    );
    const model = reportModelOf(reader.db, scenarios, today);
    const html = reportHtml(model);
    const path = resolve(options.out);
    // Write beside the target, then rename: a failed run leaves no half-written file.
    const tmp = `${path}.tmp`;
    writeFileSync(tmp, html, 'utf8');
    renameSync(tmp, path);
    return {
      ok: true,
      path,
      municipality: model.municipality,
      date: model.date,
      scenarios: model.scenarios.map((s) => ({
        name: s.name,
        period: s.period,
        coverageEnd: s.coverageEnd,
        npv: s.npv,
        warnings: s.warnings.length,
      })),
    };
  } finally {
    reader.close();
  }
}
