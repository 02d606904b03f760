/**
 * Points the LINE channel's webhook at this bot and has LINE test it.
 *
 *   npm run line:webhook -- --url https://<worker>/webhook
 *
 * Reads LINE_CHANNEL_ACCESS_TOKEN and LINE_API_BASE_URL from the environment. Exits non-zero
 * when LINE refuses the URL or its test request does not get a 200.
 */
import type { messagingApi } from '@line/bot-sdk';
import { parseArgs } from 'node:util';
import { describeError, lineCall, lineChannel, lineConfigFromEnv, type LineChannel } from './lib/line-channel';

async function setWebhook({ api }: LineChannel, endpoint: string): Promise<messagingApi.TestWebhookEndpointResponse> {
  await lineCall('set the webhook URL', () => api.setWebhookEndpoint({ endpoint }));
  return lineCall('test the webhook', () => api.testWebhookEndpoint({ endpoint }));
}

function webhookUrl(value: string | undefined): string {
  if (!value) throw new Error('usage: npm run line:webhook -- --url https://<your worker>/webhook');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--url ${value} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`--url must be an https URL (LINE only calls https), got ${url.protocol}`);
  if (url.protocol === 'http:') console.warn('note: LINE only accepts https webhook URLs; http works against the dev fake only');
  return url.toString();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: 'string' } } });
  const endpoint = webhookUrl(values.url);
  const line = lineChannel(lineConfigFromEnv());
  const result = await setWebhook(line, endpoint);
  console.log(`webhook endpoint set: ${endpoint}`);
  console.log(`webhook test: ${result.success ? 'success' : 'FAILED'} (status ${result.statusCode}, ${result.reason}${result.detail ? `, ${result.detail}` : ''}) at ${result.timestamp}`);
  if (!result.success) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(`line:webhook failed: ${describeError(err)}`);
  process.exit(1);
});
