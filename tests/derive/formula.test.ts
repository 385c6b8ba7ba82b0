import Decimal from 'decimal.js';
import { CATALOG } from '../../src/engine/catalog';
import type { Candidate } from '../../src/engine/derive/candidates';
import { compute } from '../../src/engine/derive/compute';
import { sumFormula, type SourceCell } from '../../src/engine/derive';
import type { Figure } from '../../src/engine/model';
import { halfUnit } from '../../src/engine/rounding';

const at = (sheet: string, row: number, col: number, unit: SourceCell['unit'] = '万元'): SourceCell => ({
  cell: { sheet, row, col },
  unit,
});

describe('formulas', () => {
  const target = at('表2', 6, 3);

  it('sums a run of three or more adjacent cells with SUM, shorter runs with +', () => {
    expect(sumFormula(target, [at('表2', 7, 3), at('表2', 8, 3), at('表2', 9, 3)])).toBe('=SUM(D8:D10)');
    expect(sumFormula(target, [at('表2', 6, 4), at('表2', 6, 5), at('表2', 6, 6), at('表2', 6, 7)])).toBe(
      '=SUM(E7:H7)',
    );
    expect(sumFormula(target, [at('表2', 7, 3), at('表2', 8, 3)])).toBe('=D8+D9');
    expect(sumFormula(target, [at('表2', 7, 3), at('表2', 15, 3), at('表2', 21, 3)])).toBe('=D8+D16+D22');
  });

  it('quotes other sheets’ names, doubling quotes inside them', () => {
    expect(sumFormula(target, [at('表5', 6, 2), at("Tom's", 7, 8)])).toBe("='表5'!C7+'Tom''s'!I8");
    expect(sumFormula(target, [at('表3', 1, 1), at('表3', 2, 1), at('表3', 3, 1)])).toBe("=SUM('表3'!B2:B4)");
  });

  it('converts between 万元 and 元', () => {
    expect(sumFormula(at('S', 0, 0, '元'), [at('T', 1, 1), at('S', 2, 2, '元')])).toBe("='T'!B2*10000+C3");
    expect(sumFormula(target, [at('S', 1, 1, '元'), at('S', 2, 1, '元'), at('S', 3, 1, '元')])).toBe(
      "=SUM('S'!B2:B4)/10000",
    );
  });

  it('has nothing to write without cells to reference', () => {
    expect(sumFormula(target, [])).toBeUndefined();
  });
});

function figure(row: number, value: string, decimals: number, unit: Figure['unit']): Figure {
  const v = new Decimal(value);
  const factor = unit === '元' ? 10000 : 1;
  return {
    cell: { sheet: 'S', row, col: 1 },
    value: v,
    half: v.isZero() ? new Decimal(0) : halfUnit(decimals).div(factor),
    empty: v.isZero(),
    decimals,
    unit,
  };
}

describe('rounding of derived figures', () => {
  it('rounds the exact sum of the shown parts half-up to the cell’s decimals', () => {
    // 12,250 元 + 0 元 = 1.225 万元: half-up gives 1.23 (half-even would give 1.22).
    const target = { table: 'T3' as const, label: 't', labelEn: 't', figure: figure(0, '0', 2, '万元') };
    const candidate: Candidate = {
      relation: CATALOG[0],
      priority: 0,
      order: 0,
      target,
      parts: [
        { table: 'T12', label: 'a', labelEn: 'a', figure: figure(1, '1.225', 0, '元') },
        { table: 'T12', label: 'b', labelEn: 'b', figure: figure(2, '0', 0, '元') },
      ],
      reason: '',
      reasonEn: '',
    };
    const { values } = compute(new Map([['S!0,1', candidate]]), () => true);
    expect(values.get('S!0,1')!.value.toFixed(4)).toBe('1.2300');
  });
});
