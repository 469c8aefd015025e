/**
 * The language chosen on this device, remembered between visits. It is a preference of the
 * device, not of a person or an inspection: it is read before anyone unlocks, so the set-up and
 * unlock screens already speak it.
 */
import { isLanguage, type Language } from '../../core/i18n';

const KEY = 'case-audit.language';

export function rememberedLanguage(): Language {
  try {
    const remembered = localStorage.getItem(KEY);
    return isLanguage(remembered) ? remembered : 'en';
  } catch {
    // Storage refused (a locked-down browser): English, as on a first visit.
    return 'en';
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Not remembered; the switch still applies to this visit.
  }
}
