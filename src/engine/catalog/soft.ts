/** Soft relationships (提示性): a warning the compiler may explain away. */
import type { Relation } from './types';

export const SOFT: readonly Relation[] = [
  {
    id: 'S.hospitality',
    name: '公务接待费',
    nameEn: 'Official hospitality',
    description: '表6「公务接待费」不大于表10「公务接待费」（表10 还含项目支出安排的接待费）',
    severity: 'warning',
    shape: {
      kind: 'at-most',
      lesser: [{ table: 'T6', rowsNamed: '公务接待费', col: 'total' }],
      greater: [{ table: 'T10', line: 'hospitality', col: 'total' }],
    },
  },
  {
    id: 'S.vehicle-operation',
    name: '公务用车运行维护费',
    nameEn: 'Official vehicle running costs',
    description: '表6「公务用车运行维护费」不大于表10「公务用车运行维护费」',
    severity: 'warning',
    shape: {
      kind: 'at-most',
      lesser: [{ table: 'T6', rowsNamed: '公务用车运行维护费', col: 'total' }],
      greater: [{ table: 'T10', line: 'vehicleOperation', col: 'total' }],
    },
  },
  {
    id: 'S.agency-operating',
    name: '机关运行经费',
    nameEn: 'Agency operating costs within operating expenses',
    description: '表11 部门合计不大于表6 合计行「公用经费」（机关运行经费只含行政和参公单位的公用经费）',
    severity: 'warning',
    shape: {
      kind: 'at-most',
      lesser: [{ table: 'T11', line: 'total', col: 'total' }],
      greater: [{ table: 'T6', line: 'total', col: 'operating' }],
    },
  },
  {
    id: 'S.same-year',
    name: '各表年度一致',
    nameEn: 'One budget year in every title',
    description: '各表标题中的预算年度相同',
    severity: 'warning',
    shape: { kind: 'same-year' },
  },
  {
    id: 'S.unit-names',
    name: '单位名称一致',
    nameEn: 'One name per unit',
    description: '同一单位在表11、表12、表13 中名称一致（不出现只差一两个字的写法）',
    severity: 'warning',
    shape: { kind: 'same-names', tables: ['T11', 'T12', 'T13'] },
  },
];
