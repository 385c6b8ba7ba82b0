/**
 * Generated departments, built bottom-up the way budget systems produce them: each 项 gets its money by
 * source (whole 元, or fen), split into 基本 and 项目; every 款, 类, table total and cross-table figure is then
 * summed exactly from those, so every relation holds exactly, and only the rendering rounds (each shown
 * cell on its own, half-up), which is where 尾差 come from. Names, codes and figures are drawn from a seeded
 * PRNG and owe nothing to the seed department.
 */
import Decimal from 'decimal.js';
import { CLASSES, ordinal } from './families';
import type { ColumnRole, Department, DeptRow, DeptTable, FamilyId, TableKey } from './model';

/** mulberry32: small, fast, and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }
  /** A non-empty subset of at most `max`, in the list's order. */
  some<T>(list: readonly T[], max: number, min = 1): T[] {
    const n = this.int(Math.min(min, list.length), Math.min(max, list.length));
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(this.int(0, list.length - 1));
    return list.filter((_, i) => chosen.has(i));
  }
}

type Nature = 'basic' | 'project' | 'mixed';

/** Real functional classification codes (2026), with whether an item is usually 基本 or 项目 spending. */
const POOL: Record<string, Record<string, readonly [string, Record<string, readonly [string, Nature]>]>> = {
  '205': {
    '20501': [
      '教育管理事务',
      {
        '2050101': ['行政运行', 'basic'],
        '2050102': ['一般行政管理事务', 'project'],
        '2050199': ['其他教育管理事务支出', 'project'],
      },
    ],
    '20502': [
      '普通教育',
      {
        '2050201': ['学前教育', 'mixed'],
        '2050202': ['小学教育', 'mixed'],
        '2050203': ['初中教育', 'mixed'],
      },
    ],
    '20508': ['进修及培训', { '2050803': ['培训支出', 'project'] }],
  },
  '206': {
    '20601': [
      '科学技术管理事务',
      { '2060101': ['行政运行', 'basic'], '2060102': ['一般行政管理事务', 'project'] },
    ],
    '20604': ['技术研究与开发', { '2060499': ['其他技术研究与开发支出', 'project'] }],
  },
  '207': {
    '20701': [
      '文化和旅游',
      {
        '2070101': ['行政运行', 'basic'],
        '2070104': ['图书馆', 'mixed'],
        '2070109': ['群众文化', 'mixed'],
        '2070112': ['文化和旅游市场管理', 'mixed'],
      },
    ],
    '20703': ['体育', { '2070301': ['行政运行', 'basic'], '2070307': ['体育场馆', 'project'] }],
  },
  '211': {
    '21101': [
      '环境保护管理事务',
      {
        '2110101': ['行政运行', 'basic'],
        '2110102': ['一般行政管理事务', 'project'],
        '2110199': ['其他环境保护管理事务支出', 'project'],
      },
    ],
    '21103': ['污染防治', { '2110301': ['大气', 'project'], '2110302': ['水体', 'project'] }],
  },
  '212': {
    '21201': [
      '城乡社区管理事务',
      {
        '2120101': ['行政运行', 'basic'],
        '2120104': ['城管执法', 'mixed'],
        '2120199': ['其他城乡社区管理事务支出', 'project'],
      },
    ],
    '21203': ['城乡社区公共设施', { '2120399': ['其他城乡社区公共设施支出', 'project'] }],
  },
  '213': {
    '21301': [
      '农业农村',
      {
        '2130101': ['行政运行', 'basic'],
        '2130104': ['事业运行', 'basic'],
        '2130108': ['病虫害控制', 'project'],
      },
    ],
    '21303': ['水利', { '2130301': ['行政运行', 'basic'], '2130306': ['水利工程运行与维护', 'project'] }],
  },
  '208': {
    '20805': [
      '行政事业单位养老支出',
      {
        '2080501': ['行政单位离退休', 'basic'],
        '2080502': ['事业单位离退休', 'basic'],
        '2080505': ['机关事业单位基本养老保险缴费支出', 'basic'],
        '2080506': ['机关事业单位职业年金缴费支出', 'basic'],
      },
    ],
    '20808': ['抚恤', { '2080801': ['死亡抚恤', 'project'] }],
  },
  '210': {
    '21011': [
      '行政事业单位医疗',
      {
        '2101101': ['行政单位医疗', 'basic'],
        '2101102': ['事业单位医疗', 'basic'],
        '2101103': ['公务员医疗补助', 'basic'],
      },
    ],
  },
  '221': {
    '22102': ['住房改革支出', { '2210201': ['住房公积金', 'basic'], '2210203': ['购房补贴', 'basic'] }],
  },
};
/** Spent only from the government fund (国有土地使用权出让收入安排的支出). */
const FUND_ITEM = {
  cls: '212',
  section: '21208',
  sectionName: '国有土地使用权出让收入安排的支出',
  code: '2120803',
  name: '城市建设支出',
};

const MAIN_CLASSES = ['205', '206', '207', '211', '212', '213'];
const COMMON_CLASSES = ['208', '210', '221'];

const AGENCIES: Record<string, string> = {
  '205': '教育局',
  '206': '科学技术局',
  '207': '文化和旅游局',
  '211': '生态环境局',
  '212': '城市管理局',
  '213': '农业农村局',
};
const PLACES_SEED = ['江陵市', '北川县', '云溪区', '南岭市', '东浦县', '西平市'];
const PLACES_SH = ['上海市滨江区', '上海市云溪区', '上海市北湖区', '上海市南岭区'];
const SUBUNITS = ['事务服务中心', '信息中心', '监测中心', '研究院', '执法大队管理中心', '技术推广中心'];
const PROJECTS = [
  '专项业务经费',
  '信息化建设项目',
  '宣传教育经费',
  '设备购置费',
  '业务培训经费',
  '日常监管工作',
  '场馆运维补助',
  '专项整治项目',
];
const CARRIED = ['信息系统运维项目', '专项调查项目', '设施维修项目'];

interface Item {
  readonly cls: string;
  readonly section: string;
  readonly code: string;
  readonly name: string;
  /** By fund, each split [基本, 项目]. */
  readonly money: Record<Fund, readonly [Decimal, Decimal]>;
  /** 上年结转 (the seed family): fiscal, project spending. */
  readonly carry: Decimal;
}

type Fund = 'gb' | 'gf' | 'sa' | 'uf' | 'business' | 'bizOp' | 'other';

const ZERO = new Decimal(0);
const sumOf = (list: readonly Decimal[]) => list.reduce((s, d) => s.plus(d), ZERO);

class Money {
  constructor(
    private readonly rng: Rng,
    /** The smallest amount a figure carries: 1 元, or 0.01 元 with fen. */
    readonly grain: Decimal,
  ) {}

  /** An amount from `min` to `max` 元, log-uniform, on the grain. */
  amount(min: number, max: number): Decimal {
    const v = Math.exp(Math.log(min) + this.rng.float() * (Math.log(max) - Math.log(min)));
    return new Decimal(v).div(this.grain).floor().times(this.grain);
  }

  /** `share` of `whole`, on the grain, and the rest; a piece under 100 元 goes to the other. */
  split(whole: Decimal, share: number): [Decimal, Decimal] {
    let part = whole.times(share).div(this.grain).floor().times(this.grain);
    if (part.lt(100)) part = ZERO;
    if (whole.minus(part).lt(100)) part = whole;
    return [part, whole.minus(part)];
  }

  /** `total` cut into `n` pieces, each at least `min` when there is room, summing exactly to it. */
  partition(total: Decimal, n: number, min = 1000): Decimal[] {
    if (n <= 1) return [total];
    const floor = Decimal.min(
      new Decimal(min),
      total
        .div(n * 2)
        .div(this.grain)
        .floor()
        .times(this.grain),
    );
    const free = total.minus(floor.times(n));
    const weights = Array.from({ length: n }, () => 0.2 + this.rng.float());
    const sum = weights.reduce((s, w) => s + w, 0);
    const pieces = weights.map((w) =>
      free
        .times(w / sum)
        .div(this.grain)
        .floor()
        .times(this.grain)
        .plus(floor),
    );
    pieces[n - 1] = pieces[n - 1].plus(total.minus(sumOf(pieces)));
    return pieces;
  }
}

/** The 项 of a department: its main line of work plus the pension, health and housing every body has. */
function drawItems(rng: Rng, money: Money, family: FamilyId): Item[] {
  const main = rng.some(MAIN_CLASSES, 2);
  const common = COMMON_CLASSES.filter(() => rng.chance(0.75));
  const classes = [...main, ...common].sort();
  const items: Item[] = [];
  const none = (): readonly [Decimal, Decimal] => [ZERO, ZERO];
  for (const cls of classes) {
    const sections = Object.keys(POOL[cls]);
    for (const section of rng.some(sections, 2)) {
      const [, list] = POOL[cls][section];
      const codes = Object.keys(list);
      const chosen = rng.some(codes, 3);
      for (const code of chosen) {
        const [name, nature] = list[code];
        const share = nature === 'basic' ? 1 : nature === 'project' ? 0 : 0.3 + rng.float() * 0.5;
        const fund = (p: number, lo: number, hi: number): readonly [Decimal, Decimal] =>
          rng.chance(p) ? money.split(money.amount(lo, hi), share) : none();
        const m: Record<Fund, readonly [Decimal, Decimal]> = {
          gb: money.split(money.amount(30_000, 30_000_000), share),
          gf: none(),
          sa: family === 'seed13' ? fund(0.08, 10_000, 2_000_000) : none(),
          uf: family === 'seed13' ? fund(0.3, 10_000, 5_000_000) : none(),
          business: family === 'shanghai9' ? fund(0.15, 10_000, 5_000_000) : none(),
          bizOp: family === 'shanghai9' ? fund(0.04, 10_000, 1_000_000) : none(),
          other: family === 'shanghai9' ? fund(0.12, 10_000, 2_000_000) : none(),
        };
        items.push({ cls, section, code, name, money: m, carry: ZERO });
      }
    }
  }
  // At least one item spends 项目 money from the general budget.
  if (!items.some((i) => i.money.gb[1].gt(0))) {
    const i = items.findIndex((x) => x.money.gb[0].gt(0));
    const [b, p] = money.split(items[i].money.gb[0], 0.6);
    items[i] = { ...items[i], money: { ...items[i].money, gb: [b, p] } };
  }
  if (family === 'seed13' && rng.chance(0.75)) {
    const projectish = items.filter((i) => i.money.gb[1].gt(0));
    for (const target of rng.some(projectish, 2)) {
      const k = items.indexOf(target);
      items[k] = { ...target, carry: money.amount(20_000, 1_500_000) };
    }
  }
  if (family === 'shanghai9' && rng.chance(0.4)) {
    items.push({
      cls: FUND_ITEM.cls,
      section: FUND_ITEM.section,
      code: FUND_ITEM.code,
      name: FUND_ITEM.name,
      money: {
        gb: none(),
        gf: [ZERO, money.amount(5_000_000, 300_000_000)],
        sa: none(),
        uf: none(),
        business: none(),
        bizOp: none(),
        other: none(),
      },
      carry: ZERO,
    });
    items.sort((a, b) => a.code.localeCompare(b.code));
  }
  return items;
}

const both = (p: readonly [Decimal, Decimal]) => p[0].plus(p[1]);
const basicOf = (i: Item, funds: readonly Fund[]) => sumOf(funds.map((f) => i.money[f][0]));
const projectOf = (i: Item, funds: readonly Fund[]) => sumOf(funds.map((f) => i.money[f][1]));
const totalOf = (i: Item, funds: readonly Fund[]) => sumOf(funds.map((f) => both(i.money[f])));

/** Keeps only non-zero figures: a zero is an empty cell. */
function figures(values: Partial<Record<ColumnRole, Decimal>>): Partial<Record<ColumnRole, Decimal>> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v && !v.isZero()));
}

function className(code: string): string {
  return CLASSES.find(([c]) => c === code)![1];
}
function sectionName(cls: string, section: string): string {
  return section === FUND_ITEM.section ? FUND_ITEM.sectionName : POOL[cls][section][0];
}

/**
 * A functional-classification table: one row per 类, 款 and 项 that has money in `cols`, with 合计 first (the
 * seed) or last (Shanghai). Every row's figures are sums of its items' exact figures.
 */
function codedTable(
  key: TableKey,
  items: readonly Item[],
  cols: Record<string, (i: Item) => Decimal>,
  totalLast: boolean,
  keep: (i: Item) => boolean = () => true,
): DeptTable {
  const mine = items.filter(keep);
  const sum = (list: readonly Item[]) =>
    figures(Object.fromEntries(Object.entries(cols).map(([role, f]) => [role, sumOf(list.map(f))])));
  const rows: DeptRow[] = [];
  for (const cls of [...new Set(mine.map((i) => i.cls))]) {
    const inClass = mine.filter((i) => i.cls === cls);
    rows.push({
      key: cls,
      role: 'class',
      label: className(cls),
      code: cls,
      parent: 'total',
      values: sum(inClass),
    });
    for (const section of [...new Set(inClass.map((i) => i.section))]) {
      const inSection = inClass.filter((i) => i.section === section);
      rows.push({
        key: section,
        role: 'section',
        label: sectionName(cls, section),
        code: section,
        parent: cls,
        values: sum(inSection),
      });
      for (const i of inSection) {
        rows.push({
          key: i.code,
          role: 'item',
          label: i.name,
          code: i.code,
          parent: section,
          values: sum([i]),
        });
      }
    }
  }
  const total: DeptRow = { key: 'total', role: 'total', label: '合计', values: sum(mine) };
  return { key, rows: totalLast ? [...rows, total] : [total, ...rows] };
}

const ECON: readonly (readonly [
  string,
  string,
  readonly (readonly [string, string, string, 'personnel' | 'operating'])[],
])[] = [
  [
    '301',
    '工资福利支出',
    [
      ['30101', '基本工资', '工资奖金津补贴', 'personnel'],
      ['30102', '津贴补贴', '工资奖金津补贴', 'personnel'],
      ['30107', '绩效工资', '工资奖金津补贴', 'personnel'],
      ['30108', '机关事业单位基本养老保险缴费', '社会保障缴费', 'personnel'],
      ['30109', '职业年金缴费', '社会保障缴费', 'personnel'],
      ['30110', '职工基本医疗保险缴费', '社会保障缴费', 'personnel'],
      ['30113', '住房公积金', '住房公积金', 'personnel'],
      ['30199', '其他工资福利支出', '其他工资福利支出', 'personnel'],
    ],
  ],
  [
    '302',
    '商品和服务支出',
    [
      ['30201', '办公费', '办公经费', 'operating'],
      ['30202', '印刷费', '办公经费', 'operating'],
      ['30205', '水费', '办公经费', 'operating'],
      ['30206', '电费', '办公经费', 'operating'],
      ['30207', '邮电费', '办公经费', 'operating'],
      ['30211', '差旅费', '办公经费', 'operating'],
      ['30213', '维修（护）费', '商品和服务支出', 'operating'],
      ['30215', '会议费', '会议费', 'operating'],
      ['30216', '培训费', '培训费', 'operating'],
      ['30217', '公务接待费', '公务接待费', 'operating'],
      ['30227', '委托业务费', '委托业务费', 'operating'],
      ['30228', '工会经费', '办公经费', 'operating'],
      ['30231', '公务用车运行维护费', '公务用车运行维护费', 'operating'],
      ['30239', '其他交通费用', '办公经费', 'operating'],
      ['30299', '其他商品和服务支出', '其他商品和服务支出', 'operating'],
    ],
  ],
  [
    '303',
    '对个人和家庭的补助',
    [
      ['30302', '退休费', '离退休费', 'personnel'],
      ['30305', '生活补助', '社会福利和救助', 'personnel'],
      ['30307', '医疗费补助', '社会福利和救助', 'personnel'],
    ],
  ],
  [
    '310',
    '资本性支出',
    [
      ['31002', '办公设备购置', '设备购置', 'operating'],
      ['31003', '专用设备购置', '设备购置', 'operating'],
    ],
  ],
];
const MUST = ['30101', '30108', '30201', '30217', '30231', '31002'];

interface EconItem {
  readonly cls: string;
  readonly code: string;
  readonly name: string;
  readonly gov: string;
  readonly personnel: Decimal;
  readonly operating: Decimal;
}

/** The 一般公共预算 basic spending `basic` spread over economic items: about three quarters 人员经费. */
function drawEcon(rng: Rng, money: Money, basic: Decimal): EconItem[] {
  const [personnel, operating] = money.split(basic, 0.65 + rng.float() * 0.2);
  const chosen = ECON.flatMap(([cls, , list]) =>
    list
      .filter(([code]) => MUST.includes(code) || rng.chance(0.5))
      .map(([code, name, gov, kind]) => ({ cls, code, name, gov, kind })),
  );
  const out: EconItem[] = [];
  for (const kind of ['personnel', 'operating'] as const) {
    const list = chosen.filter((c) => c.kind === kind);
    const pieces = money.partition(kind === 'personnel' ? personnel : operating, list.length, 2000);
    list.forEach((c, i) =>
      out.push({
        cls: c.cls,
        code: c.code,
        name: c.name,
        gov: c.gov,
        personnel: kind === 'personnel' ? pieces[i] : ZERO,
        operating: kind === 'operating' ? pieces[i] : ZERO,
      }),
    );
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/** 表6 as the seed prints it: no codes, two names, and a few items on two rows. */
function seedEconTable(rng: Rng, money: Money, econ: readonly EconItem[]): DeptTable {
  const rows: DeptRow[] = [];
  const sum = (list: readonly EconItem[]) =>
    figures({
      total: sumOf(list.map((e) => e.personnel.plus(e.operating))),
      personnel: sumOf(list.map((e) => e.personnel)),
      operating: sumOf(list.map((e) => e.operating)),
    });
  rows.push({ key: 'total', role: 'total', label: '合计', values: sum(econ) });
  for (const [cls, name] of ECON) {
    const list = econ.filter((e) => e.cls === cls);
    if (list.length === 0) continue;
    rows.push({ key: `c${cls}`, role: 'econClass', label: name, parent: 'total', values: sum(list) });
    for (const e of list) {
      const twice = e.personnel.plus(e.operating).gt(20_000) && rng.chance(0.25);
      if (!twice) {
        rows.push({
          key: e.code,
          role: 'econItem',
          label: e.name,
          label2: e.gov,
          parent: `c${cls}`,
          values: sum([e]),
        });
        continue;
      }
      // One item on two rows, as the seed lists 基本工资 under two 政府预算经济科目.
      const [p1, p2] = money.split(e.personnel, 0.7);
      const [o1, o2] = money.split(e.operating, 0.7);
      rows.push({
        key: `${e.code}a`,
        role: 'econItem',
        label: e.name,
        label2: e.gov,
        parent: `c${cls}`,
        values: sum([{ ...e, personnel: p1, operating: o1 }]),
      });
      rows.push({
        key: `${e.code}b`,
        role: 'econItem',
        label: e.name,
        label2: name,
        parent: `c${cls}`,
        values: sum([{ ...e, personnel: p2, operating: o2 }]),
      });
    }
  }
  return { key: 'T6', rows };
}

/** 表8 of Shanghai: codes 类 301 and 款 30101, one row per item, 合计 last. */
function shanghaiEconTable(econ: readonly EconItem[]): DeptTable {
  const sum = (list: readonly EconItem[]) =>
    figures({
      total: sumOf(list.map((e) => e.personnel.plus(e.operating))),
      personnel: sumOf(list.map((e) => e.personnel)),
      operating: sumOf(list.map((e) => e.operating)),
    });
  const rows: DeptRow[] = [];
  for (const [cls, name] of ECON) {
    const list = econ.filter((e) => e.cls === cls);
    if (list.length === 0) continue;
    rows.push({ key: cls, role: 'econClass', label: name, code: cls, parent: 'total', values: sum(list) });
    for (const e of list)
      rows.push({
        key: e.code,
        role: 'econItem',
        label: e.name,
        code: e.code,
        parent: cls,
        values: sum([e]),
      });
  }
  rows.push({ key: 'total', role: 'total', label: '合计', values: sum(econ) });
  return { key: 'S8', rows };
}

interface Unit {
  readonly name: string;
  /** A 行政 or 参公 unit, whose 公用经费 is 机关运行经费. */
  readonly administrative: boolean;
}

function drawUnits(rng: Rng, dept: string): Unit[] {
  const place = dept.replace(/(局|委员会)$/, '');
  const subs = rng
    .some(SUBUNITS, 3)
    .map((s, i) => ({ name: `${place}${s}`, administrative: i === 0 && rng.chance(0.4) }));
  return [{ name: dept, administrative: true }, ...subs];
}

/**
 * 项目支出表: the department, its units and their projects; each fund's project money (the department's
 * totals) cut into the projects that use it, so every unit and the department add up exactly.
 */
function projectTable(
  key: TableKey,
  rng: Rng,
  money: Money,
  dept: string,
  units: readonly Unit[],
  totals: Partial<Record<ColumnRole, Decimal>>,
  names: readonly string[],
  perUnit: number,
): DeptTable {
  const projects: { unit: number; name: string; values: Partial<Record<ColumnRole, Decimal>> }[] = [];
  units.forEach((_, u) => {
    for (const name of rng.some(names, perUnit)) projects.push({ unit: u, name, values: {} });
  });
  const funded = Object.entries(totals).filter(([, v]) => v && v.gt(0)) as [ColumnRole, Decimal][];
  funded.forEach(([role, total], f) => {
    const takers = f === 0 ? projects : rng.some(projects, Math.max(1, Math.ceil(projects.length / 2)));
    const pieces = money.partition(total, takers.length);
    takers.forEach((p, i) => (p.values[role] = pieces[i]));
  });
  const live = projects.filter((p) => Object.values(p.values).some((v) => v && v.gt(0)));
  const withTotal = (v: Partial<Record<ColumnRole, Decimal>>) =>
    figures({ ...v, total: sumOf(Object.values(v).filter((x): x is Decimal => !!x)) });
  const sum = (list: readonly { values: Partial<Record<ColumnRole, Decimal>> }[]) => {
    const out: Partial<Record<ColumnRole, Decimal>> = {};
    for (const p of list)
      for (const [role, v] of Object.entries(p.values))
        out[role as ColumnRole] = (out[role as ColumnRole] ?? ZERO).plus(v!);
    return withTotal(out);
  };
  const rows: DeptRow[] = [{ key: 'dept', role: 'department', label: dept, values: sum(live) }];
  units.forEach((unit, u) => {
    const mine = live.filter((p) => p.unit === u);
    if (mine.length === 0) return;
    rows.push({ key: `u${u}`, role: 'unit', label: unit.name, parent: 'dept', values: sum(mine) });
    mine.forEach((p, i) =>
      rows.push({
        key: `u${u}.p${i}`,
        role: 'project',
        label: p.name,
        parent: `u${u}`,
        values: withTotal(p.values),
      }),
    );
  });
  return { key, rows };
}

function seedFamilyDepartment(seed: number): Department {
  const rng = new Rng(seed);
  const money = new Money(rng, new Decimal(1));
  const items = drawItems(rng, money, 'seed13');
  const main = items.find((i) => AGENCIES[i.cls])?.cls ?? '205';
  const name = `${rng.pick(PLACES_SEED)}${AGENCIES[main]}`;
  const units = drawUnits(rng, name);
  const own: Fund[] = ['gb', 'sa', 'uf'];
  const gb = (i: Item) => both(i.money.gb);

  const t2 = codedTable(
    'T2',
    items,
    {
      total: (i) => totalOf(i, own),
      generalBudget: gb,
      specialAccount: (i) => both(i.money.sa),
      unitFunds: (i) => both(i.money.uf),
      carryOver: (i) => i.carry,
    },
    false,
  );
  const t3 = codedTable(
    'T3',
    items,
    {
      total: (i) => totalOf(i, own).plus(i.carry),
      basic: (i) => basicOf(i, own),
      project: (i) => projectOf(i, own).plus(i.carry),
    },
    false,
  );
  const t5 = codedTable(
    'T5',
    items,
    { total: gb, basic: (i) => i.money.gb[0], project: (i) => i.money.gb[1] },
    false,
    (i) => gb(i).gt(0),
  );
  const sumItems = (f: (i: Item) => Decimal, list: readonly Item[] = items) => sumOf(list.map(f));
  const carry = sumItems((i) => i.carry);

  const classRows = (
    side: 'expense',
    cols: (list: Item[]) => Partial<Record<ColumnRole, Decimal>>,
  ): DeptRow[] =>
    CLASSES.map(([code, cname], n) => ({
      key: code,
      side,
      role: 'class' as const,
      label: `${ordinal(n + 1)}、${cname}`,
      classCode: code,
      parent: 'total',
      values: figures(cols(items.filter((i) => i.cls === code))),
    }));
  const t1Expense = (list: Item[]) => ({
    total: sumItems((i) => totalOf(i, own).plus(i.carry), list),
    current: sumItems((i) => totalOf(i, own), list),
    carryOver: sumItems((i) => i.carry, list),
  });
  const income = {
    generalBudget: sumItems(gb),
    specialAccount: sumItems((i) => both(i.money.sa)),
    unitFunds: sumItems((i) => both(i.money.uf)),
  };
  const thisYear = income.generalBudget.plus(income.specialAccount).plus(income.unitFunds);
  const t1: DeptTable = {
    key: 'T1',
    rows: [
      {
        key: 'generalBudget',
        side: 'income',
        role: 'line',
        label: '一、一般公共预算',
        parent: 'total',
        values: figures({ amount: income.generalBudget }),
      },
      {
        key: 'governmentFund',
        side: 'income',
        role: 'line',
        label: '二、政府性基金预算',
        parent: 'total',
        values: {},
      },
      {
        key: 'stateCapital',
        side: 'income',
        role: 'line',
        label: '三、国有资本经营预算',
        parent: 'total',
        values: {},
      },
      {
        key: 'specialAccount',
        side: 'income',
        role: 'line',
        label: '四、财政专户管理资金',
        parent: 'total',
        values: figures({ amount: income.specialAccount }),
      },
      {
        key: 'unitFunds',
        side: 'income',
        role: 'line',
        label: '五、单位资金',
        parent: 'total',
        values: figures({ amount: income.unitFunds }),
      },
      {
        key: 'total',
        side: 'income',
        role: 'total',
        label: '本年收入合计',
        parent: 'grandTotal',
        values: figures({ amount: thisYear }),
      },
      {
        key: 'carryOver',
        side: 'income',
        role: 'line',
        label: '上年结转',
        parent: 'grandTotal',
        values: figures({ amount: carry }),
      },
      {
        key: 'grandTotal',
        side: 'income',
        role: 'total',
        label: '收入总计',
        values: figures({ amount: thisYear.plus(carry) }),
      },
      ...classRows('expense', t1Expense),
      {
        key: 'total',
        side: 'expense',
        role: 'total',
        label: '本年支出合计',
        parent: 'grandTotal',
        values: figures(t1Expense(items)),
      },
      {
        key: 'carryForward',
        side: 'expense',
        role: 'line',
        label: '年终结转',
        parent: 'grandTotal',
        values: {},
      },
      {
        key: 'grandTotal',
        side: 'expense',
        role: 'total',
        label: '支出总计',
        values: figures(t1Expense(items)),
      },
    ],
  };
  const t4Expense = (list: Item[]) => {
    const v = sumItems((i) => gb(i).plus(i.carry), list);
    return { subtotal: v, generalBudget: v };
  };
  const fiscal = income.generalBudget;
  const t4: DeptTable = {
    key: 'T4',
    rows: [
      {
        key: 'generalBudget',
        side: 'income',
        role: 'line',
        label: '一、一般公共预算',
        parent: 'total',
        values: figures({ amount: fiscal }),
      },
      {
        key: 'governmentFund',
        side: 'income',
        role: 'line',
        label: '二、政府性基金预算',
        parent: 'total',
        values: {},
      },
      {
        key: 'stateCapital',
        side: 'income',
        role: 'line',
        label: '三、国有资本经营预算',
        parent: 'total',
        values: {},
      },
      {
        key: 'total',
        side: 'income',
        role: 'total',
        label: '本年收入合计',
        parent: 'grandTotal',
        values: figures({ amount: fiscal }),
      },
      {
        key: 'carryOver',
        side: 'income',
        role: 'line',
        label: '上年财政拨款结转',
        parent: 'grandTotal',
        values: figures({ amount: carry }),
      },
      {
        key: 'carryOver.generalBudget',
        side: 'income',
        role: 'line',
        label: '一、一般公共预算',
        parent: 'carryOver',
        values: figures({ amount: carry }),
      },
      {
        key: 'carryOver.governmentFund',
        side: 'income',
        role: 'line',
        label: '二、政府性基金预算',
        parent: 'carryOver',
        values: {},
      },
      {
        key: 'carryOver.stateCapital',
        side: 'income',
        role: 'line',
        label: '三、国有资本经营预算',
        parent: 'carryOver',
        values: {},
      },
      {
        key: 'grandTotal',
        side: 'income',
        role: 'total',
        label: '收入总计',
        values: figures({ amount: fiscal.plus(carry) }),
      },
      ...classRows('expense', t4Expense),
      {
        key: 'total',
        side: 'expense',
        role: 'total',
        label: '本年支出合计',
        parent: 'grandTotal',
        values: figures(t4Expense(items)),
      },
      {
        key: 'carryForward',
        side: 'expense',
        role: 'line',
        label: '年终结转',
        parent: 'grandTotal',
        values: {},
      },
      {
        key: 'grandTotal',
        side: 'expense',
        role: 'total',
        label: '支出总计',
        values: figures(t4Expense(items)),
      },
    ],
  };

  const econ = drawEcon(
    rng,
    money,
    sumItems((i) => i.money.gb[0]),
  );
  const t6 = seedEconTable(rng, money, econ);
  const econSum = (code: string) =>
    sumOf(econ.filter((e) => e.code === code).map((e) => e.personnel.plus(e.operating)));
  const operating = sumOf(econ.map((e) => e.operating));

  const hospitality = econSum('30217').plus(rng.chance(0.5) ? money.amount(1000, 50_000) : ZERO);
  const vehicleOperation = econSum('30231').plus(rng.chance(0.4) ? money.amount(1000, 80_000) : ZERO);
  const vehiclePurchase = rng.chance(0.25) ? money.amount(100_000, 400_000) : ZERO;
  const abroad = rng.chance(0.5) ? money.amount(20_000, 800_000) : ZERO;
  const vehicles = vehiclePurchase.plus(vehicleOperation);
  const entry = (key: string, label: string, v: Decimal, parent?: string): DeptRow => ({
    key,
    role: key === 'total' ? 'total' : 'entry',
    label,
    parent,
    values: figures({ total: v, generalBudget: v }),
  });
  const t10: DeptTable = {
    key: 'T10',
    rows: [
      entry('abroad', '因公出国（境）费', abroad, 'total'),
      entry('hospitality', '公务接待费', hospitality, 'total'),
      entry('vehicles', '公务用车购置及运行费', vehicles, 'total'),
      entry('vehiclePurchase', '①公务用车购置费', vehiclePurchase, 'vehicles'),
      entry('vehicleOperation', '②公务用车运行维护费', vehicleOperation, 'vehicles'),
      entry('total', '合计', abroad.plus(hospitality).plus(vehicles)),
    ],
  };

  const admin = units.filter((u) => u.administrative);
  const agencyTotal = money.split(operating, 0.5 + rng.float() * 0.45)[0];
  const agencyParts = money.partition(agencyTotal, admin.length);
  const t11: DeptTable = {
    key: 'T11',
    rows: [
      {
        key: 'total',
        role: 'total',
        label: '部门合计',
        values: figures({ total: agencyTotal, generalBudget: agencyTotal }),
      },
      ...admin.map((u, i): DeptRow => ({
        key: `u${i}`,
        role: 'unit',
        label: u.name,
        parent: 'total',
        values: figures({ total: agencyParts[i], generalBudget: agencyParts[i] }),
      })),
    ],
  };
  const t12 = projectTable(
    'T12',
    rng,
    money,
    name,
    units,
    {
      generalBudget: sumItems((i) => i.money.gb[1]),
      unitFunds: sumItems((i) => i.money.uf[1]),
      specialAccount: sumItems((i) => i.money.sa[1]),
    },
    PROJECTS,
    3,
  );
  const t13 = carry.gt(0)
    ? projectTable('T13', rng, money, name, units.slice(0, 2), { generalBudget: carry }, CARRIED, 1)
    : { key: 'T13' as const, rows: [{ key: 'dept', role: 'department' as const, label: name, values: {} }] };
  const empty = (key: TableKey): DeptTable => ({
    key,
    rows: [{ key: 'total', role: 'total', label: '合计', values: {} }],
  });

  return {
    family: 'seed13',
    source: `generated seed13 #${seed}`,
    name,
    year: 2026,
    precision: 'exact',
    nativeUnit: {},
    fen: false,
    tables: [
      t1,
      t2,
      t3,
      t4,
      t5,
      t6,
      empty('T7'),
      empty('T8'),
      { key: 'T9', rows: [{ key: 'total', side: 'income', role: 'total', label: '合计', values: {} }] },
      t10,
      t11,
      t12,
      t13,
    ],
  };
}

function shanghaiDepartment(seed: number): Department {
  const rng = new Rng(seed);
  const fen = rng.chance(0.35);
  const money = new Money(rng, new Decimal(fen ? '0.01' : '1'));
  const items = drawItems(rng, money, 'shanghai9');
  const main = items.find((i) => AGENCIES[i.cls])?.cls ?? '205';
  const name = `${rng.pick(PLACES_SH)}${AGENCIES[main]}`;
  const all: Fund[] = ['gb', 'gf', 'business', 'bizOp', 'other'];
  const gb = (i: Item) => both(i.money.gb);
  const gf = (i: Item) => both(i.money.gf);
  const sumItems = (f: (i: Item) => Decimal, list: readonly Item[] = items) => sumOf(list.map(f));

  const s2 = codedTable(
    'S2',
    items,
    {
      total: (i) => totalOf(i, all),
      fiscal: (i) => gb(i).plus(gf(i)),
      business: (i) => both(i.money.business),
      businessOperation: (i) => both(i.money.bizOp),
      other: (i) => both(i.money.other),
    },
    true,
  );
  const s3 = codedTable(
    'S3',
    items,
    { total: (i) => totalOf(i, all), basic: (i) => basicOf(i, all), project: (i) => projectOf(i, all) },
    true,
  );
  const s5 = codedTable(
    'S5',
    items,
    { total: gb, basic: (i) => i.money.gb[0], project: (i) => i.money.gb[1] },
    true,
    (i) => gb(i).gt(0),
  );
  const s6 = codedTable(
    'S6',
    items,
    { total: gf, basic: (i) => i.money.gf[0], project: (i) => i.money.gf[1] },
    true,
    (i) => gf(i).gt(0),
  );
  const s7 = codedTable('S7', items, { total: () => ZERO }, true, () => false);

  const income = {
    generalBudget: sumItems(gb),
    governmentFund: sumItems(gf),
    business: sumItems((i) => both(i.money.business)),
    businessOperation: sumItems((i) => both(i.money.bizOp)),
    other: sumItems((i) => both(i.money.other)),
  };
  const fiscal = income.generalBudget.plus(income.governmentFund);
  const grand = fiscal.plus(income.business).plus(income.businessOperation).plus(income.other);
  const classes = [...new Set(items.map((i) => i.cls))];
  const s1: DeptTable = {
    key: 'S1',
    rows: [
      {
        key: 'fiscal',
        side: 'income',
        role: 'line',
        label: '一、财政拨款收入',
        parent: 'grandTotal',
        values: figures({ amount: fiscal }),
      },
      {
        key: 'generalBudget',
        side: 'income',
        role: 'line',
        label: '1. 一般公共预算',
        parent: 'fiscal',
        values: figures({ amount: income.generalBudget }),
      },
      {
        key: 'governmentFund',
        side: 'income',
        role: 'line',
        label: '2. 政府性基金预算',
        parent: 'fiscal',
        values: figures({ amount: income.governmentFund }),
      },
      {
        key: 'stateCapital',
        side: 'income',
        role: 'line',
        label: '3. 国有资本经营预算',
        parent: 'fiscal',
        values: {},
      },
      {
        key: 'business',
        side: 'income',
        role: 'line',
        label: '二、事业收入',
        parent: 'grandTotal',
        values: figures({ amount: income.business }),
      },
      {
        key: 'businessOperation',
        side: 'income',
        role: 'line',
        label: '三、事业单位经营收入',
        parent: 'grandTotal',
        values: figures({ amount: income.businessOperation }),
      },
      {
        key: 'other',
        side: 'income',
        role: 'line',
        label: '四、其他收入',
        parent: 'grandTotal',
        values: figures({ amount: income.other }),
      },
      {
        key: 'grandTotal',
        side: 'income',
        role: 'total',
        label: '收入总计',
        values: figures({ amount: grand }),
      },
      ...classes.map((cls, n): DeptRow => ({
        key: cls,
        side: 'expense',
        role: 'class',
        label: `${ordinal(n + 1)}、${className(cls)}`,
        classCode: cls,
        parent: 'grandTotal',
        values: figures({
          total: sumItems(
            (i) => totalOf(i, all),
            items.filter((i) => i.cls === cls),
          ),
        }),
      })),
      {
        key: 'grandTotal',
        side: 'expense',
        role: 'total',
        label: '支出总计',
        values: figures({ total: grand }),
      },
    ],
  };
  const fiscalClasses = classes.filter((cls) =>
    sumItems(
      (i) => gb(i).plus(gf(i)),
      items.filter((i) => i.cls === cls),
    ).gt(0),
  );
  const s4Class = (list: readonly Item[]) =>
    figures({
      total: sumItems((i) => gb(i).plus(gf(i)), list),
      generalBudget: sumItems(gb, list),
      governmentFund: sumItems(gf, list),
    });
  const s4: DeptTable = {
    key: 'S4',
    rows: [
      {
        key: 'generalBudget',
        side: 'income',
        role: 'line',
        label: '一、一般公共预算',
        parent: 'grandTotal',
        values: figures({ amount: income.generalBudget }),
      },
      {
        key: 'governmentFund',
        side: 'income',
        role: 'line',
        label: '二、政府性基金预算',
        parent: 'grandTotal',
        values: figures({ amount: income.governmentFund }),
      },
      {
        key: 'stateCapital',
        side: 'income',
        role: 'line',
        label: '三、国有资本经营预算',
        parent: 'grandTotal',
        values: {},
      },
      {
        key: 'grandTotal',
        side: 'income',
        role: 'total',
        label: '收入总计',
        values: figures({ amount: fiscal }),
      },
      ...fiscalClasses.map((cls, n): DeptRow => ({
        key: cls,
        side: 'expense',
        role: 'class',
        label: `${ordinal(n + 1)}、${className(cls)}`,
        classCode: cls,
        parent: 'grandTotal',
        values: s4Class(items.filter((i) => i.cls === cls)),
      })),
      { key: 'grandTotal', side: 'expense', role: 'total', label: '支出总计', values: s4Class(items) },
    ],
  };
  const econ = drawEcon(
    rng,
    money,
    sumItems((i) => i.money.gb[0]),
  );
  const s8 = shanghaiEconTable(econ);
  const econSum = (code: string) =>
    sumOf(econ.filter((e) => e.code === code).map((e) => e.personnel.plus(e.operating)));
  // 表9 counts 项目支出 too, so it holds at least what 表8 lists for the same items.
  const hospitality = econSum('30217').plus(rng.chance(0.5) ? money.amount(1000, 30_000) : ZERO);
  const vehicleOperation = econSum('30231').plus(rng.chance(0.4) ? money.amount(1000, 50_000) : ZERO);
  const vehiclePurchase = rng.chance(0.3) ? money.amount(100_000, 500_000) : ZERO;
  const abroad = rng.chance(0.3) ? money.amount(20_000, 300_000) : ZERO;
  const vehicles = vehiclePurchase.plus(vehicleOperation);
  const operating = sumOf(econ.map((e) => e.operating));
  const s9: DeptTable = {
    key: 'S9',
    rows: [
      {
        key: 'row',
        role: 'entry',
        label: '',
        values: figures({
          total: abroad.plus(hospitality).plus(vehicles),
          abroad,
          hospitality,
          vehicles,
          vehiclePurchase,
          vehicleOperation,
          agencyOperating: money.split(operating, 0.4 + rng.float() * 0.55)[0],
        }),
      },
    ],
  };
  return {
    family: 'shanghai9',
    source: `generated shanghai9 #${seed}`,
    name,
    year: 2026,
    precision: 'exact',
    nativeUnit: {
      S1: '元',
      S2: '元',
      S3: '元',
      S4: '元',
      S5: '元',
      S6: '元',
      S7: '元',
      S8: '元',
      S9: '万元',
    },
    fen,
    tables: [s1, s2, s3, s4, s5, s6, s7, s8, s9],
  };
}

export const DEFAULT_SEED = process.env.FC_SEED === undefined ? 20_260_101 : Number(process.env.FC_SEED);

export function generateDepartment(family: FamilyId, seed = DEFAULT_SEED): Department {
  return family === 'seed13' ? seedFamilyDepartment(seed) : shanghaiDepartment(seed);
}

/**
 * The real slip issue 9 reports in a published budget of the Shanghai family: a 款 subtotal of 表3 one 元
 * above the sum of its 项 lines. Returns the department and the slipped cell.
 */
export function withSectionSlip(dept: Department): { dept: Department; table: TableKey; row: string } {
  const s3 = dept.tables.find((t) => t.key === 'S3')!;
  const section =
    s3.rows.find((r) => r.role === 'section' && s3.rows.filter((c) => c.parent === r.key).length > 1) ??
    s3.rows.find((r) => r.role === 'section')!;
  const values = { ...section.values, total: (section.values.total ?? ZERO).plus(1) };
  return {
    dept: {
      ...dept,
      tables: dept.tables.map((t) =>
        t.key !== 'S3' ? t : { ...t, rows: t.rows.map((r) => (r === section ? { ...r, values } : r)) },
      ),
    },
    table: 'S3',
    row: section.key,
  };
}
