/**
 * T12/T13 carry no codes: department, unit and project rows differ only by name and by how the figures add
 * up. The levels are inferred in three steps:
 *  1. The first row is the department (部门) row: its name is 合计/总计, the 部门名称 of the heading, or any
 *     name; it is the table total.
 *  2. Every later row whose name ends like an organisation (…办公室, …协会, …中心, …局, …院, 本级) and not like
 *     spending (…经费, …费, …项目, …补助, …工作) is a unit (单位); the rows under it, up to the next unit, are
 *     its projects. A name equal to the department's (the department's own 本级) is a unit too.
 *  3. If no row reads as a unit, the figures decide: a row is a unit when the rows right after it add up to
 *     it (within rounding) and it has at least one of them; otherwise it is a project of the department.
 * Units are level 1, projects level 2 (also when they sit directly under the department).
 */
import Decimal from 'decimal.js';
import type { RawRow } from './layout';
import { attach, toRow, type MutableRow } from './tree';
import { squash } from '../text';

const ORGANISATION =
  /(办公室|办公厅|委员会|协会|学会|联合会|研究会|基金会|中心|局|厅|院|所|站|学校|大学|学院|中学|小学|幼儿园|馆|队|社|署|团|台|公司|集团|医院|本级|部门)$/;
const SPENDING = /(经费|费|项目|工程|补助|补贴|资金|专项|支出|工作|建设|购置|维护)$/;

function looksLikeOrganisation(name: string): boolean {
  const n = squash(name);
  return ORGANISATION.test(n) && !SPENDING.test(n);
}

function total(raw: RawRow): { value: Decimal; half: Decimal } {
  const f = raw.figures.total;
  return { value: f?.value ?? new Decimal(0), half: f?.half ?? new Decimal(0) };
}

/** Rows i+1..j add up to row i's 合计 for some j: the smallest such j, or -1. */
function coveringRun(raws: RawRow[], i: number): number {
  const head = total(raws[i]);
  if (head.value.isZero()) return -1;
  let sum = new Decimal(0);
  let tol = head.half;
  for (let j = i + 1; j < raws.length; j++) {
    const t = total(raws[j]);
    sum = sum.plus(t.value);
    tol = tol.plus(t.half);
    if (sum.minus(head.value).abs().lte(tol)) return j;
    if (sum.gt(head.value.plus(tol))) return -1;
  }
  return -1;
}

export function buildProjectTree(raws: RawRow[], department?: string): MutableRow[] {
  if (raws.length === 0) return [];
  const dept = toRow(raws[0], 0, 'total');
  const rows: MutableRow[] = [dept];
  const rest = raws.slice(1);
  const deptName = squash(department ?? raws[0].label);
  const isUnit = rest.map((r) => looksLikeOrganisation(r.label) || squash(r.label) === deptName);

  if (isUnit.some(Boolean)) {
    let unit: MutableRow | undefined;
    rest.forEach((raw, i) => {
      if (isUnit[i]) {
        unit = toRow(raw, 1);
        attach(dept, unit);
        rows.push(unit);
      } else {
        const project = toRow(raw, 2);
        attach(unit ?? dept, project);
        rows.push(project);
      }
    });
    return rows;
  }

  for (let i = 0; i < rest.length;) {
    const end = coveringRun(rest, i);
    if (end > i) {
      const unit = toRow(rest[i], 1);
      attach(dept, unit);
      rows.push(unit);
      for (let j = i + 1; j <= end; j++) {
        const project = toRow(rest[j], 2);
        attach(unit, project);
        rows.push(project);
      }
      i = end + 1;
    } else {
      const project = toRow(rest[i], 2);
      attach(dept, project);
      rows.push(project);
      i++;
    }
  }
  return rows;
}
