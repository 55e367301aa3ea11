// The services of an environment as their depends_on graph: a layered layout (each
// service one column right of the deepest service it depends on), drawn in SVG.
import { s } from './dom.js';
import { stateOf } from './state.js';

export const BOX = { width: 190, height: 58, columnGap: 70, rowGap: 22, margin: 12 };

// services: [{name, dependsOn}] → {nodes: [{name, layer, row, x, y}], edges: [{from, to}], width, height}
// An edge goes from a service to one it depends on. Unknown names and cycles are tolerated.
export function layout(services) {
  const byName = new Map(services.map((service) => [service.name, service]));
  const layers = new Map();
  const depth = (name, seen) => {
    if (layers.has(name)) return layers.get(name);
    if (seen.has(name)) return 0;
    seen.add(name);
    const deps = (byName.get(name).dependsOn ?? []).filter((dep) => byName.has(dep));
    const layer = deps.length === 0 ? 0 : 1 + Math.max(...deps.map((dep) => depth(dep, seen)));
    layers.set(name, layer);
    return layer;
  };
  const names = [...byName.keys()].sort();
  names.forEach((name) => depth(name, new Set()));

  // Rows: within a column, order by the mean row of a service's dependencies, then by name,
  // so edges mostly run straight.
  const columns = [];
  names.forEach((name) => (columns[layers.get(name)] ??= []).push(name));
  const rows = new Map();
  for (const column of columns.filter(Boolean)) {
    const key = (name) => {
      const deps = (byName.get(name).dependsOn ?? []).filter((dep) => rows.has(dep));
      return deps.length === 0 ? -1 : deps.reduce((sum, dep) => sum + rows.get(dep), 0) / deps.length;
    };
    column.sort((a, b) => key(a) - key(b) || a.localeCompare(b));
    column.forEach((name, row) => rows.set(name, row));
  }

  const nodes = names.map((name) => {
    const layer = layers.get(name);
    const row = rows.get(name);
    return {
      name, layer, row,
      x: BOX.margin + layer * (BOX.width + BOX.columnGap),
      y: BOX.margin + row * (BOX.height + BOX.rowGap),
    };
  });
  const edges = names.flatMap((name) => (byName.get(name).dependsOn ?? [])
    .filter((dep) => byName.has(dep))
    .map((dep) => ({ from: name, to: dep })));
  const columnCount = Math.max(1, columns.length);
  const rowCount = Math.max(1, ...columns.filter(Boolean).map((column) => column.length));
  return {
    nodes, edges,
    width: 2 * BOX.margin + columnCount * BOX.width + (columnCount - 1) * BOX.columnGap,
    height: 2 * BOX.margin + rowCount * BOX.height + (rowCount - 1) * BOX.rowGap,
  };
}

export function drawGraph(services, onSelect) {
  const plan = layout(services);
  const byName = new Map(services.map((service) => [service.name, service]));
  const at = new Map(plan.nodes.map((node) => [node.name, node]));
  const svg = s('svg', {
    class: 'graph', width: plan.width, height: plan.height,
    viewBox: `0 0 ${plan.width} ${plan.height}`, role: 'group',
    'aria-label': 'Services and their dependencies',
  }, s('defs', {}, s('marker', {
    id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto',
  }, s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }))));

  for (const edge of plan.edges) {
    const from = at.get(edge.from);
    const to = at.get(edge.to);
    const x1 = from.x;
    const y1 = from.y + BOX.height / 2;
    const x2 = to.x + BOX.width;
    const y2 = to.y + BOX.height / 2;
    const bend = Math.max(30, (x1 - x2) / 2);
    svg.appendChild(s('path', {
      class: 'edge', 'marker-end': 'url(#arrow)',
      d: `M${x1},${y1} C${x1 - bend},${y1} ${x2 + bend},${y2} ${x2},${y2}`,
    }, s('title', {}, `${edge.from} depends on ${edge.to}`)));
  }

  for (const node of plan.nodes) {
    const service = byName.get(node.name);
    const state = stateOf(service);
    const label = `${service.name}: ${state.text}, ${service.replicas ?? ''}`;
    const group = s('g', {
      class: `node state-${state.tone}`, transform: `translate(${node.x},${node.y})`,
      tabindex: 0, role: 'button', 'aria-label': label, dataset: { service: service.name },
      onclick: () => onSelect?.(service.name),
      onkeydown: (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect?.(service.name);
        }
      },
    },
    s('title', {}, label),
    s('rect', { width: BOX.width, height: BOX.height, rx: 6 }),
    s('text', { x: 10, y: 22, class: 'name' }, clip(service.name, 20)),
    s('text', { x: 10, y: 44, class: 'status' }, `${state.symbol} ${clip(state.text, 18)}  ${service.replicas ?? ''}`));
    svg.appendChild(group);
  }
  return svg;
}

function clip(text, length) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
