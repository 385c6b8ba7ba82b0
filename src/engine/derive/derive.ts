/**
 * The derivable cells of a workbook, from the same relationship declarations the checker uses.
 *
 * A cell is derivable when it is the target of a sum-like instance (row-sum, rollup, sum, per-code) or a
 * non-first member of an equality chain; the chain's first cell present in the workbook is its source.
 * Every other cell is a detail (input) cell and is never written. When several relations target a cell,
 * candidates.ts says which wins. A per-code rule with a condition (`onlyIf`) fills only when the condition
 * holds on the figures as they will be after filling, so it is judged after a first pass without such rules.
 *
 * A published figure is authoritative. A derivable cell that shows a figure within rounding of what its
 * parts give keeps it (尾差 stays 尾差), and the cells computed from it start from it; only blank cells are
 * filled. A shown figure its parts contradict beyond rounding is a conflict (不一致) for the user: kept unless
 * `recompute` names it. `rebuild` (on request) rewrites every total that holds to the sum of its parts.
 */
import type Decimal from 'decimal.js';
import { formatAmount, shownAmount } from '../amount';
import { CATALOG } from '../catalog';
import type { Relation } from '../catalog/types';
import { tablesOf } from '../catalog/types';
import { tableLabel } from '../describe';
import { termsOf, type Tables, type Term } from '../instances';
import type { Figure, Table, TableId } from '../model';
import { address, cellAt, type CellRef, type WorkbookSnapshot } from '../snapshot';
import { candidates, type Candidate } from './candidates';
import { cellKey, choose } from './choose';
import { compute, type Computation } from './compute';
import { formatShown, numberFormats, shownContent } from './format';
import { sumFormula } from './formula';
import { reconcile } from './reconcile';
import { recognize } from '../recognize';
import { suspectsOf } from './suspects';
import type { CellStatus, Derivation, DerivedCell, SourceCell } from './types';
import { applies, hardChecks, type Check } from './verify';
import { pushTo } from '../group';

export interface DeriveOptions {
  /** The relationships to fill from; the whole catalog by default. */
  readonly relations?: readonly Relation[];
  /**
   * Conflicts (by `sheet!A1`) to resolve by the sum of their parts, or `all` of them; none by default, so
   * a figure the parts contradict is kept for the user to look at.
   */
  readonly recompute?: Iterable<string> | 'all';
  /** Rewrite every total that holds to the figure its parts give (尾差 rewritten): off by default. */
  readonly rebuild?: boolean;
}

function showsAnyFigure(table: Table): boolean {
  return table.rows.some((row) => Object.values(row.figures).some((f) => f && !f.empty));
}

function signed(value: Decimal, decimals: number): string {
  return `${value.isNegative() ? '' : '+'}${formatAmount(value, decimals)}`;
}

/** `表2!D7`: how a cell is named in a plan, and in `recompute`. */
export function cellName(cell: CellRef): string {
  return `${cell.sheet}!${address(cell.row, cell.col)}`;
}

/**
 * For each derivable cell, the shown figures equality chains tie it to, that it copies when it is open and
 * the copy keeps its own relation within rounding (compute.ts uses only those that keep their figure).
 */
function anchorsOf(checks: readonly { check: Check }[], derivable: ReadonlySet<string>): Map<string, Term[]> {
  const anchors = new Map<string, Term[]>();
  for (const { check } of checks) {
    if (check.kind !== 'equal') continue;
    const shown = check.members.filter((m) => m.figure && !m.figure.empty);
    for (const member of check.members) {
      if (!member.figure) continue;
      const key = cellKey(member.figure.cell);
      if (!derivable.has(key)) continue;
      const others = shown.filter((m) => m !== member && cellKey(m.figure!.cell) !== key);
      for (const other of others) pushTo(anchors, key, other);
    }
  }
  return anchors;
}

export function derive(workbook: WorkbookSnapshot, options: DeriveOptions = {}): Derivation {
  return deriveFrom(recognize(workbook).tables, workbook, options);
}

/** As `derive`, for tables already recognised from `workbook`. */
export function deriveFrom(
  tables: Tables,
  workbook: WorkbookSnapshot,
  options: DeriveOptions = {},
): Derivation {
  const relations = options.relations ?? CATALOG;
  const rebuild = options.rebuild ?? false;
  const recomputeAll = options.recompute === 'all';
  const recompute = new Set(options.recompute === 'all' ? [] : (options.recompute ?? []));
  const notes: string[] = [];
  const notesEn: string[] = [];
  const note = (zh: string, en: string) => {
    notes.push(zh);
    notesEn.push(en);
  };
  for (const relation of relations) {
    const ids = tablesOf(relation.shape);
    const missing = ids.filter((id) => !tables.has(id));
    const crossTable = relation.shape.kind === 'sum' || relation.shape.kind === 'per-code';
    if (crossTable && missing.length > 0 && missing.length < ids.length) {
      note(
        `缺少${missing.map(tableLabel).join('、')}，「${relation.name}」没有用于填充。`,
        `${missing.map((id) => `Table ${id.slice(1)}`).join(', ')} missing: “${relation.nameEn}” was not used to fill.`,
      );
    }
  }
  const showsFigures = new Map<TableId, boolean>([...tables].map(([id, t]) => [id, showsAnyFigure(t)]));
  const showing = (id: TableId) => showsFigures.get(id) ?? false;

  const all = candidates(relations, tables);
  const derivable = new Set(all.map((c) => cellKey(c.target.figure.cell)));
  const checks = hardChecks(relations, tables);
  const anchors = anchorsOf(checks, derivable);
  const anchorFigures = figuresOf(anchors);
  // Every cell that shows a figure keeps it, to begin with: only the blank ones are open.
  const shown = new Set(all.filter((c) => !c.target.figure.empty).map((c) => cellKey(c.target.figure.cell)));

  const firstPass = compute(choose(all.filter((c) => !c.onlyIf)), showing, {
    kept: shown,
    anchors: anchorFigures,
  });
  const refused = new Set<Relation>();
  const usable = all.filter((c) => {
    if (applies(c.onlyIf, firstPass)) return true;
    refused.add(c.relation);
    return false;
  });
  for (const relation of refused) {
    const shape = relation.shape;
    const when = shape.kind === 'per-code' && shape.onlyIf ? shape.onlyIf.description : '条件成立时';
    note(
      `「${relation.name}」只在${when}适用，本工作簿不满足，没有用于填充。`,
      `“${relation.nameEn}” applies only under a condition this workbook does not meet: it was not used to fill.`,
    );
  }

  const chosen = choose(usable);
  const { computation, offsets, broken, status } = settle(chosen, showing, checks, anchorFigures, {
    shown: new Set([...shown].filter((k) => chosen.has(k))),
    open: (key, judged) =>
      (judged === 'conflict' && (recomputeAll || recompute.has(keyName(chosen, key)))) ||
      (judged === 'holds' && rebuild),
  });
  const conflicts = new Set([...status].filter(([, s]) => s === 'conflict').map(([k]) => k));
  for (const check of broken) {
    const terms = termsOf(check);
    // A conflict is listed on its own, with its figures; only what no conflict explains is a note.
    if (terms.some((t) => t.figure && conflicts.has(cellKey(t.figure.cell)))) continue;
    const labels = terms.slice(0, 3).map((t) => t.label);
    const labelsEn = terms.slice(0, 3).map((t) => t.labelEn);
    note(
      `填充后「${check.relation.name}」仍不成立（${labels.join('、')}${terms.length > 3 ? '等' : ''}）：明细数据本身不一致，请核对。`,
      `“${check.relation.nameEn}” still does not hold after filling (${labelsEn.join(', ')}${terms.length > 3 ? ' and more' : ''}): the detail figures disagree, please check them.`,
    );
  }

  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
  const numberFormatFor = numberFormats(sheets);
  const contentOf = ({ sheet, row, col }: CellRef) => {
    const on = sheets.get(sheet);
    return shownContent(on && cellAt(on, row, col));
  };
  const cells = computation.order.map((key): DerivedCell => {
    const c = chosen.get(key)!;
    const at = c.target.figure.cell;
    return derivedCell(c, key, status.get(key)!, computation, offsets.get(key), anchors.get(key), {
      current: contentOf(at),
      numberFormat: (decimals) => numberFormatFor(tables.get(c.target.table)!, at, decimals),
    });
  });
  const withSuspects = conflicts.size > 0 ? suspectsOf(cells, workbook, relations, all) : cells;
  return { cells: withSuspects, notes, notesEn, ...(rebuild ? { rebuild } : {}) };
}

function keyName(chosen: ReadonlyMap<string, Candidate>, key: string): string {
  return cellName(chosen.get(key)!.target.figure.cell);
}

/** Rounds of opening cells a rebuild or a recompute asks for, before they stop adding any. */
const MAX_ROUNDS = 8;

/**
 * The fill's figures. Blank cells are open (the fill writes them); every cell that shows a figure keeps it.
 * Once the open cells are settled (reconcile.ts: their figures keep every relation within rounding if they
 * can), each kept cell is judged on the figures around it: it holds within rounding of its parts, or it is a
 * conflict. `open` says which of them the caller wants recomputed (a conflict taken, a rebuild); those are
 * opened and everything settled and judged again, until no more open.
 */
function settle(
  chosen: ReadonlyMap<string, Candidate>,
  showing: (id: TableId) => boolean,
  checks: ReturnType<typeof hardChecks>,
  anchors: ReadonlyMap<string, readonly Figure[]>,
  how: {
    readonly shown: ReadonlySet<string>;
    readonly open: (key: string, judged: 'holds' | 'conflict') => boolean;
  },
) {
  const kept = new Set(how.shown);
  const judged = new Map<string, 'holds' | 'conflict'>();
  let round: ReturnType<typeof reconcile>;
  for (let i = 0; ; i++) {
    round = reconcile(chosen, showing, checks, { kept, anchors });
    const opened: string[] = [];
    for (const key of kept) {
      const verdict = holdsOwn(chosen.get(key)!, round.computation) ? 'holds' : 'conflict';
      judged.set(key, verdict);
      if (how.open(key, verdict)) opened.push(key);
    }
    if (opened.length === 0 || i === MAX_ROUNDS) break;
    for (const key of opened) kept.delete(key);
  }
  const status = new Map<string, CellStatus>();
  for (const key of chosen.keys()) {
    const verdict = judged.get(key);
    status.set(
      key,
      verdict === undefined ? 'blank' : verdict === 'holds' && !kept.has(key) ? 'rebuilt' : verdict,
    );
  }
  return { ...round, status };
}

/** A cell's own relation holds within rounding on the figures after filling. */
function holdsOwn(c: Candidate, f: Computation): boolean {
  const figure = c.target.figure;
  let exact = figure.value;
  let envelope = figure.half;
  for (const part of c.parts) {
    exact = exact.minus(f.valueOf(part));
    envelope = envelope.plus(f.halfOf(part));
  }
  return exact.abs().lte(envelope);
}

/** The figures of the anchors, for compute.ts. */
function figuresOf(anchors: ReadonlyMap<string, readonly Term[]>) {
  return new Map([...anchors].map(([k, terms]) => [k, terms.map((t) => t.figure!)]));
}

function derivedCell(
  c: Candidate,
  key: string,
  status: CellStatus,
  computation: Computation,
  offset: Decimal | undefined,
  anchors: readonly Term[] | undefined,
  shown: { readonly current: string; readonly numberFormat: (decimals: number) => string },
): DerivedCell {
  const computed = computation.values.get(key)!;
  const target = c.target.figure;
  const factor = computed.unit === '元' ? 10000 : 1;
  const inUnit = (v: Decimal) => formatAmount(v.times(factor), computed.decimals);
  const said = (v: Decimal) => shownAmount(v.times(factor), computed.decimals);
  // An open cell off the rounded sum of its parts (a copied figure, a reconcile move) says by how much.
  const moved = computed.kept ? undefined : computed.value.minus(computed.sum);
  const adjustment = moved && !moved.isZero() ? signed(moved.times(factor), computed.decimals) : undefined;
  const copied = adjustment && !offset ? anchors?.find((a) => a.figure!.value.eq(computed.value)) : undefined;
  const sources: SourceCell[] = c.parts.flatMap((p) =>
    p.figure ? [{ cell: p.figure.cell, unit: p.figure.unit }] : [],
  );
  const formula = sumFormula({ cell: target.cell, unit: target.unit }, sources);
  const numberFormat = shown.numberFormat(computed.decimals);
  const why = copied
    ? {
        zh: `取与${copied.label}相同的数，各项之和为${said(computed.sum)}，尾差 ${adjustment}`,
        en: `the figure of ${copied.labelEn}; the parts add up to ${said(computed.sum)}, rounding ${adjustment}`,
      }
    : adjustment
      ? {
          zh: `尾差调整 ${adjustment}，使跨表关系成立`,
          en: `rounding adjustment ${adjustment}, so the relationship across tables holds`,
        }
      : undefined;
  return {
    cell: target.cell,
    address: address(target.cell.row, target.cell.col),
    table: c.target.table,
    label: c.target.label,
    labelEn: c.target.labelEn,
    relation: c.relation.id,
    reason: why ? `${c.reason}（${why.zh}）` : c.reason,
    reasonEn: why ? `${c.reasonEn} (${why.en})` : c.reasonEn,
    status,
    value: computed.value,
    text: inUnit(computed.value),
    shown: formatShown(computed.value.times(factor), computed.decimals, numberFormat),
    sum: computed.sum,
    sumText: inUnit(computed.sum),
    sumShown: formatShown(computed.sum.times(factor), computed.decimals, numberFormat),
    ...(status === 'conflict' ? { taken: !computed.kept } : {}),
    copy: c.relation.shape.kind === 'equal',
    decimals: computed.decimals,
    unit: computed.unit,
    sources,
    ...(formula ? { formula: adjustment ? `${formula}${adjustment}` : formula } : {}),
    ...(adjustment ? { adjustment } : {}),
    current: shown.current,
    currentValue: target.value,
    numberFormat,
  };
}
