import { alertsFeature } from './alerts';
import { diagnosisFeature } from './diagnosis';
import { faqFeature } from './faq';
import type { Feature } from './feature';
import { linkingFeature } from './linking';

/** Every feature of the conversation, asked in this order. Add one line per feature. */
export const features: Feature[] = [
  alertsFeature,
  linkingFeature,
  diagnosisFeature,
  faqFeature,
];
