/** 关于: each capability in use or not, and why, in both languages; the office.js the page loaded. */
import { FluentProvider } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { capabilityStatus } from '../../src/hosts/office/features';
import { AboutView } from '../../src/taskpane/about/AboutView';
import { capabilityRows, officeJsSource } from '../../src/taskpane/about/about-model';
import { aboutStringsFor } from '../../src/taskpane/about/strings';
import { StringsContext } from '../../src/taskpane/strings-context';
import { stringsFor } from '../../src/ui-shared/strings';
import { fakeRuntime } from './fake-excel';
import { excelApiUpTo } from './workbooks';

const zh = aboutStringsFor(stringsFor('zh'));
const en = aboutStringsFor(stringsFor('en'));

describe('the 关于 view', () => {
  it('says which capabilities the shipped office.js gives current Excel, and why the others are not used', () => {
    const rows = capabilityRows(capabilityStatus(excelApiUpTo(20), fakeRuntime('local')), zh);
    expect(rows.map((r) => [r.id, r.used])).toEqual([
      ['rangeAreas', true],
      ['comments', true],
      ['mergedAreas', true],
      ['notes', false],
      ['selectAreas', false],
      ['undoGroup', false],
    ]);
    expect(rows.find((r) => r.id === 'notes')!.reason).toBe(
      'Excel 支持 ExcelApi 1.18，但加载的 office.js 没有这个接口。替代做法：改写入批注；两者都没有时仅以颜色标记。',
    );
    expect(rows.filter((r) => r.used).every((r) => r.reason === '')).toBe(true);
  });

  it('blames Excel where Excel lacks the set, and waits for the first run to judge run options', () => {
    const old = capabilityRows(capabilityStatus(excelApiUpTo(6), fakeRuntime('cdn')), en);
    expect(old.find((r) => r.id === 'rangeAreas')!.reason).toBe(
      'this Excel has no ExcelApi 1.9. Instead, it marks cell by cell.',
    );
    const unknown = capabilityRows(
      capabilityStatus(excelApiUpTo(20), { ...fakeRuntime('cdn'), readsRunOption: () => undefined }),
      zh,
    );
    expect(unknown.find((r) => r.id === 'undoGroup')!.reason).toMatch(/^尚未确定/);
  });

  it('names the office.js in use: the shipped copy, the CDN, or an intranet mirror', () => {
    expect(officeJsSource('office-js/office.js', zh)).toMatch(/^随加载项发布的副本/);
    expect(officeJsSource('https://appsforoffice.microsoft.com/lib/1/hosted/office.js', en)).toMatch(
      /^the latest/,
    );
    expect(officeJsSource('https://intranet.example.gov/office-js/office.js', zh)).toBe(
      '内网镜像 (https://intranet.example.gov/office-js/office.js)',
    );
  });

  it('renders the list and the self-test button', () => {
    const html = renderToStaticMarkup(
      <FluentProvider>
        <StringsContext.Provider value={stringsFor('zh')}>
          <AboutView
            capabilities={() => capabilityStatus(excelApiUpTo(20), fakeRuntime('local'))}
            officeJs="office-js/office.js"
            runSmoke={async () => undefined}
          />
        </StringsContext.Provider>
      </FluentProvider>,
    );
    expect(html).toContain('data-capability="notes" data-used="false"');
    expect(html).toContain('审核说明写入批注（comment，ExcelApi 1.10）：使用中');
    expect(html).toContain('运行自检');
  });
});
