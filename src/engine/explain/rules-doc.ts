/**
 * docs/rules.md: every relationship of the catalog, grouped by table family and cross-table, with an example
 * in figures from a checked sample workbook. Written to stay unchanged under Prettier.
 */
import type { Relation } from '../catalog/types';
import type { CheckResult } from '../check';
import { tableLabel } from '../describe';
import { TABLE_NAMES } from '../recognize/titles';
import { ruleCatalog } from './catalog-list';
import type { CellView, InstanceView } from './instance-view';
import type { MapRelation } from './map';
import { SHORT_NAMES } from './names';

function cellLine(c: CellView): string {
  const where = c.cell ? `${c.cell.sheet}!${c.cell.address}` : '（表中无此行）';
  return `  - ${where} ${c.label}：${c.shown || '空白'}`;
}

/** Both sides' cells, leaving out blank parts of a long sum (a 30-class total) unless all are blank. */
function exampleCells(example: InstanceView): string[] {
  const right = example.right.cells.filter((c) => c.shown !== '');
  const shownRight = right.length > 0 ? right : example.right.cells;
  const skipped = example.right.cells.length - shownRight.length;
  return [
    ...example.left.cells.map(cellLine),
    ...shownRight.map(cellLine),
    ...(skipped > 0 ? [`  - 另有 ${skipped} 个空白单元格（略）`] : []),
  ];
}

function exampleLines(
  relation: Relation,
  r: MapRelation,
  sample: string,
  result: Pick<CheckResult, 'report'>,
): string[] {
  const state = r.state;
  if (!state?.example) {
    const kind = relation.shape.kind;
    const why =
      kind === 'same-year'
        ? '这条关系比较各表标题中的年度，不涉及金额'
        : kind === 'same-names'
          ? '这条关系比较单位名称，不涉及金额'
          : '涉及的表在样例中没有可核对的数据行';
    const notes = result.report.findings.filter((f) => f.rule === r.id).length;
    return [`- 样例 Example（${sample}）：${why}；${notes > 0 ? `有 ${notes} 条提示` : '未发现问题'}。`];
  }
  const { example, instances, tally } = state;
  const counts = [
    `共 ${instances.length} 处`,
    tally.rounding ? `尾差 ${tally.rounding} 处` : '',
    tally.broken ? `不成立 ${tally.broken} 处` : '',
  ].filter(Boolean);
  const where = example.context ? `，以 ${example.context} 为例` : '';
  return [
    `- 样例 Example（${sample}，${counts.join('，')}${where}）：`,
    ...exampleCells(example),
    `  - ${example.figures}，${example.verdict}`,
  ];
}

function ruleSection(
  relation: Relation,
  r: MapRelation,
  sample: string,
  result: Pick<CheckResult, 'report'>,
): string[] {
  const tables = r.tables.length
    ? r.tables.map((t) => `${tableLabel(t)} ${TABLE_NAMES[t]}（${SHORT_NAMES[t].en}）`).join('、')
    : '全部表 All tables';
  return [
    `### \`${r.id}\` ${r.name} · ${relation.nameEn}`,
    '',
    `- 类型 Severity：${r.severityLabel}（${r.severity}）`,
    `- 涉及的表 Tables：${tables}`,
    `- 规则 Rule：${r.description}`,
    `- 关系式 Assertion：${r.assertion}`,
    ...(r.condition ? [`- 适用条件 Condition：${r.condition}`] : []),
    ...exampleLines(relation, r, sample, result),
    '',
  ];
}

/** The whole document; `sample` names the workbook the examples come from. */
export function renderRulesDoc(catalog: readonly Relation[], result: CheckResult, sample: string): string {
  const groups = ruleCatalog(catalog, result);
  const byId = new Map(catalog.map((r) => [r.id, r]));
  const count = (s: Relation['severity']) => catalog.filter((r) => r.severity === s).length;
  const lines = [
    '# 审核规则目录 Rule catalog',
    '',
    '<!-- 由 `npm run rules:doc` 根据 src/engine/catalog 的关系声明生成，请勿手工修改。 Generated; do not edit. -->',
    '',
    `本目录由审核引擎的关系声明生成，列出审核的每一条表内、表间关系；示例数字取自样例工作簿 \`${sample}\`（单位：万元）。`,
    `Generated from the engine's relationship declarations; the examples are figures of the sample workbook \`${sample}\`.`,
    '',
    `共 ${catalog.length} 条关系：强制性（error）${count('error')} 条，提示性（warning）${count('warning')} 条。`,
    '',
    '- 强制性 error：不成立即为错误。',
    '- 提示性 warning：提醒编制人员核实，可以说明理由。',
    '- 尾差 rounding residual：各数分别四舍五入造成的差额，在允许范围内不算错误，作为信息列出。',
    '',
  ];
  for (const { group, rules } of groups) {
    lines.push(`## ${group.zh} ${group.en}`, '');
    for (const r of rules) lines.push(...ruleSection(byId.get(r.id)!, r, sample, result));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
