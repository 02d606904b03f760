import type { messagingApi, webhook } from '@line/bot-sdk';
import { isLang } from '../../../../content/i18n';
import { simulatorChrome as t } from '../../../../content/simulator';
import type { SimulatorConfig } from '../protocol';
import { mountAmazonPanel } from './amazon-panel';
import { ChatView } from './chat-view';
import { localizeChrome } from './chrome';
import { byId, describeFailure, errorMessage, fetchJson, h } from './dom';
import { followEvent, postbackEvent, postWebhook, textEvent, unfollowEvent } from './event-factory';
import { Inbox } from './inbox';
import { mountOpsPanel } from './ops-panel';
import { loadRichMenu, renderRichMenu } from './rich-menu';
import { SelectedSeller } from './selected-seller';
import { UserStore, type SimUser } from './user-store';

/**
 * The page's entry: loads the dev config, keeps the users, turns what the user does (typing,
 * taps on buttons, chips and the rich menu, follow/block) into webhook events, and refreshes
 * the chat from the fake LINE API.
 */

const statusLine = (text: string) => (byId('status-line', HTMLElement).textContent = text);

const configAnswer = await fetchJson<SimulatorConfig>('/dev/simulator/config');
if (!configAnswer.ok || !configAnswer.body) throw new Error(`simulator config: ${describeFailure(configAnswer)}`);
const config = configAnswer.body;

const store = new UserStore();
const chat = new ChatView(byId('chat', HTMLElement), byId('quick-replies', HTMLElement), byId('friend-bar', HTMLElement), (action) => void runAction(action));
const seller = new SelectedSeller(() => store.current);
const inbox = new Inbox(store, {
  onTyping: (userId, seconds) => userId === store.selectedId && chat.setTyping(true, seconds, t.typing[store.current.lang]),
  onRichMenuChanged: (userId) => userId === store.selectedId && void refreshRichMenu(),
  onError: statusLine,
});
const richMenu = { open: true, switchedAlias: new Map<string, string>() };
mountOpsPanel(byId('ops-panel', HTMLElement), config, seller);
mountAmazonPanel(byId('amazon-panel', HTMLElement), config, seller);

function system(userId: string, text: string, error = false): void {
  store.append(userId, [{ kind: 'system', text, error, at: Date.now() }]);
}

/** Sends events of the current user as LINE would; the bot's answer arrives through the inbox. */
async function send(events: webhook.Event[]): Promise<void> {
  const user = store.current;
  try {
    const answer = await postWebhook(events);
    if (answer.status !== 200) system(user.id, `POST /webhook answered ${describeFailure(answer)}`, true);
    else statusLine(`POST /webhook → 200 (${events.map((e) => e.type).join(', ')})`);
  } catch (error) {
    system(user.id, `POST /webhook failed: ${errorMessage(error)}`, true);
  }
  await inbox.poll(user.id);
}

function say(text: string): Promise<void> {
  const user = store.current;
  store.append(user.id, [{ kind: 'user', text, at: Date.now() }]);
  return send([textEvent(user.id, text)]);
}

function postback(data: string, displayText?: string, params?: Record<string, string>): Promise<void> {
  const user = store.current;
  if (displayText) store.append(user.id, [{ kind: 'user', text: displayText, at: Date.now() }]);
  return send([postbackEvent(user.id, data, params)]);
}

/** Links of this bot (the /link pages) open in a window the dev pages can close again. */
function openUri(uri: string): void {
  let url: URL;
  try {
    url = new URL(uri, location.href);
  } catch {
    return system(store.current.id, `Not a valid URI: ${uri}`, true);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return system(store.current.id, `The simulator cannot open ${url.protocol} links: ${uri}`);
  const ours = url.origin === location.origin || url.origin === new URL(config.publicBaseUrl).origin;
  window.open(url.href, '_blank', ours ? '' : 'noopener');
}

function pickDate(action: messagingApi.DatetimePickerAction): Record<string, string> | null {
  const mode = action.mode ?? 'datetime';
  const value = window.prompt(`${action.label ?? ''} (${mode})`, action.initial ?? '');
  return value ? { [mode]: value } : null;
}

async function runAction(action: messagingApi.Action): Promise<void> {
  switch (action.type) {
    case 'postback':
      return postback(action.data ?? '', action.displayText);
    case 'message':
      return say(action.text ?? '');
    case 'uri':
      return openUri(action.uri ?? '');
    case 'datetimepicker': {
      const params = pickDate(action);
      return params ? postback(action.data ?? '', undefined, params) : undefined;
    }
    case 'richmenuswitch': {
      const aliasId = action.richMenuAliasId ?? '';
      richMenu.switchedAlias.set(store.selectedId, aliasId);
      await refreshRichMenu();
      return postback(action.data ?? '', undefined, { newRichMenuAliasId: aliasId, status: 'SUCCESS' });
    }
    case 'clipboard':
      await navigator.clipboard.writeText(action.clipboardText ?? '').catch(() => undefined);
      return system(store.current.id, `Copied: ${action.clipboardText}`);
    default:
      return system(store.current.id, `The simulator cannot run a "${String(action.type)}" action.`);
  }
}

async function refreshRichMenu(): Promise<void> {
  const user = store.current;
  const container = byId('rich-menu', HTMLElement);
  try {
    const shown = await loadRichMenu(user.id, richMenu.switchedAlias.get(user.id));
    if (user.id !== store.selectedId) return;
    renderRichMenu(container, shown, {
      open: richMenu.open,
      fallbackBarText: t.menu[user.lang],
      onToggle: () => {
        richMenu.open = !richMenu.open;
        void refreshRichMenu();
      },
      onAction: (action) => void runAction(action),
    });
  } catch (error) {
    if (user.id === store.selectedId) container.replaceChildren(h('div', { class: 'system error' }, errorMessage(error)));
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
    system(user.id, t.youBlocked[user.lang]);
    await send([unfollowEvent(user.id)]);
  },
  unblock: async () => {
    const user = store.current;
    store.setFriend(user.id, 'friend');
    system(user.id, t.youUnblocked[user.lang]);
    await send([followEvent(user.id, true)]);
  },
};

/** The bot reads the user's language from their LINE profile; the fake serves the chosen one. */
function setProfileLanguage(user: SimUser): Promise<Response> {
  return fetch('/dev/line-api/control/profiles', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: user.id, displayName: user.name, language: user.lang }),
  });
}

function renderUsers(): void {
  byId('user-select', HTMLSelectElement).replaceChildren(
    ...store.users.map((u) => h('option', { value: u.id, selected: u.id === store.selectedId }, `${u.name} (${u.lang})${u.unread ? ` ●${u.unread}` : ''}`)),
  );
}

function showCurrent(): void {
  const user = store.current;
  localizeChrome(user.lang);
  renderUsers();
  chat.show(user);
  chat.renderFriendBar(user, { follow: () => void friendControls.follow(), block: () => void friendControls.block(), unblock: () => void friendControls.unblock() });
  const blocked = user.friend === 'blocked';
  byId('composer-input', HTMLInputElement).disabled = blocked;
  byId('composer-send', HTMLButtonElement).disabled = blocked;
  void refreshRichMenu();
  void seller.refresh();
}

store.onChange((change) => {
  if (change.type === 'users' || (change.type === 'friend' && change.userId === store.selectedId)) return showCurrent();
  if (change.type !== 'log') return;
  if (change.userId !== store.selectedId) return renderUsers();
  chat.append(store.current, change.entries);
  // A reply may follow a link or unlink: the menu and the seller the panels act on may have changed.
  if (change.entries.some((e) => e.kind === 'bot')) {
    void refreshRichMenu();
    void seller.refresh();
  }
});

byId('user-select', HTMLSelectElement).addEventListener('change', (e) => store.select((e.target as HTMLSelectElement).value));
byId('add-user', HTMLButtonElement).addEventListener('click', () => {
  const lang = byId('new-user-lang', HTMLSelectElement).value;
  store.add(isLang(lang) ? lang : 'ja');
});
byId('composer', HTMLFormElement).addEventListener('submit', (e) => e.preventDefault());
byId('composer-input', HTMLInputElement).addEventListener('keydown', (e) => {
  // Enter that confirms a Japanese IME conversion must not send the message.
  if (e.key === 'Enter' && !e.isComposing && e.keyCode !== 229) submitComposer(e);
});
byId('composer-send', HTMLButtonElement).addEventListener('click', submitComposer);

function submitComposer(event: Event): void {
  event.preventDefault();
  const input = byId('composer-input', HTMLInputElement);
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  void say(text);
}

showCurrent();
inbox.start();
document.body.dataset.ready = 'true';
