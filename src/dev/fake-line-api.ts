import { Hono } from 'hono';

/**
 * A stand-in for the LINE platform's HTTP API, used by `wrangler dev` (mounted under
 * /dev/line-api when DEV_MODE is on) and by the tests (served from Node). It records
 * every call, behaves like LINE where our code depends on it (single-use reply tokens,
 * 409 for a repeated retry key, link tokens, profiles, rich menus) and can be told to fail.
 */
export interface RecordedCall {
  seq: number;
  at: number;
  method: string;
  path: string;
  kind: string;
  to?: string;
  replyToken?: string;
  retryKey?: string;
  status: number;
  body: unknown;
}

export interface Fault {
  /** Substring of the path, e.g. "/message/push". */
  path?: string;
  /** Only calls for this user (push `to`, reply token prefix, user path segment). */
  to?: string;
  status?: number;
  /** Hold the answer this long (ms), past the client's timeout. */
  delayMs?: number;
  /** How many matching calls fail; -1 = until cleared. */
  count: number;
  /** Fail only this fraction of matching calls (0–1), deterministic per call sequence. */
  rate?: number;
}

interface RichMenu {
  richMenuId: string;
  body: unknown;
  hasImage: boolean;
}

export class FakeLineState {
  calls: RecordedCall[] = [];
  seq = 0;
  faults: Fault[] = [];
  usedReplyTokens = new Set<string>();
  retryKeys = new Set<string>();
  profiles = new Map<string, { displayName: string; language: string }>();
  richMenus = new Map<string, RichMenu>();
  /** Uploaded rich-menu images, served back like LINE's data API does. */
  richMenuImages = new Map<string, { contentType: string; bytes: ArrayBuffer }>();
  aliases = new Map<string, string>();
  defaultRichMenu: string | undefined;
  userRichMenus = new Map<string, string>();
  richMenuBatches = new Map<string, { phase: 'succeeded'; acceptedTime: string; completedTime: string }>();
  webhookEndpoint: string | undefined;
  /** Issued link tokens → the user each was issued for (LINE's account-link dialog needs it). */
  linkTokens = new Map<string, { userId: string; used: boolean }>();

  reset(): void {
    Object.assign(this, new FakeLineState());
  }
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

let requestCounter = 0;
const requestId = () => `fake-${Date.now().toString(36)}-${(requestCounter++).toString(36)}`;

export function createFakeLineApi(state = new FakeLineState(), options: { accessToken?: string } = {}) {
  const app = new Hono();

  const takeFault = (path: string, target: string | undefined): Fault | undefined => {
    const fault = state.faults.find((f) => f.count !== 0 && (!f.path || path.includes(f.path)) && (!f.to || (target ?? '').includes(f.to)));
    if (!fault) return undefined;
    if (fault.rate !== undefined && ((state.seq * 2654435761) >>> 0) % 1000 >= fault.rate * 1000) return undefined;
    if (fault.count > 0) fault.count--;
    return fault;
  };

  const record = (c: { req: { method: string; path: string } }, kind: string, status: number, body: unknown, extra: Partial<RecordedCall> = {}) => {
    state.calls.push({ seq: ++state.seq, at: Date.now(), method: c.req.method, path: c.req.path, kind, status, body, ...extra });
  };

  // Control endpoints for tests and the simulator; never part of LINE's API.
  app.get('/messages', (c) => {
    const since = Number(c.req.query('since') ?? 0);
    const to = c.req.query('to');
    return c.json({ calls: state.calls.filter((call) => call.seq > since && (!to || call.to === to)), seq: state.seq });
  });
  app.delete('/messages', (c) => {
    state.reset();
    return c.json({ ok: true });
  });
  app.post('/control/faults', async (c) => {
    const body = (await c.req.json()) as { faults?: Fault[] };
    state.faults.push(...(body.faults ?? []));
    return c.json({ ok: true });
  });
  app.delete('/control/faults', (c) => {
    const to = c.req.query('to');
    state.faults = to ? state.faults.filter((f) => f.to !== to) : [];
    return c.json({ ok: true });
  });
  app.post('/control/profiles', async (c) => {
    const body = (await c.req.json()) as { userId: string; displayName?: string; language: string };
    state.profiles.set(body.userId, { displayName: body.displayName ?? 'Seller', language: body.language });
    return c.json({ ok: true });
  });
  app.get('/control/state', (c) =>
    c.json({
      richMenus: [...state.richMenus.values()],
      aliases: Object.fromEntries(state.aliases),
      defaultRichMenu: state.defaultRichMenu,
      userRichMenus: Object.fromEntries(state.userRichMenus),
      webhookEndpoint: state.webhookEndpoint,
    }),
  );

  // Everything below is LINE's API: authorised, possibly faulted.
  app.use('/v2/*', async (c, next) => {
    const auth = c.req.header('authorization') ?? '';
    if (!auth.startsWith('Bearer ') || (options.accessToken && auth !== `Bearer ${options.accessToken}`)) {
      return json(401, { message: 'Authentication failed. Confirm that the access token in the authorization header is valid.' });
    }
    const text = ['POST', 'PUT'].includes(c.req.method) && c.req.header('content-type')?.includes('json') ? await c.req.raw.clone().text() : '';
    let target: string | undefined = c.req.path.match(/\/user\/([^/]+)/)?.[1] ?? c.req.path.match(/\/profile\/([^/]+)/)?.[1];
    try {
      const body = text ? (JSON.parse(text) as { to?: string; replyToken?: string; chatId?: string }) : {};
      target = body.to ?? body.replyToken ?? body.chatId ?? target;
    } catch {
      return json(400, { message: 'The request body has 1 error(s)' });
    }
    const fault = takeFault(c.req.path, target);
    if (fault) {
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.status) {
        record(c, 'fault', fault.status, text ? JSON.parse(text) : null, { to: target });
        return json(fault.status, { message: fault.status === 429 ? 'The API rate limit has been exceeded. Try again later.' : 'An error occurred in the internal server.' }, { 'x-line-request-id': requestId() });
      }
    }
    await next();
    if (!c.res.headers.has('x-line-request-id')) c.res.headers.set('x-line-request-id', requestId());
  });

  app.post('/v2/bot/message/reply', async (c) => {
    const body = (await c.req.json()) as { replyToken?: string; messages?: unknown[] };
    const token = body.replyToken ?? '';
    if (!token || token.startsWith('expired') || state.usedReplyTokens.has(token)) {
      record(c, 'reply', 400, body, { replyToken: token });
      return json(400, { message: 'Invalid reply token' });
    }
    state.usedReplyTokens.add(token);
    record(c, 'reply', 200, body, { replyToken: token, to: userFromReplyToken(token) });
    return json(200, { sentMessages: (body.messages ?? []).map((_, i) => ({ id: `${state.seq}${i}`, quoteToken: `q${state.seq}${i}` })) });
  });

  app.post('/v2/bot/message/push', async (c) => {
    const body = (await c.req.json()) as { to?: string; messages?: unknown[] };
    const retryKey = c.req.header('x-line-retry-key');
    if (retryKey && state.retryKeys.has(retryKey)) {
      record(c, 'push-duplicate', 409, body, { to: body.to, retryKey });
      return json(409, { message: 'The retry key is already accepted' }, { 'x-line-accepted-request-id': 'accepted' });
    }
    if (retryKey) state.retryKeys.add(retryKey);
    record(c, 'push', 200, body, { to: body.to, retryKey });
    return json(200, { sentMessages: [] });
  });

  app.post('/v2/bot/user/:userId/linkToken', (c) => {
    const linkToken = `lt-${crypto.randomUUID().replace(/-/g, '')}`;
    state.linkTokens.set(linkToken, { userId: c.req.param('userId'), used: false });
    record(c, 'linkToken', 200, { linkToken }, { to: c.req.param('userId') });
    return c.json({ linkToken });
  });

  app.get('/v2/bot/profile/:userId', (c) => {
    const userId = c.req.param('userId');
    const profile = state.profiles.get(userId) ?? { displayName: 'Seller', language: 'ja' };
    return c.json({ userId, ...profile });
  });

  app.post('/v2/bot/chat/loading/start', async (c) => {
    const body = (await c.req.json()) as { chatId?: string };
    record(c, 'loading', 202, body, { to: body.chatId });
    return c.json({}, 202);
  });

  // Rich menus.
  app.post('/v2/bot/richmenu/validate', async (c) => {
    const body = (await c.req.json()) as { size?: unknown; areas?: unknown[] };
    if (!body.size || !Array.isArray(body.areas) || body.areas.length === 0 || body.areas.length > 20) return json(400, { message: 'The request body has 1 error(s)' });
    return c.json({});
  });
  app.post('/v2/bot/richmenu', async (c) => {
    const body = await c.req.json();
    const richMenuId = `richmenu-${crypto.randomUUID().replace(/-/g, '')}`;
    state.richMenus.set(richMenuId, { richMenuId, body, hasImage: false });
    record(c, 'richMenuCreate', 200, body);
    return c.json({ richMenuId });
  });
  app.get('/v2/bot/richmenu/list', (c) => c.json({ richmenus: [...state.richMenus.values()].map((m) => ({ richMenuId: m.richMenuId, ...(m.body as object) })) }));
  app.post('/v2/bot/richmenu/:id/content', async (c) => {
    const menu = state.richMenus.get(c.req.param('id'));
    if (!menu) return json(404, { message: 'Not found' });
    if (menu.hasImage) return json(400, { message: 'An image has already been uploaded to the richmenu' });
    if (!/^image\/(png|jpeg)$/.test(c.req.header('content-type') ?? '')) return json(415, { message: 'Unsupported Media Type' });
    const bytes = await c.req.arrayBuffer();
    const size = bytes.byteLength;
    if (size > 1024 * 1024) return json(400, { message: 'The image is too large' });
    menu.hasImage = true;
    state.richMenuImages.set(menu.richMenuId, { contentType: c.req.header('content-type') ?? 'image/png', bytes });
    record(c, 'richMenuImage', 200, { richMenuId: menu.richMenuId, size });
    return c.json({});
  });
  // LINE's data API (api-data.line.me): the image uploaded for a menu.
  app.get('/v2/bot/richmenu/:id/content', (c) => {
    const image = state.richMenuImages.get(c.req.param('id'));
    if (!image) return json(404, { message: 'Not found' });
    return c.body(image.bytes, 200, { 'content-type': image.contentType });
  });
  app.get('/v2/bot/richmenu/:id', (c) => {
    const menu = state.richMenus.get(c.req.param('id'));
    return menu ? c.json({ richMenuId: menu.richMenuId, ...(menu.body as object) }) : json(404, { message: 'Not found' });
  });
  app.delete('/v2/bot/richmenu/:id', (c) => {
    const id = c.req.param('id');
    if (!state.richMenus.delete(id)) return json(404, { message: 'Not found' });
    state.richMenuImages.delete(id);
    record(c, 'richMenuDelete', 200, { richMenuId: id });
    return c.json({});
  });
  app.post('/v2/bot/user/all/richmenu/:id', (c) => {
    if (!state.richMenus.has(c.req.param('id'))) return json(400, { message: 'richmenu not found' });
    state.defaultRichMenu = c.req.param('id');
    record(c, 'richMenuDefault', 200, { richMenuId: state.defaultRichMenu });
    return c.json({});
  });
  app.get('/v2/bot/user/all/richmenu', (c) => (state.defaultRichMenu ? c.json({ richMenuId: state.defaultRichMenu }) : json(404, { message: 'no default richmenu' })));
  app.post('/v2/bot/richmenu/alias', async (c) => {
    const body = (await c.req.json()) as { richMenuAliasId: string; richMenuId: string };
    if (state.aliases.has(body.richMenuAliasId)) return json(400, { message: 'conflict richmenu alias id' });
    if (!state.richMenus.has(body.richMenuId)) return json(400, { message: 'richmenu not found' });
    state.aliases.set(body.richMenuAliasId, body.richMenuId);
    record(c, 'richMenuAliasCreate', 200, body);
    return c.json({});
  });
  app.post('/v2/bot/richmenu/alias/:aliasId', async (c) => {
    const body = (await c.req.json()) as { richMenuId: string };
    if (!state.aliases.has(c.req.param('aliasId'))) return json(404, { message: 'Not found' });
    if (!state.richMenus.has(body.richMenuId)) return json(400, { message: 'richmenu not found' });
    state.aliases.set(c.req.param('aliasId'), body.richMenuId);
    record(c, 'richMenuAliasUpdate', 200, { richMenuAliasId: c.req.param('aliasId'), ...body });
    return c.json({});
  });
  app.get('/v2/bot/richmenu/alias/list', (c) => c.json({ aliases: [...state.aliases].map(([richMenuAliasId, richMenuId]) => ({ richMenuAliasId, richMenuId })) }));
  app.get('/v2/bot/richmenu/alias/:aliasId', (c) => {
    const richMenuId = state.aliases.get(c.req.param('aliasId'));
    return richMenuId ? c.json({ richMenuAliasId: c.req.param('aliasId'), richMenuId }) : json(404, { message: 'Not found' });
  });
  // Batch control: LINE runs it asynchronously; the fake finishes at once and reports it by request id.
  app.post('/v2/bot/richmenu/batch', async (c) => {
    const body = (await c.req.json()) as { operations?: { type: string; from?: string; to?: string }[] };
    for (const op of body.operations ?? []) {
      for (const [userId, menuId] of state.userRichMenus) {
        if (op.type === 'unlinkAll' || menuId !== op.from) continue;
        if (op.type === 'link' && op.to) state.userRichMenus.set(userId, op.to);
        if (op.type === 'unlink') state.userRichMenus.delete(userId);
      }
      if (op.type === 'unlinkAll') state.userRichMenus.clear();
    }
    const id = requestId();
    const now = new Date().toISOString();
    state.richMenuBatches.set(id, { phase: 'succeeded', acceptedTime: now, completedTime: now });
    record(c, 'richMenuBatch', 202, body);
    return json(202, {}, { 'x-line-request-id': id });
  });
  app.get('/v2/bot/richmenu/progress/batch', (c) => {
    const batch = state.richMenuBatches.get(c.req.query('requestId') ?? '');
    return batch ? c.json(batch) : json(404, { message: 'Not found' });
  });
  app.post('/v2/bot/user/:userId/richmenu/:id', (c) => {
    if (!state.richMenus.has(c.req.param('id'))) return json(400, { message: 'richmenu not found' });
    state.userRichMenus.set(c.req.param('userId'), c.req.param('id'));
    record(c, 'richMenuLink', 200, { richMenuId: c.req.param('id') }, { to: c.req.param('userId') });
    return c.json({});
  });
  app.delete('/v2/bot/user/:userId/richmenu', (c) => {
    state.userRichMenus.delete(c.req.param('userId'));
    record(c, 'richMenuUnlink', 200, {}, { to: c.req.param('userId') });
    return c.json({});
  });

  // Channel webhook settings.
  app.put('/v2/bot/channel/webhook/endpoint', async (c) => {
    const body = (await c.req.json()) as { endpoint: string };
    state.webhookEndpoint = body.endpoint;
    record(c, 'webhookEndpoint', 200, body);
    return c.json({});
  });
  app.get('/v2/bot/channel/webhook/endpoint', (c) => c.json({ endpoint: state.webhookEndpoint ?? '', active: Boolean(state.webhookEndpoint) }));
  app.post('/v2/bot/channel/webhook/test', async (c) => {
    const endpoint = state.webhookEndpoint;
    return c.json({ success: Boolean(endpoint), timestamp: new Date().toISOString(), statusCode: endpoint ? 200 : 0, reason: endpoint ? 'OK' : 'no endpoint', detail: endpoint ? '200' : '' });
  });

  app.notFound((c) => json(404, { message: `fake LINE API has no ${c.req.method} ${c.req.path}` }));
  return app;
}

/**
 * Tests and the simulator make reply tokens as `<userId>.<anything>` so that replies can
 * be attributed to a user, as LINE's would be in the chat.
 */
const userFromReplyToken = (token: string): string | undefined => (token.includes('.') ? token.split('.')[0] : undefined);
