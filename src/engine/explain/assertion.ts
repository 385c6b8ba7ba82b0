/**
 * What a declaration asserts, in plain Chinese and in English, written from its shape and selectors (never
 * retyped), and the table-to-table links the map draws for it.
 */
import type { CellSelector, Shape } from '../catalog/types';
import type { TableId } from '../model';
import { codedColumnText, columnText, selectorText, sideText, tableText, type Lang } from './names';

/** Joins terms with an operator the way the declarations' texts do: no space after a closing 」. */
function joined(terms: readonly string[], op: string): string {
  return terms.reduce((text, t) => `${text}${text.endsWith('」') ? '' : ' '}${op} ${t}`);
}

/** `表1 收入「上年结转」= 表2 合计行「上年结转」`: cells that show one figure. */
export function equalityText(cells: readonly CellSelector[], lang: Lang): string {
  return joined(
    cells.map((c) => selectorText(c, lang)),
    '=',
  );
}

/**
 * `表5 合计行「合计」= 表1 收入「一般公共预算」`, `表3 每一行：合计 = 基本支出 + 项目支出`; in English
 * `Table 5 total row “合计” = Table 1 revenue “一般公共预算”`.
 */
export function assertionOf(shape: Shape, lang: Lang = 'zh'): string {
  const zh = lang === 'zh';
  const sel = (s: CellSelector) => selectorText(s, lang);
  switch (shape.kind) {
    case 'row-sum': {
      const table = tableText(shape.table, lang);
      const side = sideText(shape.side, lang);
      const total = columnText(shape.table, shape.total, lang);
      const parts = joined(
        shape.parts.map((c) => columnText(shape.table, c, lang)),
        '+',
      );
      return zh
        ? `${table} ${side}每一行：${total} = ${parts}`
        : `${table} every ${side && `${side} `}row: ${total} = ${parts}`;
    }
    case 'rollup': {
      const table = tableText(shape.table, lang);
      const side = sideText(shape.side, lang);
      const cols = shape.columns.map((c) => columnText(shape.table, c, lang)).join(zh ? '、' : ', ');
      return zh
        ? `${table} ${side}每个汇总行 = 其下各行之和（${cols}）`
        : `${table} every ${side && `${side} `}summary row = the sum of the rows under it (${cols})`;
    }
    case 'sum':
      return joined([sel(shape.total), joined(shape.parts.map(sel), '+')], '=');
    case 'equal':
      return equalityText(shape.cells, lang);
    case 'at-most':
      return joined([joined(shape.lesser.map(sel), '+'), joined(shape.greater.map(sel), '+')], '≤');
    case 'per-code': {
      const parts = joined(
        shape.parts.map((c) => codedColumnText(c, shape.level, false, lang)),
        '+',
      );
      return joined([codedColumnText(shape.total, shape.level, true, lang), parts], '=');
    }
    case 'same-year':
      return zh ? '各表标题中的预算年度相同' : 'Every table title carries the same budget year';
    case 'same-names': {
      const tables = shape.tables.map((t) => tableText(t, lang));
      return zh
        ? `${tables.join('、')} 中同一单位的名称相同`
        : `${tables.join(', ')} name each unit the same way`;
    }
  }
}

/** One line of the map between two tables; `from` feeds or bounds `to`. */
export interface TableLink {
  readonly from: TableId;
  readonly to: TableId;
  /** What this link asserts; for a sum, the whole sum. */
  readonly assertion: string;
  readonly assertionEn: string;
}

/**
 * The links a relationship draws. An equality chain is drawn as a hub: its first cell (where the figure comes
 * from, per the declaration) links to each other member, so a chain of n tables has n − 1 links that all
 * name the source, and no order among the members is implied. Parts link to their total, the lesser side
 * to the greater; links inside one table are left out (they are the node's own relationships).
 */
export function linksOf(shape: Shape): TableLink[] {
  const links: TableLink[] = [];
  const add = (from: TableId, to: TableId, says: (lang: Lang) => string) => {
    if (from !== to && !links.some((l) => l.from === from && l.to === to))
      links.push({ from, to, assertion: says('zh'), assertionEn: says('en') });
  };
  const whole = (lang: Lang) => assertionOf(shape, lang);
  switch (shape.kind) {
    case 'equal': {
      const [source, ...members] = shape.cells;
      for (const m of members) add(source.table, m.table, (lang) => equalityText([source, m], lang));
      break;
    }
    case 'sum':
      for (const p of shape.parts) add(p.table, shape.total.table, whole);
      break;
    case 'per-code':
      for (const p of shape.parts) add(p.table, shape.total.table, whole);
      break;
    case 'at-most':
      for (const l of shape.lesser) for (const g of shape.greater) add(l.table, g.table, whole);
      break;
    case 'same-names': {
      const [first, ...rest] = shape.tables;
      for (const t of rest) add(first, t, whole);
      break;
    }
    case 'row-sum':
    case 'rollup':
    case 'same-year':
      break;
  }
  return links;
}
