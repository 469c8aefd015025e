import { render } from 'preact';
import './styles/app.scss';
import { App } from './App/App';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
render(<App />, document.getElementById('app')!);
