/**
 * The moderator console: loads /console/config.json, signs the moderator in (local token or Cognito
 * hosted UI with PKCE), then shows the queue, the stats and, for admins, the policy editor, the
 * transparency report and the trusted flaggers. Keyboard shortcuts (j/k/a/r/b/x/h/u/?) work anywhere
 * outside text fields.
 */
import { createApi } from './api';
import {
  AuthError,
  beginSignIn,
  browserAuthDeps,
  clearSession,
  completeSignIn,
  identityOf,
  isSignInReturn,
  loadSession,
  localSignIn,
  takeLocalKey,
  logoutUrl,
  needsRefresh,
  refreshSession,
  type Session,
} from './auth';
import { parseConsoleConfig, type ConsoleConfig } from './config';
import { h, replaceChildren, uid } from './dom';
import { createHelp } from './help';
import { createFlaggersView } from './flaggers-view';
import { createPolicyView } from './policy-view';
import { createQueueView } from './queue-view';
import { shortcutFor } from './state';
import { createStatsView } from './stats-view';
import { createTransparencyView } from './transparency-view';

type View = 'queue' | 'stats' | 'policy' | 'transparency' | 'flaggers';

const root = document.getElementById('parley-console') ?? document.body;
const status = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
document.body.append(status);

/** Says something to screen readers (and keeps the last message for tests and sighted users in the log). */
function announce(text: string): void {
  status.textContent = '';
  // A fresh text node after clearing makes screen readers read a repeated message again.
  setTimeout(() => (status.textContent = text), 30);
}

function fail(message: string): void {
  replaceChildren(
    root,
    h('header', {}, h('h1', {}, 'Parley moderation')),
    h('main', {}, h('p', { class: 'notice error', role: 'alert' }, message)),
  );
}

async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/console/config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return parseConsoleConfig(await response.json());
}

function signInView(config: ConsoleConfig, message?: string): void {
  const deps = browserAuthDeps();
  const error = h('p', { class: 'notice error', role: 'alert', hidden: !message }, message ?? '');
  const showError = (e: unknown) => {
    error.textContent = e instanceof Error ? e.message : String(e);
    error.hidden = false;
  };
  let body: HTMLElement;
  if (config.auth.kind === 'local') {
    const roleId = uid('role');
    const keyId = uid('local-key');
    const key = takeLocalKey(location, history, deps.storage);
    body = h(
      'form',
      {
        class: 'signin',
        onsubmit: (e) => {
          e.preventDefault();
          const role =
            (document.getElementById(roleId) as HTMLSelectElement).value === 'admin' ? 'admin' : 'moderator';
          const typed = (document.getElementById(keyId) as HTMLInputElement).value;
          localSignIn(config.apiUrl, role, typed, deps).then(
            (session) => startConsole(config, session),
            showError,
          );
        },
      },
      h('p', {}, 'This is the local stack: it mints a token for you, no account needed.'),
      // Filled in from the link `npm start` printed; otherwise pasted from .data/token-key-<port>.
      h('label', { for: keyId }, 'Local key (from the link npm start printed)'),
      h('input', {
        id: keyId,
        type: 'password',
        required: true,
        autocomplete: 'off',
        spellcheck: 'false',
        value: key ?? '',
      }),
      h('label', { for: roleId }, 'Role'),
      h(
        'select',
        { id: roleId },
        h('option', { value: 'moderator' }, 'Moderator'),
        h('option', { value: 'admin' }, 'Admin (policy, transparency, trusted flaggers)'),
      ),
      h('button', { type: 'submit', class: 'primary' }, 'Use a local moderator token'),
    );
  } else {
    const cognito = config.auth;
    body = h(
      'div',
      { class: 'signin' },
      h('p', {}, 'Sign in with your newsroom moderator account.'),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          onclick: () => void beginSignIn(cognito, deps).then((url) => location.assign(url), showError),
        },
        'Sign in',
      ),
    );
  }
  // The title in a banner landmark, as on the signed-in screens: no content outside a landmark.
  replaceChildren(
    root,
    h('header', {}, h('h1', {}, 'Parley moderation')),
    h('main', { class: 'signin-main' }, error, body),
  );
}

function startConsole(config: ConsoleConfig, first: Session): void {
  const deps = browserAuthDeps();
  let session = first;
  let refreshing: Promise<Session> | undefined;
  const identity = identityOf(session.idToken);

  const signOut = (message?: string) => {
    queue.stop();
    stats.stop();
    clearSession(deps.storage);
    if (config.auth.kind === 'cognito' && message === undefined) location.assign(logoutUrl(config.auth));
    else signInView(config, message);
  };

  const api = createApi({
    apiUrl: config.apiUrl,
    token: async () => {
      if (!needsRefresh(session, deps.now())) return session.idToken;
      if (config.auth.kind !== 'cognito') {
        if (session.expiresAt > deps.now()) return session.idToken;
        signOut('Your local token expired; sign in again.');
        throw new AuthError('Signed out.');
      }
      const cognito = config.auth;
      refreshing ??= refreshSession(cognito, session, deps).finally(() => (refreshing = undefined));
      try {
        session = await refreshing;
      } catch (e) {
        signOut(e instanceof Error ? e.message : 'Your session ended; sign in again.');
        throw e;
      }
      return session.idToken;
    },
    onUnauthorized: () => signOut('Your session ended or was refused; sign in again.'),
  });

  const refreshSeconds = Number(new URLSearchParams(location.search).get('refresh') ?? '15');
  const queue = createQueueView({
    api,
    announce,
    refreshMs: Math.max(2, Number.isFinite(refreshSeconds) ? refreshSeconds : 15) * 1000,
  });
  const stats = createStatsView(api);
  // Admins only: the policy, the transparency report and the trusted flaggers (the API refuses the rest).
  const policy = identity.isAdmin ? createPolicyView(api, announce) : null;
  const transparency = identity.isAdmin ? createTransparencyView(api, announce) : null;
  const flaggers = identity.isAdmin ? createFlaggersView(api, announce) : null;
  const help = createHelp();
  const viewRoot = h('main', { id: 'view', tabindex: -1 });
  let view: View = 'queue';

  const navButton = (target: View, label: string) =>
    h('button', { type: 'button', 'data-view': target, onclick: () => show(target) }, label);
  const nav = h(
    'nav',
    { 'aria-label': 'Console' },
    navButton('queue', 'Queue'),
    navButton('stats', 'Stats'),
    policy ? navButton('policy', 'Policy') : null,
    transparency ? navButton('transparency', 'Transparency') : null,
    flaggers ? navButton('flaggers', 'Trusted flaggers') : null,
  );

  function show(target: View): void {
    view = target;
    for (const b of nav.querySelectorAll('button')) {
      if (b.dataset.view === target) b.setAttribute('aria-current', 'page');
      else b.removeAttribute('aria-current');
    }
    if (target === 'queue') replaceChildren(viewRoot, queue.root);
    if (target === 'stats') {
      replaceChildren(viewRoot, stats.root);
      void stats.load();
    }
    if (target === 'policy' && policy) {
      replaceChildren(viewRoot, policy.root);
      void policy.load();
    }
    if (target === 'transparency' && transparency) {
      replaceChildren(viewRoot, transparency.root);
      transparency.show();
    }
    if (target === 'flaggers' && flaggers) {
      replaceChildren(viewRoot, flaggers.root);
      void flaggers.load();
    }
  }

  replaceChildren(
    root,
    h(
      'header',
      { class: 'topbar' },
      h('h1', {}, 'Parley moderation'),
      nav,
      h(
        'div',
        { class: 'account' },
        h('span', {}, `${identity.name}${identity.isAdmin ? ' (admin)' : ''}`),
        h('button', { type: 'button', 'aria-keyshortcuts': '?', onclick: () => help.open() }, 'Shortcuts'),
        h('button', { type: 'button', onclick: () => signOut() }, 'Sign out'),
      ),
    ),
    viewRoot,
    help.element,
  );

  document.onkeydown = (e: KeyboardEvent) => {
    if (help.isOpen()) return; // the dialog handles its own keys (Escape closes it)
    const target = e.target instanceof HTMLElement ? e.target : null;
    const action = shortcutFor({
      key: e.key,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      altKey: e.altKey,
      ...(target ? { targetTag: target.tagName, targetEditable: target.isContentEditable } : {}),
    });
    if (action === null) return;
    if (action === 'help') {
      e.preventDefault();
      help.open();
    } else if (view === 'queue' && queue.shortcut(action)) {
      e.preventDefault();
    }
  };

  show('queue');
  queue.start();
}

async function main(): Promise<void> {
  let config: ConsoleConfig;
  try {
    config = await loadConfig();
  } catch (e) {
    fail(`The console could not load its configuration: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  const deps = browserAuthDeps();
  const params = new URLSearchParams(location.search);
  if (config.auth.kind === 'cognito' && isSignInReturn(params)) {
    const cognito = config.auth;
    history.replaceState(null, '', location.pathname); // the code is single-use; keep it out of history
    try {
      startConsole(config, await completeSignIn(cognito, params, deps));
    } catch (e) {
      signInView(config, e instanceof Error ? e.message : String(e));
    }
    return;
  }
  const session = loadSession(deps.storage);
  if (
    session &&
    (session.source === 'cognito'
      ? Boolean(session.refreshToken) || session.expiresAt > deps.now()
      : session.expiresAt > deps.now())
  ) {
    startConsole(config, session);
  } else {
    signInView(config);
  }
}

void main();
