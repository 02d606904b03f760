import type { Turn } from './turn';

/**
 * Gives the user the rich menu that fits their link state and language.
 * Implemented with the rich-menu feature; until then it changes nothing.
 */
export async function syncUserRichMenu(_turn: Turn, _linked: boolean): Promise<void> {}
