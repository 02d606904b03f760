import { simulatorChrome as t } from '../../../../content/simulator';
import type { Lang } from '../../../../content/i18n';
import { byId } from './dom';

/** The phone's fixed words (title, composer), in the language of the user on screen. */
export function localizeChrome(lang: Lang): void {
  document.documentElement.lang = lang;
  byId('bot-name', HTMLElement).textContent = t.botName[lang];
  const input = byId('composer-input', HTMLInputElement);
  input.placeholder = t.composerPlaceholder[lang];
  input.setAttribute('aria-label', t.composerLabel[lang]);
  byId('composer-send', HTMLButtonElement).textContent = t.send[lang];
}
