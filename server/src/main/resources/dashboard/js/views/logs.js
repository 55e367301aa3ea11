// A live tail of one service's logs: the last lines, then new ones as they come.
import { streams } from '../api.js';
import { h, replace } from '../dom.js';

const KEEP = 500;

export function logTail(environment, service) {
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const lines = h('ol', { class: 'log', role: 'log', 'aria-label': `Log of ${service}`, tabindex: 0 });
  const restart = h('button', { type: 'button', hidden: true, onclick: () => start() }, 'Follow again');
  const element = h('section', { class: 'tail', dataset: { service } },
    h('h3', {}, `Logs of ${service}`), status, restart, lines);
  let controller = null;

  function add(event, data) {
    if (event !== 'log') return;
    const atBottom = lines.scrollTop + lines.clientHeight >= lines.scrollHeight - 4;
    const entry = typeof data === 'object' && data !== null ? data : { line: String(data) };
    lines.appendChild(h('li', {},
      entry.time ? h('time', { datetime: entry.time }, entry.time.slice(11, 19)) : null,
      entry.replica !== undefined && entry.replica !== null ? h('span', { class: 'replica' }, `${service}.${entry.replica}`) : null,
      h('span', { class: 'line' }, entry.line ?? '')));
    while (lines.childElementCount > KEEP) lines.firstElementChild.remove();
    if (atBottom) lines.scrollTop = lines.scrollHeight;
  }

  function start() {
    controller?.abort();
    controller = new AbortController();
    const mine = controller;
    lines.replaceChildren();
    restart.hidden = true;
    replace(status, 'Following…');
    streams.logs(environment, service, add, mine.signal)
      .then(() => {
        if (mine.signal.aborted) return;
        replace(status, 'The log stream ended.');
        restart.hidden = false;
      })
      .catch((error) => {
        if (mine.signal.aborted) return;
        replace(status, h('span', { class: 'error' }, `Logs unavailable: ${error.message}`));
        restart.hidden = false;
      });
  }

  start();
  return { element, stop: () => controller?.abort() };
}
