/**
 * event-signer.js: builds webhook events the way LINE does and hands them to the dev Worker,
 * which signs them with the channel secret and posts them to /webhook, so the bot runs its
 * production path while the secret stays on the server. Reply tokens are `<userId>.<random>`:
 * the fake LINE API attributes replies to the user by that prefix.
 */
export const eventSignerJs = /* js */ String.raw`

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

/** Posts events as one signed webhook call; resolves to the webhook's HTTP status and text. */
export async function postWebhook(events) {
  const res = await fetch('/dev/simulator/webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  return { status: res.status, text: await res.text() };
}
`;
