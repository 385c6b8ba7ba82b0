/**
 * Titles as departments write them: brackets after the title, a unit or a colon after it, the department in
 * the same cell, 财政拨款…收支 in either order. And what stays no title: note lines, contents lines, header
 * words, sentences.
 */
import { classifyTitle } from '../../src/engine/recognize/titles';

describe('classifyTitle', () => {
  it.each([
    ['2026年一般公共预算支出预算表（不含上年结转）（公开）', 'T5'],
    ['2026年项目支出预算表（本年预算）（公开）', 'T12'],
    ['2026年项目支出预算表（上年结转）（公开）', 'T13'],
    ['山西省某某厅2026年一般公共预算安排基本支出分经济科目表（不含上年结转）（公开）', 'T6'],
    ['2026年预算收支总表    单位：万元', 'T1'],
    ['2026年预算收支总表　　金额单位：元', 'T1'],
    ['2026年财政拨款安排“三公”经费支出预算表（单位：万元）', 'T10'],
    ['2026年预算支出总表：', 'T3'],
    ['2026年部门财政拨款预算收支总表', 'T4'],
    ['2026年财政拨款收支预算总表', 'T4'],
    ['2026年部门收支总表', 'T1'],
    ['山西省某某厅\n2026年预算收支总表', 'T1'],
    ['2026年预算收入总表　　山西省某某厅', 'T2'],
  ])('%s is %s', (text, id) => {
    expect(classifyTitle(text)).toBe(id);
  });

  it.each([
    '注：本表反映2026年部门收支总表情况。',
    '说明：一般公共预算支出表中无上年结转。',
    '目录  2026年预算收支总表',
    '一、2026年预算收支总表……………1',
    '项目支出',
    '一般公共预算',
    '合计',
    '单位：万元',
    '部门名称：某某厅',
    '2026年部门整体支出绩效目标表',
  ])('%s is no title', (text) => {
    expect(classifyTitle(text)).toBeUndefined();
  });
});
