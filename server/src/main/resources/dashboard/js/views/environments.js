// All environments the user can see, refreshed every few seconds, with up, extend and down.
import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { age, expiresIn } from '../format.js';
import { badge } from '../state.js';
import { downButton, extendControl, reporter } from './actions.js';
import { deployForm } from './deploy.js';

const REFRESH_MS = 3000;

export function environmentsView(main) {
  const errors = h('div', { id: 'errors' });
  const report = reporter(errors);
  const table = h('div', { id: 'environments' }, h('p', {}, 'Loading…'));
  const form = deployForm((name, job) => {
    location.hash = `#/environments/${encodeURIComponent(name)}?job=${encodeURIComponent(job.id)}`;
  });
  const toggle = h('button', {
    type: 'button', 'aria-expanded': 'false', 'aria-controls': 'deploy',
    onclick: () => {
      form.hidden = !form.hidden;
      toggle.setAttribute('aria-expanded', String(!form.hidden));
      if (!form.hidden) form.querySelector('input')?.focus();
    },
  }, 'New environment…');
  form.hidden = true;

  replace(main, h('div', { class: 'heading' }, h('h1', {}, 'Environments'), toggle), form, errors, table);

  // Redraw when something changed, or once in a while for the ages; never under the
  // keyboard of someone using a control in the table.
  let shown = '';
  let shownAt = 0;
  const refresh = async () => {
    try {
      const environments = await api.environments();
      const json = JSON.stringify(environments);
      const busy = table.contains(document.activeElement) && document.activeElement.tagName !== 'A';
      if (json === shown && (busy || Date.now() - shownAt < 30000)) return;
      shown = json;
      shownAt = Date.now();
      replace(table, render(environments, refresh, report));
    } catch (e) {
      report(e);
    }
  };
  refresh();
  const timer = setInterval(refresh, REFRESH_MS);
  return () => clearInterval(timer);
}

function render(environments, refresh, report) {
  if (environments.length === 0) return h('p', {}, 'No environments yet.');
  const sorted = [...environments].sort((a, b) => a.name.localeCompare(b.name));
  return h('table', { class: 'list' },
    h('thead', {}, h('tr', {}, ['Name', 'Project', 'Owner', 'Age', 'Expires', 'Health', 'State', 'Actions']
      .map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, sorted.map((env) => h('tr', { dataset: { environment: env.name } },
      h('th', { scope: 'row' }, h('a', { href: `#/environments/${encodeURIComponent(env.name)}` }, env.name)),
      h('td', {}, env.project ?? ''),
      h('td', {}, env.owner ?? '', env.team ? h('span', { class: 'team' }, ` · ${env.team}`) : null),
      h('td', {}, age(env.created)),
      h('td', {}, expiresIn(env.expires)),
      h('td', { class: 'health' }, `${env.healthy}/${env.services} healthy, ${env.running}/${env.services} running`),
      h('td', {}, badge(h, env.state)),
      h('td', { class: 'actions' },
        extendControl(env.name, refresh, report),
        ' ',
        downButton(env.name, refresh, report))))));
}
