/**
 * The ribbon's 一键审核 against a fake Office: it checks and marks the workbook, opens the verdict dialog
 * with the verdict in its URL, and completes the command only after the dialog is closed.
 */
import { readVerdict } from '../../src/dialog/verdict-payload';
import { SEVERITY_COLOURS } from '../../src/ui-shared/severity-colours';
import { installFakeExcel, shownFill, type FakeContext, type FakeWorkbook } from './fake-excel';
import { plantedSample } from './workbooks';

interface Harness {
  /** The context of the command's one Excel.run. */
  readonly context: () => FakeContext;
  readonly dialogUrls: string[];
  readonly events: string[];
  run(): Promise<void>;
}

/**
 * Installs fake `Office`, `Excel` and `window` globals and loads the command module against them; `failing`
 * makes every sync of the run fail with that message.
 */
async function install(
  workbook: FakeWorkbook,
  displayLanguage = 'zh-CN',
  failing?: string,
): Promise<Harness> {
  const excel = installFakeExcel(workbook, {
    onContext: (context) => {
      if (failing) context.sync = () => Promise.reject(new Error(failing));
    },
  });
  const dialogUrls: string[] = [];
  const events: string[] = [];
  const actions = new Map<string, (event: Office.AddinCommands.Event) => Promise<void>>();
  const office = {
    onReady: (callback?: () => void) => {
      callback?.();
      return Promise.resolve({ host: 'Excel', platform: 'PC' });
    },
    actions: {
      associate: (name: string, fn: (event: Office.AddinCommands.Event) => Promise<void>) =>
        actions.set(name, fn),
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      displayLanguage,
      requirements: { isSetSupported: () => true },
      ui: {
        displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
          dialogUrls.push(url);
          events.push('dialog opened');
          const handlers = new Map<string, () => void>();
          const dialog = {
            addEventHandler: (type: string, handler: () => void) => handlers.set(type, handler),
            close: () => events.push('dialog closed'),
          };
          callback({ status: 'succeeded', value: dialog });
          // The user reads the verdict, then presses the dialog's close button.
          setTimeout(() => handlers.get('dialogMessageReceived')?.(), 10);
        },
      },
    },
  };
  Object.assign(globalThis, {
    Office: office,
    window: { location: { href: 'https://localhost:3000/commands.html?_host_Info=Excel' } },
  });
  await jest.isolateModulesAsync(async () => {
    await import('../../src/commands/commands');
  });
  return {
    context: () => excel.runs[0].context,
    dialogUrls,
    events,
    run: () =>
      actions.get('runCheck')!({
        completed: () => events.push('completed'),
      } as unknown as Office.AddinCommands.Event),
  };
}

describe('一键审核 (the runCheck command)', () => {
  it('marks the planted errors and shows the verdict, completing after the dialog closes', async () => {
    const { workbook, planted } = await plantedSample();
    const harness = await install(workbook);

    await harness.run();

    expect(harness.events).toEqual(['dialog opened', 'dialog closed', 'completed']);
    const url = new URL(harness.dialogUrls[0]);
    expect(url.origin + url.pathname).toBe('https://localhost:3000/dialog.html');
    const verdict = readVerdict(url.search);
    expect(verdict.language).toBe('zh');
    expect(verdict.counts?.errors).toBeGreaterThan(0);
    expect(verdict.tables).toBe(13);
    expect(verdict.marks).toMatchObject({ kind: 'marked' });
    for (const cell of planted) {
      const sheet = workbook.sheets.find((s) => s.name === cell.sheet)!;
      expect(shownFill(sheet, cell.address)).toBe(SEVERITY_COLOURS.error.fill);
    }
    // The check's four, and one for the reviewer's marks kept in the workbook's settings.
    expect(harness.context().stats.syncs).toBe(5);
  });

  it('tells the dialog which sheets are protected, marks nothing, and still completes', async () => {
    const { workbook, planted } = await plantedSample();
    workbook.sheets.find((s) => s.name === planted[0].sheet)!.protected = true;
    const harness = await install(workbook, 'en-US');

    await harness.run();

    const verdict = readVerdict(new URL(harness.dialogUrls[0]).search);
    expect(verdict.language).toBe('en');
    expect(verdict.marks).toEqual({ kind: 'protected', sheets: [planted[0].sheet] });
    expect(harness.context().stats.writes).toEqual([]);
    expect(harness.events.at(-1)).toBe('completed');
  });

  it('shows the reason in the dialog when the check itself fails', async () => {
    const harness = await install({ sheets: [] }, 'zh-CN', 'RichApi.Error: 工作簿正忙');

    await harness.run();

    expect(readVerdict(new URL(harness.dialogUrls[0]).search)).toEqual({
      language: 'zh',
      error: 'RichApi.Error: 工作簿正忙',
    });
    expect(harness.events.at(-1)).toBe('completed');
  });
});
