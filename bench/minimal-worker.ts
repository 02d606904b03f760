import { verifyLineSignature } from '../src/line/signature';

interface MinimalEnv {
  LINE_CHANNEL_SECRET: string;
  LINE_CHANNEL_ACCESS_TOKEN: string;
  LINE_API_BASE_URL: string;
}

/**
 * The floor the webhook benchmark compares against: check the signature, reply with one
 * text, nothing else (no Durable Object, no dedupe, no routing, no guard).
 */
export default {
  async fetch(request: Request, env: MinimalEnv): Promise<Response> {
    const raw = await request.arrayBuffer();
    if (!(await verifyLineSignature(env.LINE_CHANNEL_SECRET, raw, request.headers.get('x-line-signature')))) return new Response('unauthorized', { status: 401 });
    const body = JSON.parse(new TextDecoder().decode(raw)) as { events: { replyToken?: string }[] };
    for (const event of body.events) {
      if (!event.replyToken) continue;
      await fetch(`${env.LINE_API_BASE_URL}/v2/bot/message/reply`, {
        method: 'POST',
        headers: { authorization: `Bearer ${env.LINE_CHANNEL_ACCESS_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ replyToken: event.replyToken, messages: [{ type: 'text', text: 'ok' }] }),
      });
    }
    return new Response('{}', { status: 200 });
  },
};
