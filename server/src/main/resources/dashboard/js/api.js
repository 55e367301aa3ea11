// The server's HTTP API (/api/v1) with the Bearer token kept in sessionStorage.
// Event streams are read with fetch, not EventSource, since EventSource cannot send the
// Authorization header.

const BASE = '/api/v1';
const TOKEN_KEY = 'berth.token';

export class ApiError extends Error {
  constructor(status, message, problems = []) {
    super(message);
    this.status = status;
    this.problems = problems;
  }
}

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  signIn: (token) => sessionStorage.setItem(TOKEN_KEY, token),
  signOut: () => sessionStorage.removeItem(TOKEN_KEY),
};

function headers(accept, hasBody) {
  const result = { Accept: accept };
  const token = session.token();
  if (token) result.Authorization = `Bearer ${token}`;
  if (hasBody) result['Content-Type'] = 'application/json';
  return result;
}

function unauthorized(status) {
  if (status === 401) {
    session.signOut();
    window.dispatchEvent(new CustomEvent('berth:signed-out'));
  }
}

async function request(method, path, body) {
  const response = await fetch(BASE + path, {
    method,
    headers: headers('application/json', body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    if (path !== '/session') unauthorized(response.status);
    const error = data?.error ?? {};
    throw new ApiError(response.status, error.message ?? `${response.status} ${response.statusText}`,
      error.problems ?? []);
  }
  return data;
}

const env = (name) => `/environments/${encodeURIComponent(name)}`;

export const api = {
  signIn: (user, password) => request('POST', '/session', { user, password }),
  me: () => request('GET', '/me'),
  environments: () => request('GET', '/environments'),
  environment: (name) => request('GET', env(name)),
  plan: (name, source) => request('POST', `${env(name)}/plan`, source),
  up: (name, source) => request('PUT', env(name), source),
  down: (name) => request('DELETE', env(name)),
  extend: (name, by) => request('POST', `${env(name)}/extend`, { by }),
  jobs: () => request('GET', '/jobs'),
  job: (id) => request('GET', `/jobs/${encodeURIComponent(id)}`),
  nodes: () => request('GET', '/cluster/nodes'),
  examples: () => request('GET', '/examples'),
};

export const streams = {
  logs: (name, service, onEvent, signal) =>
    stream(`${env(name)}/logs?service=${encodeURIComponent(service)}&tail=100&follow=true`, onEvent, signal),
  job: (id, onEvent, signal) => stream(`/jobs/${encodeURIComponent(id)}/events`, onEvent, signal),
};

// Reads a text/event-stream until it ends or signal aborts; calls onEvent(name, data)
// with data parsed as JSON when it is JSON. Resolves when the server closes the stream.
export async function stream(path, onEvent, signal) {
  const response = await fetch(BASE + path, { headers: headers('text/event-stream', false), signal });
  if (!response.ok) {
    unauthorized(response.status);
    let message = `${response.status} ${response.statusText}`;
    try {
      message = (await response.json()).error?.message ?? message;
    } catch { /* not JSON */ }
    throw new ApiError(response.status, message);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new EventParser(onEvent);
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    parser.push(value);
  }
  parser.push('\n\n');
}

// The text/event-stream format: "field: value" lines, an empty line ends an event.
export class EventParser {
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.buffer = '';
    this.reset();
  }

  reset() {
    this.event = 'message';
    this.data = [];
  }

  push(chunk) {
    this.buffer += chunk;
    // A "\r" at the end may be the first half of a "\r\n" that the next chunk completes.
    const held = this.buffer.endsWith('\r') ? '\r' : '';
    const lines = this.buffer.slice(0, this.buffer.length - held.length).split(/\r\n|\r|\n/);
    this.buffer = lines.pop() + held;
    for (const line of lines) this.line(line);
  }

  line(line) {
    if (line === '') {
      if (this.data.length > 0) this.onEvent(this.event, parse(this.data.join('\n')));
      this.reset();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
  }
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
