// One environment: its services as the dependency graph and as a table, live state,
// published addresses, a log tail per service, and the progress of the job at work on it.
import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { age, expiresIn } from '../format.js';
import { drawGraph } from '../graph.js';
import { badge, stateOf } from '../state.js';
import { downButton, extendControl, reporter } from './actions.js';
import { jobPanel } from './job.js';
import { logTail } from './logs.js';

const REFRESH_MS = 2000;

export function environmentView(main, name, jobId) {
  const errors = h('div', { id: 'errors' });
  const report = reporter(errors);
  const summary = h('div', { id: 'summary' });
  const job = h('section', { id: 'job', 'aria-label': 'Job' });
  const graph = h('div', { id: 'graph', class: 'graph-box' });
  const services = h('div', { id: 'services' });
  const logs = h('div', { id: 'logs' });
  const tails = new Map();
  let stopJob = () => {};

  const follow = (started) => {
    stopJob();
    stopJob = jobPanel(job, started.id, refresh);
  };
  const toggleLogs = (service) => {
    if (tails.has(service)) {
      tails.get(service).stop();
      tails.get(service).element.remove();
      tails.delete(service);
    } else {
      const tail = logTail(name, service);
      tails.set(service, tail);
      logs.appendChild(tail.element);
    }
    refresh();
  };
  const select = (service) => {
    const row = services.querySelector(`tr[data-service="${CSS.escape(service)}"]`);
    row?.scrollIntoView({ block: 'center' });
    row?.querySelector('button')?.focus();
  };

  replace(main,
    h('p', { class: 'crumbs' }, h('a', { href: '#/environments' }, 'Environments'), ' / '),
    h('div', { class: 'heading' }, h('h1', {}, name),
      h('span', { class: 'actions' },
        extendControl(name, () => refresh(), report), ' ',
        downButton(name, follow, report))),
    summary, errors, job,
    h('section', { 'aria-labelledby': 'graph-title' },
      h('h2', { id: 'graph-title' }, 'Services'),
      h('p', { class: 'hint' }, 'An arrow points from a service to one it depends on.'),
      graph, services),
    h('section', { 'aria-labelledby': 'logs-title' }, h('h2', { id: 'logs-title' }, 'Logs'),
      h('p', { class: 'hint' }, 'Show logs on a service follows its log here.'), logs));

  let shown = '';
  let tableShown = '';
  async function refresh() {
    try {
      const env = await api.environment(name);
      report(null);
      const json = JSON.stringify(env);
      if (json !== shown) {
        shown = json;
        replace(summary, summaryOf(env));
        replace(graph, drawGraph(env.services, select));
      }
      // The table carries the log buttons' state, so it is drawn on every change too.
      const tableKey = json + [...tails.keys()].join('\n');
      if (tableKey !== tableShown) {
        tableShown = tableKey;
        const focused = document.activeElement?.dataset?.logs;
        replace(services, serviceTable(env.services, tails, toggleLogs));
        if (focused) services.querySelector(`button[data-logs="${CSS.escape(focused)}"]`)?.focus();
      }
    } catch (e) {
      if (e.status === 404) {
        shown = '';
        tableShown = '';
        replace(summary, h('p', { class: 'gone', id: 'env-gone' }, 'Nothing of this environment is on the cluster.'));
        replace(graph);
        replace(services);
      } else {
        report(e);
      }
    }
  }

  refresh();
  if (jobId) follow({ id: jobId });
  else findRunningJob(name).then((running) => running && follow(running));
  const timer = setInterval(refresh, REFRESH_MS);
  return () => {
    clearInterval(timer);
    stopJob();
    tails.forEach((tail) => tail.stop());
  };
}

async function findRunningJob(name) {
  try {
    const jobs = await api.jobs();
    return jobs.find((job) => job.environment === name && (job.state === 'running' || job.state === 'queued'));
  } catch {
    return null;
  }
}

function summaryOf(env) {
  return h('dl', { class: 'facts' },
    h('dt', {}, 'State'), h('dd', { id: 'env-state' }, badge(h, env.state)),
    h('dt', {}, 'Project'), h('dd', {}, env.project ?? ''),
    h('dt', {}, 'Owner'), h('dd', {}, env.owner ?? '', env.team ? ` · ${env.team}` : ''),
    h('dt', {}, 'Age'), h('dd', {}, age(env.created)),
    h('dt', {}, 'Expires'), h('dd', {}, expiresIn(env.expires)),
    h('dt', {}, 'Health'), h('dd', {}, `${env.healthy ?? 0} healthy, ${env.running ?? 0} running of ${env.services?.length ?? 0}`));
}

function serviceTable(services, tails, toggleLogs) {
  return h('table', { class: 'list', id: 'service-table' },
    h('thead', {}, h('tr', {}, ['Service', 'State', 'Replicas', 'Nodes', 'Published', 'Image', 'Logs']
      .map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, [...services].sort((a, b) => a.name.localeCompare(b.name)).map((service) => {
      const state = stateOf(service);
      return [
        h('tr', { dataset: { service: service.name } },
          h('th', { scope: 'row' }, service.name),
          h('td', { class: 'service-state' },
            h('span', { class: `badge state-${state.tone}` }, `${state.symbol} ${state.text}`)),
          h('td', {}, service.replicas ?? ''),
          h('td', {}, (service.nodes ?? []).join(', ')),
          h('td', {}, (service.published ?? []).map((port) => h('div', {},
            port.url ? h('a', { href: safeUrl(port.url), target: '_blank', rel: 'noopener' }, `${port.host}:${port.port}`)
              : `${port.host}:${port.port}`,
            ` → ${port.target}`))),
          h('td', { class: 'image' }, service.image ?? ''),
          h('td', {}, h('button', {
            type: 'button', dataset: { logs: service.name }, 'aria-pressed': String(tails.has(service.name)),
            onclick: () => toggleLogs(service.name),
          }, tails.has(service.name) ? 'Hide logs' : 'Show logs'))),
        service.error && h('tr', { class: 'service-error' },
          h('td', { colspan: 7 }, h('span', { class: 'error' }, `${service.name}: ${service.error}`))),
      ];
    })),
  );
}

// Only web addresses become links: a "javascript:" URL from a label stays text.
function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : '#';
  } catch {
    return '#';
  }
}
