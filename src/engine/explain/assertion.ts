/**
 * What a declaration asserts, in plain Chinese, written from its shape and selectors (never retyped), and
 * the table-to-table links the map draws for it.
 */
import type { Shape } from '../catalog/types';
import { tableLabel } from '../describe';
import type { TableId } from '../model';
import { codedColumnText, columnName, selectorText } from './names';

/** Joins terms with an operator the way the declarations' texts do: no space after a closing 」. */
function joined(terms: readonly string[], op: string): string {
  return terms.reduce((text, t) => `${text}${text.endsWith('」') ? '' : ' '}${op} ${t}`);
}

/** `表5 合计行「合计」= 表1 收入「一般公共预算」`, `表3 每一行：合计 = 基本支出 + 项目支出`. */
export function assertionOf(shape: Shape): string {
  switch (shape.kind) {
    case 'row-sum': {
      const side = shape.side === 'expense' ? '支出' : shape.side === 'income' ? '收入' : '';
      const parts = joined(
        shape.parts.map((c) => columnName(shape.table, c)),
        '+',
      );
      return `${tableLabel(shape.table)} ${side}每一行：${columnName(shape.table, shape.total)} = ${parts}`;
    }
    case 'rollup': {
      const side = shape.side === 'expense' ? '支出' : shape.side === 'income' ? '收入' : '';
      const cols = shape.columns.map((c) => columnName(shape.table, c)).join('、');
      return `${tableLabel(shape.table)} ${side}每个汇总行 = 其下各行之和（${cols}）`;
    }
    case 'sum':
      return joined([selectorText(shape.total), joined(shape.parts.map(selectorText), '+')], '=');
    case 'equal':
      return joined(shape.cells.map(selectorText), '=');
    case 'at-most':
      return joined(
        [joined(shape.lesser.map(selectorText), '+'), joined(shape.greater.map(selectorText), '+')],
        '≤',
      );
    case 'per-code': {
      const parts = joined(
        shape.parts.map((c) => codedColumnText(c, shape.level, false)),
        '+',
      );
      return joined([codedColumnText(shape.total, shape.level, true), parts], '=');
    }
    case 'same-year':
      return '各表标题中的预算年度相同';
    case 'same-names':
      return `${shape.tables.map(tableLabel).join('、')} 中同一单位的名称相同`;
  }
}

/** One line of the map between two tables; `from` feeds or bounds `to`. */
export interface TableLink {
  readonly from: TableId;
  readonly to: TableId;
  /** What this link asserts; for a sum, the whole sum. */
  readonly assertion: string;
}

/**
 * The links a relationship draws. An equality chain is drawn as a hub: its first cell (where the figure comes
 * from, per the declaration) links to each other member, so a chain of n tables has n − 1 links that all
 * name the source, and no order among the members is implied. Parts link to their total, the lesser side
 * to the greater; links inside one table are left out (they are the node's own relationships).
 */
export function linksOf(shape: Shape): TableLink[] {
  const links: TableLink[] = [];
  const add = (from: TableId, to: TableId, assertion: string) => {
    if (from !== to && !links.some((l) => l.from === from && l.to === to))
      links.push({ from, to, assertion });
  };
  switch (shape.kind) {
    case 'equal': {
      const [source, ...members] = shape.cells;
      for (const m of members)
        add(source.table, m.table, joined([selectorText(source), selectorText(m)], '='));
      break;
    }
    case 'sum':
      for (const p of shape.parts) add(p.table, shape.total.table, assertionOf(shape));
      break;
    case 'per-code':
      for (const p of shape.parts) add(p.table, shape.total.table, assertionOf(shape));
      break;
    case 'at-most':
      for (const l of shape.lesser) for (const g of shape.greater) add(l.table, g.table, assertionOf(shape));
      break;
    case 'same-names': {
      const [first, ...rest] = shape.tables;
      for (const t of rest) add(first, t, assertionOf(shape));
      break;
    }
    case 'row-sum':
    case 'rollup':
    case 'same-year':
      break;
  }
  return links;
}
