import { chatViewJs } from './chat-view';
import { domJs } from './dom';
import { eventSignerJs } from './event-signer';
import { flexRendererJs } from './flex-renderer';
import { inboxJs } from './inbox';
import { mainJs } from './main';
import { opsPanelJs } from './ops-panel';
import { richMenuJs } from './rich-menu';
import { userStoreJs } from './user-store';

/** The page's ES modules by file name (served at /dev/simulator/<name>). */
export const CLIENT_MODULES: Readonly<Record<string, string>> = {
  'main.js': mainJs,
  'dom.js': domJs,
  'event-signer.js': eventSignerJs,
  'flex-renderer.js': flexRendererJs,
  'chat-view.js': chatViewJs,
  'inbox.js': inboxJs,
  'rich-menu.js': richMenuJs,
  'ops-panel.js': opsPanelJs,
  'user-store.js': userStoreJs,
};
