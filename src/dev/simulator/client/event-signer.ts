/**
 * event-signer.js: builds webhook events the way LINE does and posts them to /webhook,
 * signed with the channel secret (HMAC-SHA256 over the exact body bytes, base64), so the
 * bot runs its production path. Reply tokens are `<userId>.<random>`: the fake LINE API
 * attributes replies to the user by that prefix.
 */
export const eventSignerJs = /* js */ String.raw`
const encoder = new TextEncoder();

function randomHex(bytes) {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const ULID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** LINE's webhookEventId is a ULID; any unique 26-character id of that alphabet will do. */
function eventId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(26)), (b) => ULID_ALPHABET[b % 32]).join('');
}

export const newUserId = () => 'U' + randomHex(16);

function base(userId, type) {
  return { type, mode: 'active', timestamp: Date.now(), source: { type: 'user', userId }, webhookEventId: eventId(), deliveryContext: { isRedelivery: false } };
}
const replyToken = (userId) => userId + '.' + randomHex(12);

export const followEvent = (userId, isUnblocked) => ({ ...base(userId, 'follow'), replyToken: replyToken(userId), follow: { isUnblocked } });
export const unfollowEvent = (userId) => base(userId, 'unfollow');
export const textEvent = (userId, text) => ({
  ...base(userId, 'message'),
  replyToken: replyToken(userId),
  message: { type: 'text', id: String(Date.now()) + randomHex(2), text, quoteToken: randomHex(16) },
});
export const postbackEvent = (userId, data, params) => ({ ...base(userId, 'postback'), replyToken: replyToken(userId), postback: params ? { data, params } : { data } });

async function sign(secret, body) {
  if (!crypto.subtle) throw new Error('WebCrypto is unavailable: open the simulator at http://127.0.0.1 or http://localhost');
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(body)));
  let binary = '';
  for (const b of mac) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Posts events as one signed webhook call; resolves to the webhook's HTTP status and text. */
export async function postWebhook(secret, events) {
  const body = JSON.stringify({ destination: 'Usimulatorbot', events });
  const res = await fetch('/webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-line-signature': await sign(secret, body) },
    body,
  });
  return { status: res.status, text: await res.text() };
}
`;
