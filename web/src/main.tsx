// Entry point. Sets GOV.UK Frontend's body classes from this module script (the CSP forbids the
// usual inline snippet), intercepts in-app links and renders the app.
import { render } from 'preact';
import { App } from './app';
import { interceptLinks } from './router';
import './styles/main.scss';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('govuk-frontend-supported');

const root = document.getElementById('app')!;
interceptLinks(document.body);
render(<App />, root);
