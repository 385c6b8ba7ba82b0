/**
 * Where the map's boxes and links go, so the view only renders. Boxes sit on a fixed grid chosen so that the
 * tables that share the most relationships are neighbours (T2, the hub of the income chains, in the middle);
 * links are quadratic curves, parallel links between one pair of tables fan out in lanes, and a pair whose
 * straight line would cross another box bends around it.
 */
import type { TableId } from '../model';
import type { TableLink } from './assertion';

export type MapSize = 'narrow' | 'wide';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface NodeBox {
  readonly id: TableId;
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LinkPath {
  readonly relationId: string;
  readonly from: TableId;
  readonly to: TableId;
  /** On the border of `from`'s box. */
  readonly start: Point;
  readonly control: Point;
  /** On the border of `to`'s box: where an arrowhead goes. */
  readonly end: Point;
  /** The middle of the curve, for a label or a click target. */
  readonly label: Point;
  /** SVG path data: `M start Q control end`. */
  readonly d: string;
}

export interface MapLayout {
  readonly size: MapSize;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NodeBox[];
  readonly links: readonly LinkPath[];
}

interface Grid {
  readonly box: { readonly width: number; readonly height: number };
  readonly gap: { readonly x: number; readonly y: number };
  readonly margin: number;
  /** Distance between parallel links of one pair of tables. */
  readonly lane: number;
  /** How far a link bends per step when its straight line would cross a box. */
  readonly bend: number;
  readonly rows: readonly (readonly (TableId | null)[])[];
}

/**
 * Funds on top (they feed T2 and T4), the summaries below them, then the expenditure detail and the project
 * tables. 320 px: three columns, 表10 and 表11 tucked under 表6 and 表12, gaps wide enough for diagonal
 * links to pass between boxes. Wide: four columns, 表10 beside 表6.
 */
const GRIDS: Readonly<Record<MapSize, Grid>> = {
  narrow: {
    box: { width: 80, height: 44 },
    gap: { x: 28, y: 40 },
    margin: 12,
    lane: 4,
    bend: 12,
    rows: [
      ['T9', 'T7', 'T8'],
      ['T1', 'T2', 'T4'],
      ['T3', 'T5', 'T6'],
      ['T13', 'T12', 'T10'],
      [null, 'T11', null],
    ],
  },
  wide: {
    box: { width: 168, height: 56 },
    gap: { x: 96, y: 64 },
    margin: 24,
    lane: 10,
    bend: 20,
    rows: [
      ['T9', 'T7', 'T8', null],
      ['T1', 'T2', 'T4', null],
      ['T3', 'T5', 'T6', 'T10'],
      ['T13', 'T12', 'T11', null],
    ],
  },
};

const PAD = 3;
const SAMPLES = 32;

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

function centre(b: NodeBox): Point {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Where the ray from the box's centre towards `p` leaves the box. */
function exit(b: NodeBox, p: Point): Point {
  const c = centre(b);
  const dx = p.x - c.x;
  const dy = p.y - c.y;
  const t = Math.min(dx ? b.width / 2 / Math.abs(dx) : Infinity, dy ? b.height / 2 / Math.abs(dy) : Infinity);
  return { x: round(c.x + dx * t), y: round(c.y + dy * t) };
}

function at(s: Point, c: Point, e: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * s.x + 2 * u * t * c.x + t * t * e.x, y: u * u * s.y + 2 * u * t * c.y + t * t * e.y };
}

function inside(p: Point, b: NodeBox): boolean {
  return p.x > b.x - PAD && p.x < b.x + b.width + PAD && p.y > b.y - PAD && p.y < b.y + b.height + PAD;
}

/** The control point that makes the curve between two boxes pass `offset` px to the side of the straight line. */
function controlPoint(a: NodeBox, b: NodeBox, offset: number): Point {
  const p = centre(a);
  const q = centre(b);
  const len = Math.hypot(q.x - p.x, q.y - p.y);
  // A quadratic curve's middle lies halfway between the chord's middle and the control point.
  const k = (2 * offset) / len;
  return { x: round((p.x + q.x) / 2 - (q.y - p.y) * k), y: round((p.y + q.y) / 2 + (q.x - p.x) * k) };
}

/** Sample points of the curve inside a box other than its two ends (weighted) or off the canvas. */
function cost(a: NodeBox, b: NodeBox, control: Point, boxes: readonly NodeBox[], area: Point): number {
  const s = exit(a, control);
  const e = exit(b, control);
  let hits = 0;
  for (let i = 1; i < SAMPLES; i++) {
    const p = at(s, control, e, i / SAMPLES);
    hits += 10 * boxes.filter((x) => x !== a && x !== b && inside(p, x)).length;
    if (p.x < PAD || p.y < PAD || p.x > area.x - PAD || p.y > area.y - PAD) hits++;
  }
  return hits;
}

/** The bend for a pair of boxes: the smallest that keeps its outer lanes clear of other boxes and the edges. */
function pairBend(
  a: NodeBox,
  b: NodeBox,
  lanes: number,
  grid: Grid,
  boxes: readonly NodeBox[],
  area: Point,
): number {
  const spread = ((lanes - 1) / 2) * grid.lane;
  const total = (bend: number) =>
    cost(a, b, controlPoint(a, b, bend - spread), boxes, area) +
    cost(a, b, controlPoint(a, b, bend + spread), boxes, area);
  const candidates = [0];
  for (let step = 1; step <= 8; step++) candidates.push(step * grid.bend, -step * grid.bend);
  return candidates.reduce((best, c) => (total(c) < total(best) ? c : best));
}

export function layoutMap(
  edges: readonly { readonly id: string; readonly links: readonly TableLink[] }[],
  size: MapSize,
): MapLayout {
  const grid = GRIDS[size];
  const nodes: NodeBox[] = [];
  grid.rows.forEach((row, r) =>
    row.forEach((id, c) => {
      if (!id) return;
      nodes.push({
        id,
        x: grid.margin + c * (grid.box.width + grid.gap.x),
        y: grid.margin + r * (grid.box.height + grid.gap.y),
        width: grid.box.width,
        height: grid.box.height,
      });
    }),
  );
  const columns = Math.max(...grid.rows.map((r) => r.length));
  const width = 2 * grid.margin + columns * grid.box.width + (columns - 1) * grid.gap.x;
  const height = 2 * grid.margin + grid.rows.length * grid.box.height + (grid.rows.length - 1) * grid.gap.y;
  const boxOf = new Map(nodes.map((n) => [n.id, n]));

  // Links grouped by unordered pair, lower table number first, so lanes of one pair share one side.
  const pairs = new Map<string, { a: NodeBox; b: NodeBox; links: { id: string; link: TableLink }[] }>();
  for (const edge of edges) {
    for (const link of edge.links) {
      const [a, b] = [boxOf.get(link.from)!, boxOf.get(link.to)!].sort(
        (x, y) => Number(x.id.slice(1)) - Number(y.id.slice(1)),
      );
      const key = `${a.id}-${b.id}`;
      const pair = pairs.get(key) ?? { a, b, links: [] };
      pair.links.push({ id: edge.id, link });
      pairs.set(key, pair);
    }
  }

  const links: LinkPath[] = [];
  for (const { a, b, links: group } of pairs.values()) {
    const bend = pairBend(a, b, group.length, grid, nodes, { x: width, y: height });
    group.forEach(({ id, link }, lane) => {
      const control = controlPoint(a, b, bend + (lane - (group.length - 1) / 2) * grid.lane);
      const start = exit(boxOf.get(link.from)!, control);
      const end = exit(boxOf.get(link.to)!, control);
      const mid = at(start, control, end, 0.5);
      links.push({
        relationId: id,
        from: link.from,
        to: link.to,
        start,
        control,
        end,
        label: { x: round(mid.x), y: round(mid.y) },
        d: `M ${start.x} ${start.y} Q ${control.x} ${control.y} ${end.x} ${end.y}`,
      });
    });
  }
  return { size, width, height, nodes, links };
}
