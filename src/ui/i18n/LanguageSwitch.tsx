/**
 * The *Cymraeg / English* switch in the header, the pattern of GOV.UK services in Wales: the
 * language in use is shown as current, the other is a control that says in its own language
 * what it does. Each name is marked with its language, so a screen reader says it rightly.
 */
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../core/i18n';
import { useLanguage } from './LanguageProvider';
import { t } from './translate';

/** What switching does, said in the language switched to (for screen readers). */
const SWITCH_TO: Readonly<Record<Language, string>> = {
  cy: 'Newid yr iaith i’r Gymraeg',
  en: 'Change the language to English',
};

export function LanguageSwitch() {
  const { language, choose } = useLanguage();
  return (
    <nav class="ca-language-select" aria-label={t('shell', 'Choose a language')}>
      <ul class="ca-language-select__list">
        {LANGUAGES.map((option) => (
          <li key={option} class="ca-language-select__item">
            {option === language ? (
              <span aria-current="true" lang={option}>
                {LANGUAGE_NAMES[option]}
              </span>
            ) : (
              <button
                type="button"
                class="ca-language-select__button"
                lang={option}
                onClick={() => void choose(option)}
              >
                <span class="govuk-visually-hidden">{SWITCH_TO[option]}</span>
                <span aria-hidden="true">{LANGUAGE_NAMES[option]}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
