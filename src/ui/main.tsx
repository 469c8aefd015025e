import { render } from 'preact';
import './styles/app.scss';
import { App } from './shell/App/App';

// An address with broken %-encoding cannot be routed: show the not-found page for it instead.
try {
  decodeURIComponent(window.location.pathname);
} catch {
  window.history.replaceState(null, '', '/page-not-found');
}

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
render(<App />, document.getElementById('app')!);
