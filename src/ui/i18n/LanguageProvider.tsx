/**
 * Which language the page speaks, and the switch between them. Choosing a language loads its
 * catalogue, remembers it on the device and draws the page again in it: the screens below are
 * drawn afresh (keyed by the language), so no text of the other language is left on screen.
 */
import { type ComponentChildren, createContext, Fragment } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';
import type { Language } from '../../core/i18n';
import { rememberLanguage } from './languagePreference';
import { applyLanguage, currentLanguage } from './translate';

type LanguageChoice = {
  readonly language: Language;
  readonly choose: (language: Language) => Promise<void>;
};

const LanguageContext = createContext<LanguageChoice>({
  language: 'en',
  choose: async () => {},
});

export function useLanguage(): LanguageChoice {
  return useContext(LanguageContext);
}

export function LanguageProvider({ children }: { children: ComponentChildren }) {
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const choose = useCallback(async (next: Language) => {
    await applyLanguage(next);
    rememberLanguage(next);
    setLanguage(next);
  }, []);
  const value = useMemo(() => ({ language, choose }), [language, choose]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** Draws its children afresh when the language changes, so every text is said again. */
export function RedrawnOnLanguage({ children }: { children: ComponentChildren }) {
  const { language } = useLanguage();
  return <Fragment key={language}>{children}</Fragment>;
}
