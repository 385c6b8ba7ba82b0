/**
 * Issue 9: every clean variant checks clean. For the seed, a generated department of the seed's family and
 * a generated department of the Shanghai family, each variation alone (a failure is its own minimal
 * reproduction) and then random combinations of all of them: zero errors and zero warnings (尾差 are
 * infos and fine), every table of the family found, and no internal identifier in any finding.
 */
import fc from 'fast-check';
import { propertyOptions } from '../properties/settings';
import { caseName, check, cleanProblems, subjects } from './harness';
import { render } from './render';
import { singleVariations, variationArbitrary } from './variation';

describe.each(subjects().map((s) => [s.name, s.dept] as const))('%s', (_name, dept) => {
  const exact = dept.precision === 'exact';

  it.each(singleVariations(exact).map((v) => [v.name, v.variation] as const))(
    'checks clean with %s',
    (_v, variation) => {
      const r = render(dept, variation);
      expect(cleanProblems(r, check(r))).toEqual([]);
    },
  );

  it('checks clean with any combination of the variations', () => {
    fc.assert(
      fc.property(variationArbitrary(exact), (variation) => {
        const r = render(dept, variation);
        const problems = cleanProblems(r, check(r));
        if (problems.length) throw new Error(`${caseName(r)}\n${problems.join('\n')}`);
      }),
      propertyOptions(12),
    );
  });
});
