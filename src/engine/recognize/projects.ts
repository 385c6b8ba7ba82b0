/**
 * T12/T13 carry no codes: department, unit and project rows differ only by name and by how the figures add
 * up. The levels are inferred in these steps:
 *  1. The table total (部门) is the first or the last row: a row named 合计/总计 there, else the one of the two
 *     whose 合计 no other row exceeds (the first when both qualify). A row right after it (or, with the total
 *     at the bottom, the first row) with the same figures restates it (合计 above the department's own row):
 *     it sits between the total and the units.
 *  2. A table with a unit-name column and a project-name column (单位名称 | 项目名称) says which is which:
 *     a row with only a unit name, or the same name in both, is a unit; the rows naming a project are its
 *     projects (the unit named on every project row, or only on the unit's own row).
 *  3. Otherwise every row whose name ends like an organisation (…办公室, …协会, …中心, …局, …院, 本级) and not
 *     like spending (…经费, …费, …项目, …补助, …工作), or equals the department's name (its 本级), may be a
 *     unit; the rows under it, up to the next unit, are its projects. The figures overrule a name where they
 *     decide: a "unit" the rows under it add up to in no column, while the unit above adds up in more columns
 *     once it is taken as one of that unit's projects, is a project (`…服务中心` as a project's name). A slip
 *     in a real unit's project leaves the names standing: demoting the unit would not make the one above add
 *     up either.
 *  4. If no row reads as a unit, the figures decide: a row is a unit when the rows right after it add up to
 *     it (within rounding) and it has at least one of them; otherwise it is a project of the department.
 * Units are level 1, projects level 2 (also when they sit directly under the department).
 */
import Decimal from 'decimal.js';
import type { RawRow } from './layout';
import { lineLabel } from './labels';
import { attach, columnsAddingUp, toRow, type MutableRow } from './tree';
import { TOTAL_ROW } from '../templates/standard';
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

/** Every column of `a` shows what `b` shows, within rounding. */
function sameFigures(a: RawRow, b: RawRow): boolean {
  const keys = new Set([...Object.keys(a.figures), ...Object.keys(b.figures)]) as Set<
    keyof RawRow['figures']
  >;
  let shown = false;
  for (const k of keys) {
    const x = a.figures[k];
    const y = b.figures[k];
    const xv = x?.value ?? new Decimal(0);
    const yv = y?.value ?? new Decimal(0);
    if (!xv.isZero() || !yv.isZero()) shown = true;
    const tol = (x?.half ?? new Decimal(0)).plus(y?.half ?? new Decimal(0));
    if (xv.minus(yv).abs().gt(tol)) return false;
  }
  return shown;
}

/** Rows i+1..j add up to row i's 合计 for some j: the smallest such j, or -1. */
function coveringRun(raws: readonly RawRow[], i: number): number {
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

const isTotalWord = (raw: RawRow) => TOTAL_ROW.words.test(lineLabel(raw.label));

/** Where the table total is: the first row or the last (see step 1). */
function totalIndex(raws: readonly RawRow[]): number {
  const last = raws.length - 1;
  if (last === 0 || isTotalWord(raws[0])) return 0;
  if (isTotalWord(raws[last])) return last;
  const largest = (i: number) => raws.every((r, j) => j === i || total(r).value.lte(total(raws[i]).value));
  return !largest(0) && largest(last) ? last : 0;
}

/** A row's own name: the project's where a row names its unit and its project in two columns. */
function named(raw: RawRow): RawRow {
  const own = raw.label2?.trim();
  return own ? { ...raw, label: own } : raw;
}

/** Step 2: units and projects by the unit-name and project-name columns. */
function byNameColumns(top: MutableRow, body: readonly RawRow[], rows: MutableRow[]): void {
  const units = new Map<string, MutableRow>();
  let unit: MutableRow | undefined;
  for (const raw of body) {
    const unitName = squash(raw.label);
    const own = squash(raw.label2 ?? '');
    if (unitName && (!own || own === unitName)) {
      unit = toRow(named(raw), 1);
      units.set(unitName, unit);
      attach(top, unit);
      rows.push(unit);
      continue;
    }
    const project = toRow(named(raw), 2);
    const parent = unitName ? units.get(unitName) : unit;
    attach(parent ?? top, project);
    rows.push(project);
  }
}

/** Step 3: rows named like units, less those the figures show to be projects. */
function unitsByName(body: readonly RawRow[], deptName: string): Set<number> {
  const candidates = body.flatMap((r, i) =>
    looksLikeOrganisation(r.label) || (deptName !== '' && squash(r.label) === deptName) ? [i] : [],
  );
  const units = new Set(candidates);
  const next = (i: number) => {
    let j = i + 1;
    while (j < body.length && !units.has(j)) j++;
    return j;
  };
  // From the bottom up, so that a unit's run is settled by the units after it.
  for (let k = candidates.length - 1; k > 0; k--) {
    const i = candidates[k];
    const end = next(i);
    if (end > i + 1 && columnsAddingUp(body[i], body.slice(i + 1, end)) > 0) continue;
    const above = candidates[k - 1];
    const own = columnsAddingUp(body[above], body.slice(above + 1, i));
    if (columnsAddingUp(body[above], body.slice(above + 1, end)) > own) units.delete(i);
  }
  return units;
}

export function buildProjectTree(raws: RawRow[], department?: string): MutableRow[] {
  if (raws.length === 0) return [];
  const at = totalIndex(raws.map(named));
  const totalRaw = named(raws[at]);
  const dept = toRow(totalRaw, 0, 'total');
  const rows: MutableRow[] = [dept];
  let body = raws.filter((_, i) => i !== at);
  let top = dept;
  if (body.length > 1 && sameFigures(body[0], totalRaw)) {
    top = toRow(named(body[0]), 1);
    attach(dept, top);
    rows.push(top);
    body = body.slice(1);
  }
  if (body.some((r) => r.label2 !== undefined)) {
    byNameColumns(top, body, rows);
    return rows;
  }
  const deptName = squash(
    department ?? (!isTotalWord(totalRaw) ? totalRaw.label : top !== dept ? top.label : ''),
  );
  const units = unitsByName(body, deptName);

  if (units.size > 0) {
    let unit: MutableRow | undefined;
    body.forEach((raw, i) => {
      if (units.has(i)) {
        unit = toRow(raw, 1);
        attach(top, unit);
        rows.push(unit);
      } else {
        const project = toRow(raw, 2);
        attach(unit ?? top, project);
        rows.push(project);
      }
    });
    return rows;
  }

  for (let i = 0; i < body.length;) {
    const end = coveringRun(body, i);
    if (end > i) {
      const unit = toRow(body[i], 1);
      attach(top, unit);
      rows.push(unit);
      for (let j = i + 1; j <= end; j++) {
        const project = toRow(body[j], 2);
        attach(unit, project);
        rows.push(project);
      }
      i = end + 1;
    } else {
      const project = toRow(body[i], 2);
      attach(top, project);
      rows.push(project);
      i++;
    }
  }
  return rows;
}
