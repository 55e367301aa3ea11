// How a state reads: a tone for colour and a symbol and words that say the same without it.

const TONES = {
  up: 'good', running: 'good', healthy: 'good', complete: 'good', succeeded: 'good', ready: 'good',
  deploying: 'busy', starting: 'busy', queued: 'busy', pending: 'busy', preparing: 'busy', waiting: 'busy',
  created: 'good', create: 'good', update: 'good', remove: 'good', assigned: 'busy', accepted: 'busy',
  // images of a job: made on the builder, then copied to the nodes
  building: 'busy', built: 'good', sending: 'busy', sent: 'good',
  degraded: 'warn', unhealthy: 'warn', interrupted: 'warn',
  failed: 'bad', rejected: 'bad',
  down: 'idle', none: 'idle', shutdown: 'idle',
};

const SYMBOLS = { good: '✓', busy: '…', warn: '!', bad: '✗', idle: '–' };

export function tone(state) {
  return TONES[state] ?? 'idle';
}

// A service's state combined with its health: "running, healthy", "running, unhealthy".
export function stateOf(service) {
  const health = service.health && service.health !== 'none' ? service.health : null;
  const text = health ? `${service.state}, ${health}` : String(service.state ?? 'unknown');
  const worst = [tone(service.state), health ? tone(health) : 'good']
    .sort((a, b) => rank(b) - rank(a))[0];
  return { text, tone: worst, symbol: SYMBOLS[worst] };
}

export function badge(h, state) {
  const t = tone(state);
  return h('span', { class: `badge state-${t}` }, `${SYMBOLS[t]} ${state}`);
}

function rank(t) {
  return ['good', 'idle', 'busy', 'warn', 'bad'].indexOf(t);
}
