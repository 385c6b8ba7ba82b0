/**
 * Workbooks a few times past what the other tests use, for tests/engine/scale.test.ts: a 支出总表 whose every
 * row is off by one (so one relation has as many findings as the table has rows), and a 项目支出表 whose one
 * unit has every project under it and a total off by one (so one sum has as many parts as the table has rows).
 */
import type { CellSnapshot, SheetSnapshot } from '../../src/engine';

const cell = (value: string | number): CellSnapshot =>
  typeof value === 'number' ? { value, format: '#,##0.00' } : { value };

function sheet(name: string, lines: readonly (string | number | null)[][]): SheetSnapshot {
  return { name, rows: lines.map((l) => l.map((v) => (v === null ? undefined : cell(v)))) };
}

/**
 * 表3 with `classes` 类 × `sections` 款 × `items` 项: every 项 has 合计 = 基本支出 + 项目支出 + 1, and every
 * total above adds up its rows in each column, so the totals carry the ones and each row's 合计 misses its
 * parts (a 款 by its item count, and so on up). Every row breaks one relation, none breaks a rollup.
 */
export function offByOneExpenseTable(
  classes: number,
  sections: number,
  items: number,
): { sheet: SheetSnapshot; rows: number } {
  const body: (string | number)[][] = [];
  const all = [0, 0, 0];
  for (let c = 0; c < classes; c++) {
    const code = String(201 + c);
    const classSums = [0, 0, 0];
    body.push([code, `类${code}`, ...classSums]);
    const classAt = body.length - 1;
    for (let s = 1; s <= sections; s++) {
      const kuan = `${code}${String(s).padStart(2, '0')}`;
      const sectionSums = [0, 0, 0];
      const sectionAt = body.push([]) - 1;
      for (let i = 1; i <= items; i++) {
        const basic = 10 + ((c * 7 + s * 3 + i) % 50);
        const project = 5 + ((c + s + i * 11) % 40);
        const figures = [basic + project + 1, basic, project];
        body.push([`${kuan}${String(i).padStart(2, '0')}`, `项${kuan}${i}`, ...figures]);
        figures.forEach((v, k) => {
          sectionSums[k] += v;
          classSums[k] += v;
          all[k] += v;
        });
      }
      body[sectionAt] = [kuan, `款${kuan}`, ...sectionSums];
    }
    body[classAt] = [code, `类${code}`, ...classSums];
  }
  const lines = [
    ['2026年预算支出总表'],
    ['部门名称：规模测试部门'],
    ['单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['合计', null, ...all],
    ...body,
  ];
  return { sheet: sheet('表3', lines), rows: body.length + 1 };
}

/**
 * 表12 with the department, one unit and `projects` projects under it. The unit's figures are a 万元 per
 * project too high (past what rounding allows over that many parts); with `rowsOff`, so is each project's 合计
 * against its 一般公共预算.
 */
export function flatProjectTable(projects: number, rowsOff = false): { sheet: SheetSnapshot; rows: number } {
  const list: (string | number)[][] = [];
  let sum = 0;
  for (let i = 1; i <= projects; i++) {
    const amount = 1 + (i % 97);
    list.push([`项目${i}经费`, amount + (rowsOff ? 1 : 0), amount]);
    sum += amount;
  }
  const unit = sum + projects;
  const lines = [
    ['2026年项目支出预算表（本年预算）'],
    ['部门名称：规模测试部门'],
    ['单位：万元'],
    ['项目名称', '合计', '一般公共预算'],
    ['规模测试部门', unit, unit],
    ['规模测试部门本级', unit, unit],
    ...list,
  ];
  return { sheet: sheet('表12', lines), rows: projects + 2 };
}
