// The progress of one job (up, down, gc): its state, the latest word per service, and
// every notice, as the server streams them (past events first, then live ones).
import { api, streams } from '../api.js';
import { h, replace } from '../dom.js';
import { badge, tone } from '../state.js';

const FINISHED = ['succeeded', 'failed', 'interrupted'];

export function jobPanel(container, id, onFinished) {
  const title = h('h2', { id: 'job-title' }, `Job ${id}`);
  const state = h('span', { id: 'job-state' });
  const perService = h('tbody', {});
  const notices = h('ul', { class: 'notices', 'aria-live': 'polite' });
  const rows = new Map();
  const controller = new AbortController();
  replace(container,
    h('div', { class: 'heading' }, title, state),
    h('table', { class: 'list progress' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Service or resource'), h('th', { scope: 'col' }, 'State'),
        h('th', { scope: 'col' }, 'Message'))),
      perService),
    notices);

  const setState = (value) => replace(state, badge(h, value));
  const progress = (data) => {
    const key = data.service ?? '';
    const row = rows.get(key) ?? h('tr', { dataset: { service: key } });
    if (!rows.has(key)) {
      rows.set(key, row);
      perService.appendChild(row);
    }
    replace(row, h('th', { scope: 'row' }, key || '—'),
      h('td', {}, h('span', { class: `badge state-${tone(data.state)}` }, data.state ?? '')),
      h('td', {}, data.message ?? ''));
  };
  const note = (kind, data) => notices.appendChild(h('li', { class: kind === 'failed' ? 'error' : '' },
    kind === 'failed' ? 'Failed: ' : '', text(data)));

  let finished = false;
  const onEvent = (event, data) => {
    if (event === 'progress') progress(data);
    else if (event === 'notice' || event === 'failed') note(event, data);
    else if (event === 'refused') {
      // admission control: nothing was created; one line per service that does not fit
      note('failed', data);
      for (const r of data?.refusals ?? []) {
        notices.appendChild(h('li', { class: 'error' }, `${r.service}: ${r.why}`));
      }
    }
    else if (event === 'done') {
      finished = true;
      setState(data?.state ?? 'done');
      onFinished?.();
    }
  };

  api.job(id).then((job) => {
    replace(title, `Job: ${job.kind ?? ''} ${job.environment ?? ''}`.replace(/\s+/g, ' ').trim());
    if (!finished) setState(job.state);
  }).catch(() => {});
  setState('running');
  streams.job(id, onEvent, controller.signal)
    .then(async () => {
      if (finished || controller.signal.aborted) return;
      const job = await api.job(id);
      if (FINISHED.includes(job.state)) {
        setState(job.state);
        onFinished?.();
      }
    })
    .catch((error) => {
      if (!controller.signal.aborted) note('failed', `the job's events are unavailable: ${error.message}`);
    });
  return () => controller.abort();
}

function text(data) {
  if (data === null || data === undefined) return '';
  if (typeof data !== 'object') return String(data);
  const where = data.service ? `${data.service}: ` : '';
  return where + (data.message ?? JSON.stringify(data));
}
