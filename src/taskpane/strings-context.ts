import { createContext, useContext } from 'react';
import { stringsFor, type Language, type Strings } from '../ui-shared/strings';

export const StringsContext = createContext<Strings>(stringsFor('zh'));

export function useStrings(): Strings {
  return useContext(StringsContext);
}

/** The language switch outside Office; none inside Excel, where Office's display language decides. */
export interface LanguageSwitch {
  readonly language: Language;
  readonly change: (language: Language) => void;
}

export const LanguageContext = createContext<LanguageSwitch | undefined>(undefined);

export function useLanguageSwitch(): LanguageSwitch | undefined {
  return useContext(LanguageContext);
}
