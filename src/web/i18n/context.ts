import { createContext, useContext } from 'react';
import type { MessageKey } from '../../shared/i18n/da.ts';
import type { Language, MessageParams } from '../../shared/i18n/translate.ts';

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: MessageParams): string;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

export const useT = () => useI18n().t;
