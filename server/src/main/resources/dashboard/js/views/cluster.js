// The cluster's nodes: reserved and used CPU and memory as bars with their numbers, and
// the environments that have tasks on each node.
import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { bytes, cpus } from '../format.js';
import { badge } from '../state.js';
import { reporter } from './actions.js';

const REFRESH_MS = 5000;

export function clusterView(main) {
  const errors = h('div', { id: 'errors' });
  const nodes = h('div', { id: 'nodes', class: 'nodes' }, h('p', {}, 'Loading…'));
  replace(main, h('h1', {}, 'Cluster'), errors, nodes);
  const report = reporter(errors);

  let shown = '';
  const refresh = async () => {
    try {
      const list = await api.nodes();
      report(null);
      const json = JSON.stringify(list);
      if (json === shown) return;
      shown = json;
      const sorted = [...list].sort((a, b) => String(a.hostname).localeCompare(String(b.hostname)) || a.id.localeCompare(b.id));
      replace(nodes, sorted.length === 0 ? h('p', {}, 'No nodes.') : sorted.map(nodeCard));
    } catch (e) {
      report(e);
    }
  };
  refresh();
  const timer = setInterval(refresh, REFRESH_MS);
  return () => clearInterval(timer);
}

function nodeCard(node) {
  const id = `node-${node.id}`;
  return h('section', { class: 'card node-card', 'aria-labelledby': id, dataset: { node: node.hostname ?? node.id } },
    h('h2', { id }, node.hostname ?? node.id),
    h('p', { class: 'facts-line' },
      `${node.role ?? ''} · ${node.availability ?? ''} · `, badge(h, node.state === 'ready' ? 'up' : node.state ?? 'unknown'),
      h('span', { class: 'hint' }, ` ${node.state ?? ''} · ${node.id}`)),
    meter('CPU', node.cpus, node.reservedCpus, node.usedCpus, (n) => `${cpus(n)} CPU${n === 1 ? '' : 's'}`),
    meter('Memory', node.memoryBytes, node.reservedMemoryBytes, node.usedMemoryBytes, bytes),
    h('h3', {}, 'Environments'),
    (node.environments ?? []).length === 0 ? h('p', { class: 'hint' }, 'none')
      : h('ul', { class: 'chips' }, node.environments.map((env) =>
        h('li', {}, h('a', { href: `#/environments/${encodeURIComponent(env)}` }, env)))));
}

// One resource: a bar for what is reserved and one for what is in use, each with its figure
// (a <meter> so assistive technology reads the value too).
function meter(title, total, reserved, used, show) {
  const row = (what, value) => {
    const known = value !== null && value !== undefined && total > 0;
    const percent = known ? Math.round((100 * value) / total) : null;
    const label = known ? `${show(value)} of ${show(total)} ${what} (${percent}%)` : `${what}: not measured`;
    return h('div', { class: 'meter-row' },
      h('span', { class: 'meter-label' }, what),
      h('meter', {
        min: 0, max: total || 1, value: known ? value : 0, low: 0.7 * (total || 1), high: 0.9 * (total || 1),
        optimum: 0, 'aria-label': `${title} ${what}`,
      }),
      h('span', { class: 'meter-figure' }, label));
  };
  return h('div', { class: 'resource' },
    h('h3', {}, `${title}: ${show(total)}`),
    row('reserved', reserved),
    row('used', used));
}
