import type { Localized } from '../i18n';

/** Where an intent sits in the FAQ list; commands are answered by their own features. */
export type IntentGroup = 'command' | 'line' | 'login' | 'account' | 'alert';

export interface IntentLink {
  label: Localized;
  url: string;
}

export interface IntentContent {
  id: string;
  group: IntentGroup;
  /** At most 20 characters: quick replies and "did you mean" choices. */
  label: Localized;
  title: Localized;
  /** Paragraphs of the answer card (not used for commands, whose features answer). */
  answer?: Localized<readonly string[]>;
  steps?: Localized<readonly string[]>;
  /** Buttons that act: each runs the named intent (link.start, diagnosis.start, settings.open…). */
  actions?: readonly string[];
  links?: readonly IntentLink[];
  /** Intents offered as quick replies under the answer. */
  related?: readonly string[];
}

export const SELLER_CENTRAL_URL = 'https://sellercentral.amazon.co.jp/';
export const SELLER_CENTRAL_HELP_URL = 'https://sellercentral.amazon.co.jp/help/hub';
