/**
 * A large, internally consistent disclosure workbook for the benchmark: the 13 tables with T2, T3 and T5
 * holding thousands of 类/款/项 rows each. Amounts are whole cents, so every total is exact.
 */
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../src/engine/snapshot';

const CLASSES = [
  '201',
  '202',
  '203',
  '204',
  '205',
  '206',
  '207',
  '208',
  '210',
  '211',
  '212',
  '213',
  '214',
  '215',
  '216',
  '217',
  '219',
  '220',
  '221',
  '222',
  '224',
  '229',
];
const CLASS_NAMES: Record<string, string> = {
  '201': '一般公共服务支出',
  '202': '外交支出',
  '203': '国防支出',
  '204': '公共安全支出',
  '205': '教育支出',
  '206': '科学技术支出',
  '207': '文化旅游体育与传媒支出',
  '208': '社会保障和就业支出',
  '210': '卫生健康支出',
  '211': '节能环保支出',
  '212': '城乡社区支出',
  '213': '农林水支出',
  '214': '交通运输支出',
  '215': '资源勘探工业信息等支出',
  '216': '商业服务业等支出',
  '217': '金融支出',
  '219': '援助其他地区支出',
  '220': '自然资源海洋气象等支出',
  '221': '住房保障支出',
  '222': '粮油物资储备支出',
  '224': '灾害防治及应急管理支出',
  '229': '其他支出',
};

type Line = (string | number | null)[];

/** A deterministic pseudo-random cent amount. */
function cents(seed: number): number {
  return ((seed * 2654435761) % 9_000_000) + 10_000;
}

const yuan = (c: number): number | null => (c === 0 ? null : c / 100);

function sheet(name: string, lines: Line[]): SheetSnapshot {
  const rows = lines.map((line) =>
    line.map((v): CellSnapshot | undefined =>
      v === null || v === ''
        ? undefined
        : typeof v === 'number'
          ? { value: v, format: '#,##0.00' }
          : { value: v },
    ),
  );
  return { name, rows };
}

interface Leaf {
  code: string;
  general: number;
  unit: number;
  carry: number;
  basic: number;
}

/** `itemsPerSection` 项 under `sectionsPerClass` 款 of each of 22 类: 22 × 款 × 项 leaves. */
export function largeWorkbook(itemsPerSection = 30, sectionsPerClass = 10): WorkbookSnapshot {
  // 款 and 项 codes have two digits under their parent.
  if (itemsPerSection > 99 || sectionsPerClass > 99)
    throw new RangeError('at most 99 款 per 类 and 99 项 per 款');
  const leaves: Leaf[] = [];
  let n = 1;
  for (const c of CLASSES) {
    for (let k = 1; k <= sectionsPerClass; k++) {
      for (let i = 1; i <= itemsPerSection; i++, n++) {
        const general = cents(n);
        const unit = n % 3 === 0 ? cents(n + 7) : 0;
        const carry = n % 17 === 0 ? cents(n + 3) % 100_000 : 0;
        leaves.push({
          code: `${c}${String(k).padStart(2, '0')}${String(i).padStart(2, '0')}`,
          general,
          unit,
          carry,
          basic: Math.floor(general / 2),
        });
      }
    }
  }
  const sum = (ls: Leaf[], f: (l: Leaf) => number) => ls.reduce((s, l) => s + f(l), 0);
  const groups = (len: number) => {
    const m = new Map<string, Leaf[]>();
    for (const l of leaves) {
      const key = l.code.slice(0, len);
      const group = m.get(key);
      if (group) group.push(l);
      else m.set(key, [l]);
    }
    return m;
  };
  const classes = groups(3);
  const sections = groups(5);
  /** Rows of a coded table in 类, 款, 项 order. */
  const coded = (row: (code: string, name: string, ls: Leaf[]) => Line): Line[] => {
    const out: Line[] = [row('合计', '', leaves)];
    for (const [c, cl] of classes) {
      out.push(row(c, CLASS_NAMES[c], cl));
      for (let k = 1; k <= sectionsPerClass; k++) {
        const s = `${c}${String(k).padStart(2, '0')}`;
        const sl = sections.get(s)!;
        out.push(row(s, `款${s}`, sl));
        for (const l of sl) out.push(row(l.code, `项${l.code}`, [l]));
      }
    }
    return out.map((r) => (r[0] === '合计' ? ['合计', '', ...r.slice(2)] : r));
  };
  const g = sum(leaves, (l) => l.general);
  const u = sum(leaves, (l) => l.unit);
  const carry = sum(leaves, (l) => l.carry);
  const basicG = sum(leaves, (l) => l.basic);
  const projectG = g - basicG;
  const head = (title: string) => [[title], ['部门名称：基准测试部门'], ['单位：万元']] as Line[];

  const t1: Line[] = [
    ...head('2026年预算收支总表'),
    ['收入', '', '支出'],
    ['项目', '2026年', '项目', '2026年合计', '当年预算安排', '上年结转安排'],
    ['一、一般公共预算', yuan(g), '', null, null, null],
    ['二、政府性基金预算', null],
    ['三、国有资本经营预算', null],
    ['四、财政专户管理资金', null],
    ['五、单位资金', yuan(u)],
  ];
  CLASSES.forEach((c, i) => {
    const cl = classes.get(c)!;
    const cur = sum(cl, (l) => l.general + l.unit);
    const cc = sum(cl, (l) => l.carry);
    const row: Line = [null, null, `${i + 1}、${CLASS_NAMES[c]}`, yuan(cur + cc), yuan(cur), yuan(cc)];
    if (i + 5 < t1.length) t1[i + 5] = [...t1[i + 5].slice(0, 2), ...row.slice(2)];
    else t1.push(row);
  });
  t1.push(['本年收入合计', yuan(g + u), '本年支出合计', yuan(g + u + carry), yuan(g + u), yuan(carry)]);
  t1.push(['上年结转', yuan(carry), '年终结转', null, null, null]);
  t1.push(['收入总计', yuan(g + u + carry), '支出总计', yuan(g + u + carry), yuan(g + u), yuan(carry)]);

  const t2 = [
    ...head('2026年预算收入总表'),
    [
      '科目编码',
      '科目名称',
      '合计',
      '一般公共预算',
      '政府性基金',
      '国有资本经营预算',
      '财政专户管理资金',
      '单位资金',
      '上年结转',
    ],
    ...coded((code, name, ls) => {
      const gg = sum(ls, (l) => l.general);
      const uu = sum(ls, (l) => l.unit);
      return [code, name, yuan(gg + uu), yuan(gg), null, null, null, yuan(uu), yuan(sum(ls, (l) => l.carry))];
    }),
  ];
  const t3 = [
    ...head('2026年预算支出总表'),
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ...coded((code, name, ls) => {
      const all = sum(ls, (l) => l.general + l.unit + l.carry);
      const b = sum(ls, (l) => l.basic);
      return [code, name, yuan(all), yuan(b), yuan(all - b)];
    }),
  ];
  const t4: Line[] = [
    ...head('2026年财政拨款收支总表'),
    ['项目', '金额', '项目', '小计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
    ['一、一般公共预算', yuan(g)],
    ['二、政府性基金预算', null],
    ['三、国有资本经营预算', null],
  ];
  CLASSES.forEach((c, i) => {
    const v = sum(classes.get(c)!, (l) => l.general + l.carry);
    const row: Line = [`${i + 1}、${CLASS_NAMES[c]}`, yuan(v), yuan(v), null, null];
    if (i + 4 < t4.length) t4[i + 4] = [...t4[i + 4].slice(0, 2), ...row];
    else t4.push([null, null, ...row]);
  });
  t4.push(['本年收入合计', yuan(g), '本年支出合计', yuan(g + carry), yuan(g + carry), null, null]);
  t4.push(['上年财政拨款结转', yuan(carry), '年终结转', null, null, null, null]);
  t4.push(['一、一般公共预算', yuan(carry)]);
  t4.push(['二、政府性基金预算', null]);
  t4.push(['三、国有资本经营预算', null]);
  t4.push(['收入总计', yuan(g + carry), '支出总计', yuan(g + carry), yuan(g + carry), null, null]);
  const t5 = [
    ...head('2026年一般公共预算支出预算表'),
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ...coded((code, name, ls) => {
      const gg = sum(ls, (l) => l.general);
      const b = sum(ls, (l) => l.basic);
      return [code, name, yuan(gg), yuan(b), yuan(gg - b)];
    }),
  ];
  const t6 = [
    ...head('2026年一般公共预算基本支出表'),
    ['部门预算支出经济科目名称', '政府预算支出经济科目名称', '合计', '人员经费', '公用经费'],
    ['合计', '', yuan(basicG), yuan(basicG - 100_000), 1000],
    ['工资福利支出', '', yuan(basicG - 100_000), yuan(basicG - 100_000), null],
    ['基本工资', '工资奖金津补贴', yuan(basicG - 100_000), yuan(basicG - 100_000), null],
    ['商品和服务支出', '', 1000, null, 1000],
    ['办公费', '办公经费', 998, null, 998],
    ['公务接待费', '公务接待费', 2, null, 2],
  ];
  const project = g + u - sum(leaves, (l) => l.basic);
  const t12 = [
    ...head('2026年项目支出预算表（本年预算）'),
    [
      '项目名称',
      '合计',
      '一般公共预算',
      '政府性基金预算',
      '国有资本经营预算',
      '财政专户管理资金',
      '单位资金',
    ],
    ['基准测试部门', yuan(project), yuan(projectG), null, null, null, yuan(u)],
    ['基准测试部门本级', yuan(project), yuan(projectG), null, null, null, yuan(u)],
    ['综合业务经费', yuan(project), yuan(projectG), null, null, null, yuan(u)],
  ];
  const t13 = [
    ...head('2026年项目支出预算表（上年结转）'),
    ['项目名称', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
    ['基准测试部门', yuan(carry), yuan(carry)],
    ['基准测试部门本级', yuan(carry), yuan(carry)],
    ['结转项目', yuan(carry), yuan(carry)],
  ];
  const empty = (title: string, header: string[]) => [...head(title), header, ['合计']];
  return {
    name: 'large',
    sheets: [
      sheet('表1', t1),
      sheet('表2', t2),
      sheet('表3', t3),
      sheet('表4', t4),
      sheet('表5', t5),
      sheet('表6', t6),
      sheet('表7', empty('2026年政府性基金预算收入表', ['科目编码', '科目名称', '政府性基金收入预算'])),
      sheet(
        '表8',
        empty('2026年政府性基金预算支出表', ['科目编码', '科目名称', '合计', '基本支出', '项目支出']),
      ),
      sheet('表9', [
        ...head('2026年国有资本经营预算收支预算表'),
        [
          '收入科目编码',
          '科目名称',
          '国有资本经营收入预算',
          '科目编码',
          '科目名称',
          '合计',
          '基本支出',
          '项目支出',
        ],
        ['合计', '', null, '合计'],
      ]),
      sheet('表10', [
        ...head('2026年财政拨款安排"三公"经费支出预算表'),
        ['项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
        ['因公出国（境）费', 1, 1],
        ['公务接待费', 2, 2],
        ['公务用车购置及运行费', null],
        ['①公务用车购置费', null],
        ['②公务用车运行维护费', null],
        ['合计', 3, 3],
      ]),
      sheet('表11', [
        ...head('2026年财政拨款安排机关运行经费预算表'),
        ['单位名称', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
        ['部门合计', 5, 5],
        ['基准测试部门本级', 5, 5],
      ]),
      sheet('表12', t12),
      sheet('表13', t13),
    ],
  };
}

/** How many classification-code rows the coded tables hold. */
export function codeRows(wb: WorkbookSnapshot): number {
  return wb.sheets.reduce(
    (n, s) => n + s.rows.filter((r) => /^\d{3,7}$/.test(String(r?.[0]?.value ?? ''))).length,
    0,
  );
}

/**
 * Plants an error in every `every`-th 项 of 表3 (its 基本支出 one 万元 too high, so the row and the 款 above it
 * no longer add up), so that diagnosis and messages grow with the workbook too. Returns how many.
 */
export function plantErrors(wb: WorkbookSnapshot, every = 100): number {
  const t3 = wb.sheets.find((s) => s.name === '表3');
  let seen = 0;
  let planted = 0;
  for (const row of t3?.rows ?? []) {
    const basic = row?.[3];
    if (!/^\d{7}$/.test(String(row?.[0]?.value ?? '')) || typeof basic?.value !== 'number') continue;
    if (++seen % every !== 0) continue;
    (row as (CellSnapshot | undefined)[])[3] = { ...basic, value: basic.value + 1 };
    planted++;
  }
  return planted;
}
