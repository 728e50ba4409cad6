import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nContext, type I18n } from './context.ts';
import { dictionaries, LANGUAGES, translate, type Language } from '../../shared/i18n/translate.ts';
import { setApiLanguage } from '../api/client.ts';

const STORAGE_KEY = 'puljer.language';

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.find((l) => l === stored) ?? 'da';
  } catch {
    // storage may be blocked (private mode, policy): Danish is the default anyway
    return 'da';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    // Before the first request: the API's errors come in the language the page shows.
    const stored = storedLanguage();
    setApiLanguage(stored);
    return stored;
  });

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage(next) {
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // the choice then lasts for this visit only
        }
        setApiLanguage(next);
        setLanguageState(next);
      },
      t: (key, params) => translate(dictionaries[language], key, params),
    }),
    [language],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}
