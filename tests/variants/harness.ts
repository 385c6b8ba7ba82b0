/**
 * What the variant tests share: the departments under test, one check of a rendered workbook, and the
 * judgements every test makes of a report (clean, every table found, no internal identifier in any text).
 * Each judgement returns the problems it saw as sentences, so a failing case prints what went wrong.
 */
import { parseRange, runCheck, type CheckReport, type Finding } from '../../src/engine';
import { specOf } from './families';
import { generateDepartment } from './generate';
import type { Department } from './model';
import type { Rendered } from './render';
import { seedDepartment } from './seed-department';
import { describeVariation } from './variation';

export interface Subject {
  readonly name: string;
  readonly dept: Department;
}

/** The seed as published, and one generated department of each family (fixed seed; FC_SEED to explore). */
export function subjects(): Subject[] {
  return [
    { name: 'seed', dept: seedDepartment() },
    { name: 'generated 13-table', dept: generateDepartment('seed13') },
    { name: 'generated Shanghai', dept: generateDepartment('shanghai9') },
  ];
}

export function check(r: Rendered): CheckReport {
  return runCheck(r.workbook).report;
}

export function caseName(r: Rendered): string {
  return `${r.dept.source} [${describeVariation(r.variation)}]`;
}

/**
 * Internal identifiers: rule ids (`T1.expense-row`, `X.class-total`, `S.hospitality`) and line keys
 * (`income.generalBudget`), i.e. any `[a-z]+.[a-zA-Z]+` token or an upper-case id followed by `.word`.
 */
const INTERNAL = [/[a-z]+\.[a-zA-Z]+/, /\b[A-Z]\d*\.[a-z][\w-]*/];

export function internalIdProblems(report: CheckReport): string[] {
  const out: string[] = [];
  for (const f of report.findings) {
    for (const text of [f.message, f.messageEn, f.subject]) {
      if (!text) continue;
      for (const re of INTERNAL) {
        const m = re.exec(text);
        if (m) out.push(`internal identifier «${m[0]}» in: ${text}`);
      }
    }
  }
  return [...new Set(out)];
}

function overlaps(a: { top: number; left: number; bottom: number; right: number }, range: string): boolean {
  const b = parseRange(range);
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * Every table of the family recognised where it was put: a reported table on its sheet (or the sheet it
 * runs on to) whose range overlaps it, each reported table standing for one rendered table. The seed's
 * family must also carry the seed's number; the Shanghai family's numbering is the engine's to choose.
 */
export function tableProblems(r: Rendered, report: CheckReport): string[] {
  const out: string[] = [];
  const used = new Set<number>();
  for (const t of r.tables) {
    const hit = report.tables.findIndex(
      (info, i) =>
        !used.has(i) &&
        (info.sheet === t.sheet || info.sheet === t.continuedOn) &&
        (info.sheet !== t.sheet || overlaps(t, info.range)) &&
        (r.dept.family !== 'seed13' || info.id === t.key),
    );
    if (hit < 0)
      out.push(`${specOf(t.key).analog}（${specOf(t.key).title}）not found on sheet「${t.sheet}」`);
    else used.add(hit);
  }
  return out;
}

function brief(f: Finding): string {
  return `[${f.severity}] ${f.message}`;
}

/** A clean workbook: no error, no warning (尾差 and other infos are fine), every table found, no internal id. */
export function cleanProblems(r: Rendered, report: CheckReport): string[] {
  const bad = report.findings.filter((f) => f.severity !== 'info');
  return [
    ...(bad.length
      ? [
          `${report.summary.errors} errors, ${report.summary.warnings} warnings; first: ${bad.slice(0, 3).map(brief).join(' ‖ ')}`,
        ]
      : []),
    ...tableProblems(r, report),
    ...internalIdProblems(report),
  ];
}
