/** The task pane's entry: find out where it runs, then render the Excel pane or the browser pane. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { stringsFor } from '../ui-shared/strings';
import { BrowserPane } from './browser/BrowserPane';
import { detectEnvironment } from './environment';
import { ExcelPane } from './excel/ExcelPane';
import { StringsContext } from './strings-context';

void detectEnvironment().then(({ inExcel, language }) => {
  const strings = stringsFor(language);
  document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
  document.title = strings.appTitle;
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100%' }}>
      <StringsContext.Provider value={strings}>
        {inExcel ? <ExcelPane /> : <BrowserPane />}
      </StringsContext.Provider>
    </FluentProvider>,
  );
});
