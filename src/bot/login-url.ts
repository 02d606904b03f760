import { readConfig } from '../config';
import { rememberLinkToken } from '../store/link-sessions';
import type { Turn } from './turn';

/**
 * A fresh LINE link token, remembered as this user's, and the URL of our /link page for it:
 * every login button (greeting, offer, retry, re-link) goes straight to Seller Central with one.
 * Issuing it is a call to LINE, so the user sees the typing indicator meanwhile.
 */
export async function linkUrl(turn: Turn): Promise<string | null> {
  try {
    await turn.line.showLoading(turn.userId);
    const linkToken = await turn.line.issueLinkToken(turn.userId);
    await rememberLinkToken(turn.env, linkToken, turn.userId, turn.now);
    const url = new URL(`${readConfig(turn.env).publicBaseUrl}/link`);
    url.searchParams.set('linkToken', linkToken);
    url.searchParams.set('lang', turn.lang);
    return url.toString();
  } catch (err) {
    turn.log.warn('could not issue a link token', { error: err });
    return null;
  }
}

