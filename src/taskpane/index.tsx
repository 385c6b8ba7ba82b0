/** The task pane's entry: find out where it runs, then render the Excel pane or the browser pane. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { stringsFor, type Language } from '../ui-shared/strings';
import { BrowserPane } from './browser/BrowserPane';
import { detectEnvironment, rememberLanguage, type PaneEnvironment } from './environment';
import { ExcelPane } from './excel/ExcelPane';
import { LanguageContext, StringsContext } from './strings-context';

function Pane({ environment }: { readonly environment: PaneEnvironment }) {
  const [language, setLanguage] = useState<Language>(environment.language);
  const strings = stringsFor(language);
  useEffect(() => {
    document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
    document.title = strings.appTitle;
  }, [language, strings]);
  const languageSwitch = useMemo(
    () =>
      environment.inExcel
        ? undefined
        : {
            language,
            change: (next: Language) => {
              rememberLanguage(next);
              setLanguage(next);
            },
          },
    [environment.inExcel, language],
  );
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100%' }}>
      <StringsContext.Provider value={strings}>
        <LanguageContext.Provider value={languageSwitch}>
          {environment.inExcel ? <ExcelPane /> : <BrowserPane />}
        </LanguageContext.Provider>
      </StringsContext.Provider>
    </FluentProvider>
  );
}

void detectEnvironment().then((environment) => {
  createRoot(document.getElementById('root')!).render(<Pane environment={environment} />);
});
