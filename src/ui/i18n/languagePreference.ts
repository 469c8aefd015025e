/**
 * The language chosen on this device, remembered between visits. It is a preference of the
 * device, not of a person or an inspection: it is read before anyone unlocks, so the set-up and
 * unlock screens already speak it.
 */
import { type Language, languageSchema } from '../../core/index';

const KEY = 'case-audit.language';

export function rememberedLanguage(): Language {
  try {
    const parsed = languageSchema.safeParse(localStorage.getItem(KEY));
    return parsed.success ? parsed.data : 'en';
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
