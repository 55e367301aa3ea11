// What both environment pages offer: extend the TTL, tear down (after a confirmation),
// and errors shown with every problem the server names (file, line, column, path).
import { api } from '../api.js';
import { h, replace } from '../dom.js';

export function errorBox(error) {
  const problems = error.problems ?? [];
  return h('div', { class: 'error', role: 'alert' },
    h('p', {}, error.message),
    problems.length > 0 && h('ul', {}, problems.map((problem) => h('li', {},
      h('code', {}, [problem.file, problem.line, problem.column].filter((x) => x !== undefined && x !== null).join(':')),
      problem.path ? ` ${problem.path}: ` : ' ',
      problem.message))));
}

export function extendControl(name, onDone, report) {
  const id = `extend-${name}`;
  const select = h('select', { id, name: 'by' },
    ['1h', '4h', '8h', '24h'].map((by) => h('option', { value: by, selected: by === '4h' }, `+${by}`)));
  return h('span', { class: 'inline' },
    h('label', { for: id, class: 'visually-hidden' }, `Extend ${name} by`),
    select,
    h('button', {
      type: 'button',
      onclick: async () => {
        try {
          await api.extend(name, select.value);
          onDone?.();
        } catch (e) {
          report(e);
        }
      },
    }, 'Extend'));
}

export function downButton(name, onJob, report) {
  return h('button', {
    type: 'button', class: 'danger',
    onclick: () => confirmDown(name, async () => {
      try {
        const { job } = await api.down(name);
        onJob?.(job);
      } catch (e) {
        report(e);
      }
    }),
  }, 'Down…');
}

function confirmDown(name, onConfirm) {
  const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title' },
    h('h2', { id: 'confirm-title' }, 'Tear down ', h('code', {}, name), '?'),
    h('p', {}, 'Every service, network, config and secret of this environment will be removed.'),
    h('form', { method: 'dialog' },
      h('button', { value: 'cancel', autofocus: true }, 'Cancel'),
      h('button', { value: 'down', class: 'danger' }, `Tear down ${name}`)));
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (dialog.returnValue === 'down') onConfirm();
  });
  document.body.appendChild(dialog);
  dialog.showModal();
}

export function reporter(box) {
  return (error) => replace(box, error ? errorBox(error) : null);
}
