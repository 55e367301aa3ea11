// The dashboard's shell: routes #/… to a view, shows who is signed in, sends a signed-out
// user to the sign-in page. Each view returns a function that stops its timers and streams.
import { api, session } from './api.js';
import { h, replace } from './dom.js';
import { signInView } from './views/signin.js';
import { environmentsView } from './views/environments.js';
import { environmentView } from './views/environment.js';
import { clusterView } from './views/cluster.js';

const routes = [
  [/^#\/signin$/, signInView],
  [/^#\/environments\/?$/, environmentsView],
  [/^#\/environments\/([^/?]+)(?:\?job=([^&]+))?$/, environmentView],
  [/^#\/cluster$/, clusterView],
];

const main = document.getElementById('main');
let stop = () => {};

async function show() {
  stop();
  stop = () => {};
  const hash = location.hash || '#/environments';
  if (!session.token() && hash !== '#/signin') {
    location.hash = '#/signin';
    return;
  }
  await showWho();
  const [pattern, view] = routes.find(([re]) => re.test(hash)) ?? [null, null];
  if (!view) {
    replace(main, h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '#/environments' }, 'Environments')));
    return;
  }
  const params = hash.match(pattern).slice(1).map((part) => part && decodeURIComponent(part));
  main.replaceChildren();
  stop = (await view(main, ...params)) ?? (() => {});
  document.title = `${main.querySelector('h1')?.textContent ?? 'Dashboard'} · Berth`;
}

async function showWho() {
  const who = document.getElementById('who');
  const nav = document.getElementById('nav');
  if (!session.token()) {
    nav.hidden = true;
    who.replaceChildren();
    return;
  }
  nav.hidden = false;
  if (who.dataset.token === session.token()) return;
  try {
    const me = await api.me();
    who.dataset.token = session.token();
    replace(who,
      h('span', { class: 'user' }, `${me.name} (${me.role}${me.team ? `, ${me.team}` : ''})`),
      h('button', { type: 'button', onclick: signOut }, 'Sign out'));
  } catch {
    replace(who, h('button', { type: 'button', onclick: signOut }, 'Sign out'));
  }
}

function signOut() {
  session.signOut();
  document.getElementById('who').dataset.token = '';
  location.hash = '#/signin';
}

window.addEventListener('hashchange', show);
window.addEventListener('berth:signed-out', () => {
  document.getElementById('who').dataset.token = '';
  location.hash = '#/signin';
});
show();
