/**
 * The 审核报告 as a printable page: a whole HTML document for the command line (`--report 审核报告.html`,
 * opened in any browser and printed or saved as PDF), and its body for the pane's print view. Plain HTML and
 * one style sheet, no script; every text is escaped.
 */
import { CATALOG } from '../engine/catalog';
import type { Comparison } from '../engine/compare';
import { residualsByCell, type ReviewedReport } from '../engine/review';
import { comparisonSections, reportMeta, reportRows, type ReportRow } from './report-model';

export interface PageOptions {
  readonly date: Date;
  readonly comparison?: Comparison;
}

const NAMES: ReadonlyMap<string, string> = new Map(CATALOG.map((r) => [r.id, r.name]));

function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Styles scoped to `.budget-report`, so the pane can show the page among its own content. */
export const REPORT_CSS = `
.budget-report { font: 14px/1.5 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: #201f1e; }
.budget-report h1 { font-size: 20px; margin: 0 0 8px; }
.budget-report h2 { font-size: 16px; margin: 18px 0 6px; border-bottom: 1px solid #c8c6c4; }
.budget-report dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.budget-report dt { color: #605e5c; }
.budget-report dd { margin: 0; }
.budget-report table { border-collapse: collapse; width: 100%; }
.budget-report th, .budget-report td { border: 1px solid #c8c6c4; padding: 3px 6px; vertical-align: top; text-align: left; }
.budget-report th { background: #f3f2f1; white-space: nowrap; }
.budget-report td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.budget-report td.cell { white-space: nowrap; }
.budget-report .rule { color: #605e5c; font-size: 12px; }
.budget-report .kind-error { color: #a4262c; font-weight: 600; }
.budget-report .kind-warning { color: #8a5300; font-weight: 600; }
.budget-report .sign { margin-top: 28px; display: flex; gap: 64px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  .budget-report { font-size: 11px; }
  .budget-report tr { break-inside: avoid; }
}
`;

function findingTable(rows: readonly ReportRow[]): string {
  const body = rows
    .map(
      (r) => `<tr data-row="${esc(r.key)}">
<td class="num">${r.n}</td><td class="cell">${esc(r.cellText)}</td>
<td>${esc(r.message)}${r.rule ? `<div class="rule">规则：${esc(r.rule)}</div>` : ''}</td>
<td class="num">${esc(r.expected)}</td><td class="num">${esc(r.actual)}</td><td class="num">${esc(r.difference)}</td>
<td>${esc(r.status)}${r.reason ? `<div class="rule">${esc(r.reason)}</div>` : ''}</td></tr>`,
    )
    .join('\n');
  return `<table><thead><tr><th>序号</th><th>单元格</th><th>问题</th><th>应为</th><th>实际</th><th>差额</th><th>状态</th></tr></thead><tbody>${body}</tbody></table>`;
}

function residualTable(report: ReviewedReport): string {
  const body = residualsByCell(report.findings)
    .map((group) => {
      const f = group[0];
      const names = [...new Set(group.map((g) => NAMES.get(g.rule) ?? ''))].filter(Boolean).join('、');
      const cell = f.cells[0] ? `${f.cells[0].sheet}!${f.cells[0].address}` : '';
      return `<tr><td class="cell">${esc(cell)}</td><td class="num">${esc(f.expected ?? '')}</td><td class="num">${esc(f.actual ?? '')}</td><td class="num">${esc(f.difference ?? '')}</td><td>${esc(names)}</td></tr>`;
    })
    .join('\n');
  return `<table><thead><tr><th>单元格</th><th>应为</th><th>实际</th><th>差额</th><th>关系</th></tr></thead><tbody>${body}</tbody></table>`;
}

function comparisonHtml(comparison: Comparison): string {
  const c = comparisonSections(comparison);
  const table = (columns: readonly string[], rows: readonly (readonly string[])[]) =>
    rows.length === 0
      ? ''
      : `<table><thead><tr>${columns.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr>${r.map((v) => `<td>${esc(v)}</td>`).join('')}</tr>`)
          .join('\n')}</tbody></table>`;
  const previous = comparison.previous ? `（上一版：${esc(comparison.previous)}）` : '';
  return `<section data-section="comparison"><h2>与上一版比较${previous}</h2><p>${esc(c.summary)}</p>
<h3>改动的数字 ${c.figures.length} 个</h3>${table(c.figureColumns, c.figures)}
${c.findings.map((s) => `<h3>${esc(s.heading)}</h3>${table(c.findingColumns, s.rows)}`).join('\n')}</section>`;
}

/** The page's content, inside a `.budget-report` element. */
export function reportBody(report: ReviewedReport, options: PageOptions): string {
  const meta = reportMeta(report, options.date);
  const rows = reportRows(report);
  const part = (title: string, kind: string, list: readonly ReportRow[]) =>
    list.length === 0
      ? ''
      : `<section data-section="${kind}"><h2 class="kind-${kind}">${esc(title)} ${list.length} 个</h2>${findingTable(list)}</section>`;
  const residuals = meta.counts.residuals;
  return `<div class="budget-report">
<h1>${esc(meta.title)}</h1>
<dl>${meta.fields.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
${options.comparison ? comparisonHtml(options.comparison) : ''}
${part(
  '错误',
  'error',
  rows.filter((r) => r.severity === 'error'),
)}
${part(
  '提示',
  'warning',
  rows.filter((r) => r.severity === 'warning'),
)}
${part(
  '说明',
  'note',
  rows.filter((r) => r.severity === 'info' && !r.difference),
)}
${residuals > 0 ? `<section data-section="residuals"><h2>尾差 ${residuals} 处（四舍五入造成，不是错误）</h2>${residualTable(report)}</section>` : ''}
<div class="sign"><span>审核人：＿＿＿＿＿＿</span><span>日期：＿＿＿＿＿＿</span></div>
</div>`;
}

/** A whole HTML document, to open and print in any browser. */
export function reportPage(report: ReviewedReport, options: PageOptions): string {
  const title = `${reportMeta(report, options.date).title}${report.file ? ` · ${esc(report.file.split(/[\\/]/).pop() ?? '')}` : ''}`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><style>${REPORT_CSS}</style></head>
<body>${reportBody(report, options)}</body></html>
`;
}
