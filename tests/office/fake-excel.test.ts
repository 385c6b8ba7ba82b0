/** The fake Excel refuses what Excel refuses: the checks the other tests rely on, each shown once. */
import { FakeContext, PAYLOAD_LIMIT, sheet, type FakeWorkbook } from './fake-excel';

const workbook = (): FakeWorkbook => ({ sheets: [sheet('表1', { A1: 1 })] });

describe('the fake Excel', () => {
  it('has only the shipped office.js’s members: no notes there, so using them is a TypeError', () => {
    const local = new FakeContext(workbook()).asExcel.workbook.worksheets.getItem('表1');
    expect('notes' in local).toBe(false);
    expect(local.notes).toBeUndefined();
    expect(() => local.notes.load('items/content')).toThrow(TypeError);
    expect('comments' in local).toBe(true);

    const cdn = new FakeContext(workbook(), { officeJs: 'cdn' }).asExcel.workbook.worksheets.getItem('表1');
    expect('notes' in cdn).toBe(true);
    expect(typeof cdn.notes.add).toBe('function');
  });

  it('refuses a request over 5 MB whole, running none of it', async () => {
    const model = workbook();
    const context = new FakeContext(model);
    const range = context.asExcel.workbook.worksheets.getItem('表1').getRange('B1');
    for (let i = 0; i < 30; i++) range.values = [['中'.repeat(60_000)]];
    await expect(context.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(context.stats.requestBytes[0]).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(model.sheets[0].cells.B1).toBeUndefined();
  });

  it('fails a sync whose response is over 5 MB', async () => {
    const model = workbook();
    for (let r = 1; r <= 200; r++) model.sheets[0].cells[`B${r}`] = { value: '中'.repeat(10_000) };
    const context = new FakeContext(model);
    context.asExcel.workbook.worksheets.getItem('表1').getRange('B1:B200').load('values,text,formulas');
    await expect(context.sync()).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
  });

  it('parses written strings as typing, keeps them in a text cell, and takes a formula from = + -', async () => {
    const model = workbook();
    model.sheets[0].cells.F1 = { value: '', numberFormat: '@' };
    const context = new FakeContext(model);
    const sheet = context.asExcel.workbook.worksheets.getItem('表1');
    sheet.getRange('B1:F1').values = [['1,234.00', '=A1', '+A1', "'007", '1,234.00']];
    await context.sync();
    const cells = model.sheets[0].cells;
    expect([cells.B1, cells.C1, cells.D1, cells.E1, cells.F1]).toEqual([
      { value: 1234, numberFormat: '#,##0.00' },
      { value: 1, formula: '=A1' },
      { value: 1, formula: '=+A1' },
      { value: '007' },
      { value: '1,234.00', numberFormat: '@' },
    ]);
  });

  it('refuses to activate a hidden sheet or select in it', async () => {
    const model = workbook();
    model.sheets[0].visibility = 'VeryHidden';
    const context = new FakeContext(model);
    context.asExcel.workbook.worksheets.getItem('表1').activate();
    await expect(context.sync()).rejects.toThrow(/InvalidOperation/);
    expect(model.activeSheet).toBeUndefined();
  });

  it('fails part-way through a batch at the first write to a protected sheet, keeping the writes before it', async () => {
    const model: FakeWorkbook = { sheets: [sheet('表1'), sheet('表2')] };
    model.sheets[1].protected = true;
    const context = new FakeContext(model);
    const sheets = context.asExcel.workbook.worksheets;
    sheets.getItem('表1').getRange('A1').values = [[1]];
    sheets.getItem('表2').getRange('A1').values = [[2]];
    sheets.getItem('表1').getRange('A2').values = [[3]];
    await expect(context.sync()).rejects.toThrow(/AccessDenied/);
    expect(model.sheets.map((s) => s.cells)).toEqual([{ A1: { value: 1 } }, {}]);
  });

  it('sends nothing for a sync with nothing queued, as Office.js does', async () => {
    const context = new FakeContext(workbook());
    context.asExcel.workbook.worksheets.getItem('表1');
    await context.sync();
    expect(context.stats.syncs).toBe(0);
  });
});
