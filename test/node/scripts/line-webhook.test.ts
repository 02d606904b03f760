import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScript, startFakeLine, TOKEN, type FakeLine } from './support';

let fake: FakeLine;
beforeEach(async () => {
  fake = await startFakeLine();
});
afterEach(() => fake.close());

const env = () => ({ LINE_CHANNEL_ACCESS_TOKEN: TOKEN, LINE_API_BASE_URL: fake.url });

describe('npm run line:webhook', () => {
  it('sets the channel webhook URL and prints the result of LINE\'s webhook test', async () => {
    const run = await runScript('scripts/line-webhook.ts', ['--url', 'https://bot.example.com/webhook'], env());

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('webhook endpoint set: https://bot.example.com/webhook');
    expect(run.stdout).toMatch(/webhook test: success \(status 200, OK/);
    expect((await fake.state()).webhookEndpoint).toBe('https://bot.example.com/webhook');
  });

  it('exits non-zero with LINE\'s reason when the test request fails', async () => {
    await fetch(`${fake.url}/control/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ faults: [{ path: '/webhook/test', status: 500, count: 1 }] }),
    });
    const run = await runScript('scripts/line-webhook.ts', ['--url', 'https://bot.example.com/webhook'], env());

    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/line:webhook failed: .*500/);
    expect(run.stderr).toContain('x-line-request-id');
  });

  it('works against a LINE base URL with a path, as the dev fake LINE API under /dev/line-api', async () => {
    const underPath = await startFakeLine('/dev/line-api');
    try {
      const run = await runScript('scripts/line-webhook.ts', ['--url', 'https://bot.example.com/webhook'], { LINE_CHANNEL_ACCESS_TOKEN: TOKEN, LINE_API_BASE_URL: underPath.url });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/webhook test: success/);
      expect((await underPath.state()).webhookEndpoint).toBe('https://bot.example.com/webhook');
    } finally {
      underPath.close();
    }
  });

  it('explains what is missing instead of calling LINE', async () => {
    const noUrl = await runScript('scripts/line-webhook.ts', [], env());
    expect(noUrl.code).not.toBe(0);
    expect(noUrl.stderr).toContain('usage: npm run line:webhook -- --url');

    const badUrl = await runScript('scripts/line-webhook.ts', ['--url', 'bot.example.com/webhook'], env());
    expect(badUrl.code).not.toBe(0);
    expect(badUrl.stderr).toContain('is not a URL');

    const noToken = await runScript('scripts/line-webhook.ts', ['--url', 'https://bot.example.com/webhook'], { LINE_CHANNEL_ACCESS_TOKEN: '', LINE_API_BASE_URL: fake.url });
    expect(noToken.code).not.toBe(0);
    expect(noToken.stderr).toContain('LINE_CHANNEL_ACCESS_TOKEN is not set');

    expect((await fake.calls()).calls).toEqual([]);
  });
});
