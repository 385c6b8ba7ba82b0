/** The map's layout: boxes inside the canvas and apart, links from border to border around other boxes. */
import { CATALOG } from '../../src/engine/catalog';
import { relationshipMap, type MapLayout, type NodeBox, type Point } from '../../src/engine/explain';
import { TABLE_IDS } from '../../src/engine/recognize/titles';

const map = relationshipMap(CATALOG);

function overlaps(a: NodeBox, b: NodeBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function onBorder(p: Point, b: NodeBox): boolean {
  const near = (v: number, w: number) => Math.abs(v - w) <= 0.1;
  const inX = p.x >= b.x - 0.1 && p.x <= b.x + b.width + 0.1;
  const inY = p.y >= b.y - 0.1 && p.y <= b.y + b.height + 0.1;
  return (
    (inX && (near(p.y, b.y) || near(p.y, b.y + b.height))) ||
    (inY && (near(p.x, b.x) || near(p.x, b.x + b.width)))
  );
}

function strictlyInside(p: Point, b: NodeBox): boolean {
  return p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height;
}

function curvePoints(start: Point, control: Point, end: Point): Point[] {
  return Array.from({ length: 63 }, (_, i) => {
    const t = (i + 1) / 64;
    const u = 1 - t;
    return {
      x: u * u * start.x + 2 * u * t * control.x + t * t * end.x,
      y: u * u * start.y + 2 * u * t * control.y + t * t * end.y,
    };
  });
}

describe.each(['narrow', 'wide'] as const)('the %s layout', (size) => {
  const layout: MapLayout = map.layouts[size];
  const box = (id: string) => layout.nodes.find((n) => n.id === id)!;

  test('has a box for each of the 13 tables, inside the canvas and not overlapping', () => {
    expect(layout.nodes.map((n) => n.id).sort()).toEqual([...TABLE_IDS].sort());
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
    layout.nodes.forEach((a, i) =>
      layout.nodes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)),
    );
  });

  test('draws every link of every edge, from the border of one box to the border of the other', () => {
    expect(layout.links.length).toBe(map.edges.reduce((n, e) => n + e.links.length, 0));
    for (const link of layout.links) {
      expect(onBorder(link.start, box(link.from))).toBe(true);
      expect(onBorder(link.end, box(link.to))).toBe(true);
      expect(link.d).toBe(
        `M ${link.start.x} ${link.start.y} Q ${link.control.x} ${link.control.y} ${link.end.x} ${link.end.y}`,
      );
    }
  });

  test('links go around the other boxes and stay on the canvas', () => {
    for (const link of layout.links) {
      for (const p of curvePoints(link.start, link.control, link.end)) {
        const through = layout.nodes.filter(
          (n) => n.id !== link.from && n.id !== link.to && strictlyInside(p, n),
        );
        expect({
          link: `${link.relationId} ${link.from}>${link.to}`,
          through: through.map((n) => n.id),
        }).toEqual({
          link: `${link.relationId} ${link.from}>${link.to}`,
          through: [],
        });
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(layout.width);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  test('parallel links between two tables take different lanes', () => {
    const between12 = layout.links.filter((l) => [l.from, l.to].sort().join() === 'T1,T2');
    expect(between12.length).toBeGreaterThan(4);
    expect(new Set(between12.map((l) => `${l.control.x},${l.control.y}`)).size).toBe(between12.length);
  });
});

test('the narrow layout fits a 320 px task pane; the wide one uses a browser window', () => {
  expect(map.layouts.narrow.width).toBe(320);
  expect(map.layouts.wide.width).toBeGreaterThan(900);
});

test('the layout is deterministic', () => {
  expect(relationshipMap(CATALOG).layouts).toEqual(map.layouts);
});
