import { describe, expect, it } from 'vitest';
import { createFakeLineApi, FakeLineState } from '../../src/dev/fake-line-api';

const TOKEN = 'fake-token';
const auth = { authorization: `Bearer ${TOKEN}` };

async function fakeWithMenu() {
  const state = new FakeLineState();
  const line = createFakeLineApi(state, { accessToken: TOKEN });
  const created = await line.request('/v2/bot/richmenu', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ size: { width: 2500, height: 843 }, areas: [] }) });
  const { richMenuId } = (await created.json()) as { richMenuId: string };
  return { state, line, richMenuId };
}

describe('the fake LINE API keeps rich-menu images', () => {
  it('serves an uploaded image back as LINE’s data API does, to the channel only', async () => {
    const { line, richMenuId } = await fakeWithMenu();
    const image = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    expect((await line.request(`/v2/bot/richmenu/${richMenuId}/content`, { headers: auth })).status).toBe(404);
    const upload = await line.request(`/v2/bot/richmenu/${richMenuId}/content`, { method: 'POST', headers: { ...auth, 'content-type': 'image/png' }, body: image });
    expect(upload.status).toBe(200);

    const served = await line.request(`/v2/bot/richmenu/${richMenuId}/content`, { headers: auth });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(image);
    expect((await line.request(`/v2/bot/richmenu/${richMenuId}/content`, { headers: { authorization: 'Bearer someone-else' } })).status).toBe(401);
    expect((await line.request(`/v2/bot/richmenu/${richMenuId}/content`)).status).toBe(401);
  });

  it('forgets the image with its menu', async () => {
    const { line, richMenuId, state } = await fakeWithMenu();
    await line.request(`/v2/bot/richmenu/${richMenuId}/content`, { method: 'POST', headers: { ...auth, 'content-type': 'image/jpeg' }, body: new Uint8Array([0xff, 0xd8]) });
    expect((await line.request(`/v2/bot/richmenu/${richMenuId}`, { method: 'DELETE', headers: auth })).status).toBe(200);
    expect((await line.request(`/v2/bot/richmenu/${richMenuId}/content`, { headers: auth })).status).toBe(404);
    expect(state.richMenuImages.size).toBe(0);
  });
});
