import { createContext, useContext } from 'react';
import { stringsFor, type Strings } from '../ui-shared/strings';

export const StringsContext = createContext<Strings>(stringsFor('zh'));

export function useStrings(): Strings {
  return useContext(StringsContext);
}
