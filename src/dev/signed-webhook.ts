import { readConfig } from '../config';
import type { Env } from '../env';
import { signLineBody } from '../line/signature';
import { selfUrl } from './self-url';

/**
 * Posts events to this Worker's own /webhook, signed with its channel secret, the way LINE
 * would. Dev stand-ins for LINE (the simulator, the account-link dialog) use it so that the
 * secret never has to leave the server.
 */
export async function postSignedWebhook(env: Env, events: unknown[]): Promise<Response> {
  const raw = JSON.stringify({ destination: 'Udevbot', events });
  return fetch(selfUrl(env, '/webhook'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody(readConfig(env).line.channelSecret, raw) },
    body: raw,
  });
}
