// Sign in with a user name and password (a session token from the server) or with an
// API token pasted as is; either way the token lives in sessionStorage only.
import { api, session } from '../api.js';
import { h, replace } from '../dom.js';

export function signInView(main) {
  const error = h('p', { class: 'error', role: 'alert', id: 'signin-error' });
  const fail = (message) => replace(error, message);

  const passwordForm = h('form', { class: 'card', 'aria-labelledby': 'with-password' },
    h('h2', { id: 'with-password' }, 'With your user name'),
    h('label', { for: 'user' }, 'User'),
    h('input', { id: 'user', name: 'user', autocomplete: 'username', required: true }),
    h('label', { for: 'password' }, 'Password'),
    h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
    h('button', { type: 'submit' }, 'Sign in'));
  passwordForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const result = await api.signIn(passwordForm.elements.user.value, passwordForm.elements.password.value);
      enter(result.token);
    } catch (e) {
      fail(e.status === 401 ? 'Wrong user name or password.' : e.message);
    }
  });

  const tokenForm = h('form', { class: 'card', 'aria-labelledby': 'with-token' },
    h('h2', { id: 'with-token' }, 'With an API token'),
    h('label', { for: 'token' }, 'API token'),
    h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', required: true }),
    h('button', { type: 'submit' }, 'Use token'));
  tokenForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    session.signIn(tokenForm.elements.token.value.trim());
    try {
      await api.me();
      enter(session.token());
    } catch (e) {
      session.signOut();
      fail(e.status === 401 ? 'The server does not accept this token.' : e.message);
    }
  });

  replace(main, h('h1', {}, 'Sign in'), error, h('div', { class: 'columns' }, passwordForm, tokenForm));
  main.querySelector('#user').focus();
}

function enter(token) {
  session.signIn(token);
  location.hash = '#/environments';
}
