import { alertsFeature } from './alerts';
import type { Feature } from './feature';

/** Every feature of the conversation, asked in this order. Add one line per feature. */
export const features: Feature[] = [
  alertsFeature,
];
