/**
 * main.js: wires the page together: loads the dev config, keeps the users, turns what the
 * user does (typing, taps on buttons, chips and the rich menu, follow/block) into signed
 * webhook events, and refreshes the chat from the fake LINE API.
 */
export const mainJs = /* js */ String.raw`
import { h, readJson } from './dom.js';
import { followEvent, postWebhook, postbackEvent, textEvent, unfollowEvent } from './event-signer.js';
import { ChatView } from './chat-view.js';
import { Inbox } from './inbox.js';
import { loadRichMenu, renderRichMenu } from './rich-menu.js';
import { mountOpsPanel } from './ops-panel.js';
import { UserStore } from './user-store.js';

const $ = (id) => document.getElementById(id);
const statusLine = (text) => ($('status-line').textContent = text);

const configRes = await fetch('/dev/simulator/config');
const config = await readJson(configRes);
if (!configRes.ok) throw new Error('simulator config: ' + configRes.status);

const store = new UserStore();
const chat = new ChatView({ chat: $('chat'), quickReplies: $('quick-replies'), friendBar: $('friend-bar') }, runAction);
const inbox = new Inbox(store, {
  onTyping: (userId, seconds) => userId === store.selectedId && chat.setTyping(true, seconds),
  onRichMenuChanged: (userId) => userId === store.selectedId && refreshRichMenu(),
  onError: (error) => statusLine('Polling the fake LINE API failed: ' + error.message),
});
const richMenu = { open: true, alias: new Map() };
const showOpsUser = mountOpsPanel($('ops-panel'), config);

function system(userId, text, error) {
  store.append(userId, [{ kind: 'system', text, error: Boolean(error), at: Date.now() }]);
}

/** Sends events of the current user as LINE would and shows what the bot sent back. */
async function send(events) {
  const user = store.current;
  try {
    const { status, text } = await postWebhook(events);
    if (status !== 200) system(user.id, 'POST /webhook answered ' + status + ' ' + text, true);
    else statusLine('POST /webhook → 200 (' + events.map((e) => e.type).join(', ') + ')');
  } catch (error) {
    system(user.id, 'POST /webhook failed: ' + error.message, true);
  }
  await inbox.poll(user.id);
}

function say(text) {
  const user = store.current;
  store.append(user.id, [{ kind: 'user', text, at: Date.now() }]);
  return send([textEvent(user.id, text)]);
}

function postback(data, displayText, params) {
  const user = store.current;
  if (displayText) store.append(user.id, [{ kind: 'user', text: displayText, at: Date.now() }]);
  return send([postbackEvent(user.id, data, params)]);
}

/** Links of this bot (the /link pages) open in a window the dev pages can close again. */
function openUri(uri) {
  let url;
  try {
    url = new URL(uri, location.href);
  } catch {
    return system(store.current.id, 'Not a valid URI: ' + uri, true);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return system(store.current.id, 'The simulator cannot open ' + url.protocol + ' links: ' + uri);
  const ours = url.origin === location.origin || url.origin === new URL(config.publicBaseUrl).origin;
  window.open(url.href, '_blank', ours ? '' : 'noopener');
}

function pickDate(action) {
  const value = window.prompt(action.label + ' (' + action.mode + ')', action.initial || '');
  return value ? { [action.mode]: value } : null;
}

async function runAction(action) {
  switch (action.type) {
    case 'postback': return postback(action.data, action.displayText);
    case 'message': return say(action.text);
    case 'uri': return openUri(action.uri);
    case 'datetimepicker': {
      const params = pickDate(action);
      return params && postback(action.data, undefined, params);
    }
    case 'richmenuswitch':
      richMenu.alias.set(store.selectedId, action.richMenuAliasId);
      await refreshRichMenu();
      return postback(action.data, undefined, { newRichMenuAliasId: action.richMenuAliasId, status: 'SUCCESS' });
    case 'clipboard':
      await navigator.clipboard.writeText(action.clipboardText).catch(() => undefined);
      return system(store.current.id, 'Copied: ' + action.clipboardText);
    default:
      return system(store.current.id, 'The simulator cannot run a "' + action.type + '" action.');
  }
}

async function refreshRichMenu() {
  const userId = store.selectedId;
  try {
    const loaded = await loadRichMenu(userId, richMenu.alias.get(userId));
    if (userId !== store.selectedId) return;
    renderRichMenu($('rich-menu'), loaded, {
      open: richMenu.open,
      onToggle: () => {
        richMenu.open = !richMenu.open;
        refreshRichMenu();
      },
      onAction: runAction,
    });
  } catch (error) {
    $('rich-menu').replaceChildren(h('div', { class: 'system error' }, String(error.message || error)));
  }
}

const friendControls = {
  follow: async () => {
    const user = store.current;
    await setProfileLanguage(user);
    store.setFriend(user.id, 'friend');
    await send([followEvent(user.id, false)]);
  },
  block: async () => {
    const user = store.current;
    store.setFriend(user.id, 'blocked');
    system(user.id, 'You blocked the account.');
    await send([unfollowEvent(user.id)]);
  },
  unblock: async () => {
    const user = store.current;
    store.setFriend(user.id, 'friend');
    system(user.id, 'You unblocked the account.');
    await send([followEvent(user.id, true)]);
  },
};

/** The bot reads the user's language from their LINE profile; the fake serves the chosen one. */
function setProfileLanguage(user) {
  return fetch('/dev/line-api/control/profiles', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: user.id, displayName: user.name, language: user.lang }),
  });
}

function renderUsers() {
  $('user-select').replaceChildren(...store.users.map((u) =>
    h('option', { value: u.id, selected: u.id === store.selectedId }, u.name + ' (' + u.lang + ')' + (u.unread ? ' ●' + u.unread : ''))));
}

function showCurrent() {
  const user = store.current;
  renderUsers();
  chat.show(user);
  chat.renderFriendBar(user, friendControls);
  const blocked = user.friend === 'blocked';
  $('composer-input').disabled = blocked;
  $('composer-send').disabled = blocked;
  refreshRichMenu();
  showOpsUser(user.id);
}

store.onChange((change) => {
  if (change.type === 'users' || (change.type === 'friend' && change.userId === store.selectedId)) showCurrent();
  else if (change.type === 'log') {
    if (change.userId !== store.selectedId) return renderUsers();
    chat.append(store.current, change.entries);
    // A reply may follow a link or unlink: the menu and the seller to alert may have changed.
    if (change.entries.some((e) => e.kind === 'bot')) {
      refreshRichMenu();
      showOpsUser(store.selectedId);
    }
  }
});

$('user-select').addEventListener('change', (e) => store.select(e.target.value));
$('add-user').addEventListener('click', () => store.add($('new-user-lang').value));
$('composer').addEventListener('submit', (e) => e.preventDefault());
$('composer-input').addEventListener('keydown', (e) => {
  // Enter that confirms a Japanese IME conversion must not send the message.
  if (e.key === 'Enter' && !e.isComposing && e.keyCode !== 229) submitComposer(e);
});
$('composer-send').addEventListener('click', submitComposer);

function submitComposer(event) {
  event.preventDefault();
  const input = $('composer-input');
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  say(text);
}

showCurrent();
inbox.start();
document.body.dataset.ready = 'true';
`;
