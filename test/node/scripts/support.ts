import { Hono } from 'hono';
import { execFile } from 'node:child_process';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { RichMenuDefinition } from '../../../content/richmenus';
import { createFakeLineApi, FakeLineState, type RecordedCall } from '../../../src/dev/fake-line-api';
import { richMenuImagePath } from '../../../scripts/lib/richmenu-assets';
import { lineChannel, type LineChannel } from '../../../scripts/lib/line-channel';
import { startFakeLineServer } from '../../support/fake-line-server';
import { serveOverHttp } from '../../support/serve-over-http';

export const TOKEN = 'script-test-token';

export interface FakeLine {
  url: string;
  line: LineChannel;
  state(): Promise<FakeState>;
  calls(since?: number): Promise<{ calls: RecordedCall[]; seq: number }>;
  close(): void;
}

export interface FakeState {
  richMenus: { richMenuId: string; body: { name: string; chatBarText: string }; hasImage: boolean }[];
  aliases: Record<string, string>;
  defaultRichMenu?: string;
  userRichMenus: Record<string, string>;
  webhookEndpoint?: string;
}

/**
 * A fresh fake LINE API per test, served over HTTP as LINE would be; with `basePath`, under
 * that path, as `npm run dev` serves it under /dev/line-api.
 */
export async function startFakeLine(basePath = ''): Promise<FakeLine> {
  const underPath = basePath ? new Hono().route(basePath, createFakeLineApi(new FakeLineState(), { accessToken: TOKEN })) : undefined;
  const { url: origin, server } = underPath ? await serveOverHttp('fake LINE server under a path', (request) => underPath.fetch(request)) : await startFakeLineServer(TOKEN);
  const url = origin + basePath;
  return {
    url,
    line: lineChannel({ apiBaseUrl: url, dataApiBaseUrl: url, channelAccessToken: TOKEN }),
    state: async () => (await fetch(`${url}/control/state`)).json() as Promise<FakeState>,
    calls: async (since = 0) => (await fetch(`${url}/messages?since=${since}`)).json() as Promise<{ calls: RecordedCall[]; seq: number }>,
    close: () => (server as Server).close(),
  };
}

export const readImage = (menu: RichMenuDefinition): Uint8Array => readFileSync(richMenuImagePath(menu));

export const kinds = (calls: RecordedCall[]) => calls.map((c) => c.kind);

/** Runs one of the npm scripts' files the way `npm run` does, against the given LINE base URL. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', script, ...args],
      { env: { ...process.env, ...env }, cwd: process.cwd() },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}
