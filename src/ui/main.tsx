import { render } from 'preact';
import './styles/app.scss';
import { rememberedLanguage } from './i18n/languagePreference';
import { applyLanguage } from './i18n/translate';
import { App } from './shell/App/App';

// An address with broken %-encoding cannot be routed: show the not-found page for it instead.
try {
  decodeURIComponent(window.location.pathname);
} catch {
  window.history.replaceState(null, '', '/page-not-found');
}

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
// The language remembered on this device is loaded before the first screen, which speaks it:
// the first screen's words first, the rest once it shows (App).
const language = rememberedLanguage();
const ready = language === 'en' ? Promise.resolve() : applyLanguage(language, 'first-screen');
void ready
  .catch(() => applyLanguage('en'))
  .then(() => render(<App />, document.getElementById('app')!));
