/**
 * The Office host against Microsoft's shipped runtime (excel-win32-16.01.js, excel-web-16.00.js,
 * excel-mac-16.00.js from @microsoft/office-js, the files `officeJs=local` serves), loaded in a Node VM.
 *
 * What the host touches is found in its code (surface.ts walks src/hosts/office/** with the type checker):
 * every class and member must exist in all three runtimes, or sit behind the capability check that lists it
 * (src/hosts/office/features.ts). Requirement sets come from @types/office-js's `[Api set: ExcelApi 1.x]`
 * doc comments; the host is also compiled against typings cut to ExcelApi 1.6 (the manifest's floor), where
 * every error must land on a guarded touch, and against the sets up to the highest a capability uses, where
 * there must be none. A snippet that touches `sheet.notes` unguarded shows the check fails when it should.
 *
 * The same VM measures the requests the runtime serialises: the fake Excel's prices and the host's write
 * batches are held to them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { REQUEST_BUDGET } from '../../src/hosts/office/batch';
import { CAPABILITIES, CAPABILITY_IDS, detectFeatures, runtimeHas } from '../../src/hosts/office/features';
import { recordWrites, writePuts, type RevertRecord } from '../../src/hosts/office/fill';
import { markFormula, replaceMarks, type MarkReplacement } from '../../src/hosts/office/marks';
import { SEVERITY_COLOURS } from '../../src/ui-shared/severity-colours';
import { CDN_EXTRAS, FakeContext, PAYLOAD_LIMIT, RUN_OPTIONS_READ, sheet } from './fake-excel';
import { classMembers, loadRuntime, RUNTIME_FILES, type ShippedRuntime } from './runtime';
import {
  FLOOR,
  officeAccesses,
  programOf,
  ROOT,
  typingsUpTo,
  violations,
  type Access,
  type RuntimeFacts,
} from './surface';
import { ALL_FEATURES, excelApiUpTo } from './workbooks';

jest.setTimeout(180_000);

const HOST = join(ROOT, 'src/hosts/office');
const SNIPPET = join(ROOT, 'tests/office/__snippet__.ts');

function hostFiles(dir = HOST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? hostFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Code someone might write; each function is one case, and its first line says what the check must say. */
const SNIPPETS = `
import type { ExcelFeatures } from '../../src/hosts/office/features';

export function unguardedNotes(sheet: Excel.Worksheet) {
  sheet.notes.load('items/content');
}

export function guardedNotes(sheet: Excel.Worksheet, features: ExcelFeatures) {
  if (features.notes) sheet.notes.add('A1', 'x');
  const notes = features.notes ? sheet.notes : undefined;
  return notes;
}

export function earlyExit(sheet: Excel.Worksheet, features: ExcelFeatures) {
  if (!features.notes) return;
  sheet.notes.add('A1', 'x');
}

export function wrongGuard(sheet: Excel.Worksheet, features: ExcelFeatures) {
  if (features.comments) sheet.notes.add('A1', 'x');
}

export function selectAll(sheet: Excel.Worksheet, features: ExcelFeatures) {
  if (features.rangeAreas) sheet.getRanges('A1,B2').select();
}

export function mergeUndo() {
  return Excel.run({ mergeUndoGroup: true }, async () => undefined);
}
`;

let runtimes: ShippedRuntime[];
let facts: RuntimeFacts;
let program: ts.Program;
let host: Access[];
let snippet: Access[];

beforeAll(async () => {
  runtimes = RUNTIME_FILES.map(loadRuntime);
  const reads = await Promise.all(runtimes.map((r) => r.runOptionsRead()));
  facts = {
    lacking: (className, member) =>
      runtimes
        .filter((r) =>
          className === 'Excel' ? !(member in r.Excel) : !classMembers(r, className).has(member),
        )
        .map((r) => r.file),
    notReading: (option) => runtimes.filter((_, i) => !reads[i].includes(option)).map((r) => r.file),
  };
  program = programOf(hostFiles(), { officeTypes: typingsUpTo(TOP), extra: { [SNIPPET]: SNIPPETS } });
  host = officeAccesses(program, hostFiles());
  snippet = officeAccesses(program, [SNIPPET]);
});

/** The highest ExcelApi set a capability brings. */
const TOP = Math.max(...CAPABILITY_IDS.map((id) => Number(CAPABILITIES[id].set.split('.')[1])));

const qualified = (a: Pick<Access, 'className' | 'member'>) => `${a.className}.${a.member}`;

describe('the shipped runtime', () => {
  it('is the real one: proxy classes for the host’s objects, and Excel.run', () => {
    for (const r of runtimes) {
      expect([r.file, typeof r.Excel.run, typeof r.Excel.Worksheet, typeof r.Excel.RangeAreas]).toEqual([
        r.file,
        'function',
        'function',
        'function',
      ]);
      expect(classMembers(r, 'Range').has('getMergedAreasOrNullObject')).toBe(true);
    }
  });

  it('has no notes and no RangeAreas.select, but has comments, though @types puts notes in ExcelApi 1.18', () => {
    for (const r of runtimes) {
      expect({
        file: r.file,
        notes: runtimeHas(r.Excel, 'Worksheet.notes'),
        noteCollection: 'NoteCollection' in r.Excel,
        select: runtimeHas(r.Excel, 'RangeAreas.select'),
        comments: runtimeHas(r.Excel, 'Worksheet.comments'),
      }).toEqual({ file: r.file, notes: false, noteCollection: false, select: false, comments: true });
    }
  });

  it('reads delayForCellEdit from Excel.run’s options, and never mergeUndoGroup', async () => {
    for (const r of runtimes) {
      const read = await r.runOptionsRead();
      expect([r.file, read.includes('delayForCellEdit'), read.includes('mergeUndoGroup')]).toEqual([
        r.file,
        true,
        false,
      ]);
      // The fake Excel.run reads what this one reads (less its internal `_` names).
      expect(read.filter((o) => !o.startsWith('_'))).toEqual(RUN_OPTIONS_READ.local);
    }
  });

  it('gives each capability as detected from it: comments and multi-area marks, no notes, no undo group', async () => {
    for (const r of runtimes) {
      const read = await r.runOptionsRead();
      const features = detectFeatures(excelApiUpTo(20), {
        excel: r.Excel,
        readsRunOption: (option) => read.includes(option),
      });
      expect([r.file, features]).toEqual([
        r.file,
        {
          rangeAreas: true,
          comments: true,
          mergedAreas: true,
          notes: false,
          selectAreas: false,
          undoGroup: false,
        },
      ]);
      // The fake's default surface answers the same.
      expect(features).toEqual(ALL_FEATURES);
    }
  });
});

describe('what the Office host touches', () => {
  it('is found in its code, guards and all', () => {
    const touched = new Set(host.map(qualified));
    for (const member of [
      'Worksheet.getRange',
      'Range.values',
      'Range.formulas',
      'ConditionalFormatCollection.add',
      'Workbook.getSelectedRange',
      'Excel.run',
      'RunOptions.delayForCellEdit',
    ]) {
      expect([member, touched.has(member)]).toEqual([member, true]);
    }
    const guarded = (member: string) => [
      ...new Set(host.filter((a) => qualified(a) === member).flatMap((a) => [...a.guards])),
    ];
    expect(guarded('Worksheet.notes')).toEqual(['notes']);
    expect(guarded('Worksheet.comments')).toEqual(['comments']);
    expect(guarded('Range.getMergedAreasOrNullObject')).toEqual(['mergedAreas']);
    expect(guarded('RunOptions.mergeUndoGroup')).toEqual(['undoGroup']);
    expect(host.filter((a) => a.kind === 'load').map(qualified)).toContain('WorksheetProtection.protected');
  });

  it('exists in all three runtimes, or sits behind the capability check that lists it', () => {
    expect(violations(host, facts)).toEqual([]);
  });

  it('would fail the check: notes touched unguarded, or under the wrong guard, a select and an option unguarded', () => {
    const found = violations(snippet, facts).map((v) => `${v.at.replace(/^.*\//, '')} ${v.access}: ${v.why}`);
    expect(found).toEqual([
      expect.stringMatching(
        /^__snippet__\.ts:5 Worksheet\.notes: ExcelApi 1\.18; missing from excel-win32-16\.01\.js, excel-web-16\.00\.js, excel-mac-16\.00\.js: not under features\.notes$/,
      ),
      expect.stringMatching(/^__snippet__\.ts:20 Worksheet\.notes: .*not under features\.notes$/),
      expect.stringMatching(
        /^__snippet__\.ts:24 RangeAreas\.select: ExcelApi 1\.18; missing from .*: not under features\.selectAreas$/,
      ),
      expect.stringMatching(
        /^__snippet__\.ts:28 RunOptions\.mergeUndoGroup: ExcelApi 1\.20; missing from .*: not under features\.undoGroup$/,
      ),
    ]);
  });
});

describe('compiled against the requirement sets', () => {
  it(`has errors against ExcelApi 1.${FLOOR} only where a capability check guards the touch`, () => {
    const floor = programOf(hostFiles(), { officeTypes: typingsUpTo(FLOOR) });
    const diagnostics = hostFiles().flatMap((file) =>
      floor.getSemanticDiagnostics(floor.getSourceFile(file)),
    );
    const at = new Map(host.map((a) => [`${a.file}:${a.start}`, a]));
    const landed = diagnostics.map((d) => {
      const access = at.get(`${d.file!.fileName.slice(ROOT.length + 1)}:${d.start}`);
      return access ? qualified(access) : ts.flattenDiagnosticMessageText(d.messageText, ' ');
    });
    const above = new Set(host.filter((a) => a.set > FLOOR).map(qualified));
    expect(landed.filter((member) => !above.has(member))).toEqual([]);
    // Every capability's way in from a floor class is among them: each set above the floor is visibly
    // guarded (a member of a class above the floor, RangeAreas.select, is reached through one).
    const floorClass = (member: string) => host.some((a) => qualified(a) === member && a.classSet <= FLOOR);
    for (const member of CAPABILITY_IDS.flatMap((id) => CAPABILITIES[id].members).filter(floorClass)) {
      if (host.some((a) => qualified(a) === member))
        expect([member, landed.includes(member)]).toEqual([member, true]);
    }
  });

  it(`compiles cleanly against the sets up to ExcelApi 1.${TOP}, the highest a capability uses`, () => {
    const diagnostics = hostFiles().flatMap((file) =>
      program.getSemanticDiagnostics(program.getSourceFile(file)),
    );
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '))).toEqual([]);
  });
});

describe('the fake Excel against the runtime', () => {
  it('offers beyond the shipped surface only the CDN extras, each declared in @types/office-js', () => {
    const checker = program.getTypeChecker();
    const types = program.getSourceFiles().find((f) => f.fileName.endsWith('@types/office-js/index.d.ts'))!;
    const excel = types.statements.find(
      (s): s is ts.ModuleDeclaration => ts.isModuleDeclaration(s) && s.name.getText(types) === 'Excel',
    )!;
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(excel.name)!);
    const declared = (className: string, member: string) => {
      const symbol = exports.find((e) => e.name === className);
      return !!symbol && !!checker.getDeclaredTypeOfSymbol(symbol).getProperty(member);
    };
    for (const [className, members] of Object.entries(CDN_EXTRAS)) {
      for (const member of members) {
        const lacking = facts.lacking(className, member).length === RUNTIME_FILES.length;
        expect([`${className}.${member}`, lacking, declared(className, member)]).toEqual([
          `${className}.${member}`,
          true,
          true,
        ]);
      }
    }
  });

  /** The same calls, on the fake and on the runtime. */
  const BATCHES: Record<string, (context: Excel.RequestContext) => void> = {
    'a value into each of 50 cells': (c) => {
      const s = c.workbook.worksheets.getItem('表1');
      for (let i = 1; i <= 50; i++) s.getRange(`C${i}`).values = [[1234.5]];
    },
    'a format and a formula into each of 50 cells': (c) => {
      const s = c.workbook.worksheets.getItem('表1');
      for (let i = 1; i <= 50; i++) {
        const range = s.getRange(`C${i}`);
        range.numberFormat = [['#,##0.00']];
        range.formulas = [['=C8+C17+C22']];
      }
    },
    'four properties of 50 cells loaded': (c) => {
      const s = c.workbook.worksheets.getItem('表1');
      for (let i = 1; i <= 50; i++) s.getRange(`C${i}`).load('values,text,formulas,numberFormat');
    },
    'a mark on each of 50 cells': (c) => {
      const s = c.workbook.worksheets.getItem('表1');
      for (let i = 1; i <= 50; i++) {
        const f = s.getRange(`C${i}`).conditionalFormats.add('Custom');
        f.custom.rule.formula = '=ISTEXT("budget-check-mark#abc")';
        f.custom.format.fill.color = '#FFC7CE';
        f.custom.format.font.color = '#9C0006';
      }
    },
    'a mark on 400 cells at once, 10 times': (c) => {
      const s = c.workbook.worksheets.getItem('表1');
      const cells = Array.from({ length: 400 }, (_, i) => `C${i + 1}`).join(',');
      for (let i = 0; i < 10; i++)
        s.getRanges(cells).conditionalFormats.add('Custom').custom.rule.formula = '=ISTEXT("x")';
    },
    'a comment of 300 Chinese characters on each of 50 cells': (c) => {
      const s = c.workbook.worksheets.getItem('表1');
      for (let i = 1; i <= 50; i++)
        s.comments.add(s.getRange(`C${i}`), '错误：合计不等于各项之和。'.repeat(23));
    },
    'a setting of 100,000 Chinese characters': (c) => c.workbook.settings.add('k', '中'.repeat(100_000)),
    'selecting a cell on each of 20 sheets': (c) => {
      for (let i = 1; i <= 20; i++) c.workbook.worksheets.getItem(`表${i}`).getRange('A1').select();
    },
  };

  it.each(Object.keys(BATCHES))(
    'prices a request at or above what the runtime sends, within 2×: %s',
    async (name) => {
      const real = Buffer.byteLength(await runtimes[0].request(BATCHES[name]));
      const fake = new FakeContext({ sheets: Array.from({ length: 20 }, (_, i) => sheet(`表${i + 1}`)) });
      BATCHES[name](fake.asExcel);
      await fake.sync();
      const priced = fake.stats.requestBytes[0];
      expect(priced).toBeGreaterThanOrEqual(real);
      expect(priced).toBeLessThanOrEqual(2 * real);
    },
  );
});

describe('the host’s write batches, as the runtime serialises them', () => {
  /** `batch` run on the runtime's own context, every sync answered as Excel answers writes. */
  async function requests(batch: (context: Excel.RequestContext) => Promise<void>) {
    const bodies = await runtimes[1].writes(batch);
    return bodies.map((body) => Buffer.byteLength(body));
  }

  it('splits 3,000 cell-by-cell marks with their comments into requests under the budget', async () => {
    const note = `【预算审核助手】\n${'错误：合计不等于基本支出与项目支出之和（应为 4542.59，实际 4642.59，差额 100.00）\n'.repeat(8)}`;
    const sizes = await requests(async (context) => {
      const sheets = new Map([['表1', context.workbook.worksheets.getItem('表1')]]);
      const cells = Array.from({ length: 3000 }, (_, i) => `C${i + 1}`);
      const replacement: MarkReplacement = {
        family: 'finding',
        formula: markFormula('finding', 'test'),
        adds: cells.map((address) => ({ sheet: '表1', address, colour: SEVERITY_COLOURS.error })),
        annotationAdds: cells.map((address) => ({ sheet: '表1', address, content: note })),
        updates: [],
        formatRemovals: [],
        annotationRemovals: [],
      };
      await replaceMarks(context, sheets, replacement, { ...ALL_FEATURES, rangeAreas: false });
    });
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(REQUEST_BUDGET);
  });

  it('splits a 12,000-cell fill and its 2 MB revert record (in parts) into requests under the budget', async () => {
    const puts = Array.from({ length: 12_000 }, (_, i) => ({
      sheet: '支出',
      address: `C${i + 1}`,
      numberFormat: '#,##0.00',
      content: `=D${i + 1}+E${i + 1}`,
    }));
    const record: RevertRecord = {
      mode: 'formulas',
      cells: puts.map((p) => ({
        sheet: p.sheet,
        address: p.address,
        before: { content: '', numberFormat: 'General', kind: 'value' },
        after: p.content,
      })),
    };
    const sizes = await requests((context) =>
      writePuts(context, puts, record, recordWrites(context, record, 0)),
    );
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(REQUEST_BUDGET);
  });
});
