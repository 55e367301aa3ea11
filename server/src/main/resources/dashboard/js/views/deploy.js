// Bring an environment up: from a bundled example or from compose files (several, in the
// order they merge), with a plan to look at first.
import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { errorBox } from './actions.js';

const FALLBACK_EXAMPLES = ['hello', 'shop'];

export function deployForm(onStarted) {
  const files = [];
  const result = h('div', { id: 'deploy-result', 'aria-live': 'polite' });
  const list = h('ol', { class: 'files', id: 'file-order' });
  const examples = h('select', { id: 'example', name: 'example' });

  const form = h('form', { id: 'deploy', class: 'card', 'aria-labelledby': 'deploy-title' },
    h('h2', { id: 'deploy-title' }, 'Bring up an environment'),
    h('label', { for: 'env-name' }, 'Name'),
    h('input', {
      id: 'env-name', name: 'environment', required: true, pattern: '[a-z0-9][a-z0-9\\-]{0,62}',
      placeholder: 'shop-alice', autocomplete: 'off', 'aria-describedby': 'env-name-hint',
    }),
    h('p', { id: 'env-name-hint', class: 'hint' }, 'Lower-case letters, digits and dashes.'),
    h('fieldset', {},
      h('legend', {}, 'From'),
      h('label', { class: 'choice' },
        h('input', { type: 'radio', name: 'source', value: 'example', checked: true }), ' a bundled example'),
      h('label', { class: 'choice' },
        h('input', { type: 'radio', name: 'source', value: 'files' }), ' compose files'),
      h('div', { class: 'source-example' },
        h('label', { for: 'example' }, 'Example'), examples),
      h('div', { class: 'source-files', hidden: true },
        h('label', { for: 'compose-files' }, 'Compose files, later ones overriding earlier ones, and the files they name'),
        h('input', {
          id: 'compose-files', type: 'file', multiple: true,
          onchange: (event) => {
            files.push(...event.target.files);
            event.target.value = '';
            showFiles(list, files);
          },
        }),
        list)),
    h('label', { for: 'variables' }, 'Variables'),
    h('textarea', {
      id: 'variables', name: 'variables', rows: 3, cols: 40, spellcheck: 'false',
      placeholder: 'HELLO_PORT=8080', 'aria-describedby': 'variables-hint',
    }),
    h('p', { id: 'variables-hint', class: 'hint' }, 'One KEY=VALUE a line, as in a .env file; they win over the project\'s .env.'),
    h('label', { for: 'ttl' }, 'Time to live'),
    h('input', { id: 'ttl', name: 'ttl', value: '8h', placeholder: '8h', 'aria-describedby': 'ttl-hint' }),
    h('p', { id: 'ttl-hint', class: 'hint' }, 'Such as 30m, 8h or 2d; empty for the server\'s default.'),
    h('div', { class: 'buttons' },
      h('button', { type: 'button', id: 'plan-button', onclick: () => submit('plan') }, 'Plan'),
      h('button', { type: 'submit', id: 'up-button', class: 'primary' }, 'Deploy')),
    result);

  form.addEventListener('change', (event) => {
    if (event.target.name !== 'source') return;
    const fromFiles = form.elements.source.value === 'files';
    form.querySelector('.source-files').hidden = !fromFiles;
    form.querySelector('.source-example').hidden = fromFiles;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit('up');
  });

  async function submit(action) {
    if (!form.reportValidity()) return;
    const name = form.elements.environment.value;
    try {
      const body = await source(form, files);
      if (action === 'plan') {
        replace(result, planView(await api.plan(name, body)));
      } else {
        const ttl = form.elements.ttl.value.trim();
        const { job } = await api.up(name, ttl ? { ...body, ttl } : body);
        replace(result);
        onStarted(name, job);
      }
    } catch (e) {
      replace(result, errorBox(e));
    }
  }

  api.examples()
    .then((names) => names.map((example) => (typeof example === 'string' ? example : example.name)))
    .catch(() => FALLBACK_EXAMPLES)
    .then((names) => replace(examples, names.map((example) => h('option', { value: example }, example))));
  return form;
}

async function source(form, files) {
  const env = variables(form.elements.variables.value);
  const withEnv = (body) => (Object.keys(env).length > 0 ? { ...body, env } : body);
  if (form.elements.source.value === 'example') return withEnv({ example: form.elements.example.value });
  if (files.length === 0) throw new Error('Choose at least one compose file.');
  const contents = {};
  for (const file of files) contents[file.name] = await file.text();
  return withEnv({ files: contents, order: files.map((file) => file.name) });
}

// KEY=VALUE lines as a .env file has them; blank lines and # comments are skipped.
export function variables(text) {
  const env = {};
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = line.match(/^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/);
    if (!match) throw new Error(`Variables, line ${index + 1}: expected KEY=VALUE, found "${line}"`);
    env[match[1]] = match[2];
  });
  return env;
}

function showFiles(list, files) {
  const move = (from, to) => {
    if (to < 0 || to >= files.length) return;
    files.splice(to, 0, files.splice(from, 1)[0]);
    showFiles(list, files);
    list.querySelectorAll('li')[to]?.querySelector('button')?.focus();
  };
  replace(list, files.map((file, index) => h('li', {},
    h('span', { class: 'file' }, file.name), ' ',
    h('button', { type: 'button', 'aria-label': `Move ${file.name} up`, disabled: index === 0, onclick: () => move(index, index - 1) }, '↑'),
    h('button', { type: 'button', 'aria-label': `Move ${file.name} down`, disabled: index === files.length - 1, onclick: () => move(index, index + 1) }, '↓'),
    h('button', {
      type: 'button', 'aria-label': `Remove ${file.name}`,
      onclick: () => {
        files.splice(index, 1);
        showFiles(list, files);
      },
    }, '✗'))));
}

// The plan as lists of what would be created, changed and removed, and the admission
// verdict. Keys the server adds later still show, as name: value lines.
function planView(plan) {
  const section = (title, items) => items && items.length > 0 && h('div', {},
    h('h3', {}, title),
    h('ul', {}, items.map((item) => h('li', {}, describe(item)))));
  const known = ['environment', 'changes', 'creates', 'updates', 'removes', 'notices', 'admission'];
  const nothing = ['creates', 'updates', 'removes'].every((key) => (plan[key] ?? []).length === 0);
  return h('div', { class: 'plan' },
    h('h3', {}, plan.environment ? `Plan for ${plan.environment}` : 'Plan'),
    nothing && h('p', {}, 'Nothing to change: the environment is up to date.'),
    section('Create', plan.creates),
    section('Update', plan.updates),
    section('Remove', plan.removes),
    section('Notices', plan.notices),
    plan.admission && h('div', {}, h('h3', {}, 'Admission'), h('p', {}, describe(plan.admission))),
    Object.entries(plan).filter(([key]) => !known.includes(key))
      .map(([key, value]) => h('p', {}, `${key}: ${describe(value)}`)));
}

function describe(item) {
  if (item === null || item === undefined) return '';
  if (typeof item === 'object' && item.kind && item.name) {
    const fields = (item.fields ?? []).map(describe).filter(Boolean);
    return `${item.kind} ${item.name}${fields.length ? `: ${fields.join(', ')}` : ''}`;
  }
  if (typeof item !== 'object') return String(item);
  if (Array.isArray(item)) return item.map(describe).join(', ');
  const name = item.name ?? item.service ?? item.kind;
  const rest = Object.entries(item)
    .filter(([key, value]) => !['name', 'service'].includes(key) && value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => `${key}: ${describe(value)}`);
  return name ? `${name}${rest.length ? ` (${rest.join('; ')})` : ''}` : rest.join('; ');
}
