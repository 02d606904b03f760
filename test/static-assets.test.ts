import { describe, expect, it } from 'vitest';
import { jsonAssetLoader } from '../src/static-assets';

/** An ASSETS binding that answers from a list of responses and counts what it was asked. */
function assetsAnswering(...answers: (() => Response)[]) {
  const asked: string[] = [];
  const assets = {
    fetch: async (request: Request) => {
      asked.push(new URL(request.url).pathname);
      return answers[Math.min(asked.length - 1, answers.length - 1)]!();
    },
  } as unknown as Fetcher;
  return { assets, asked };
}

describe('jsonAssetLoader', () => {
  it('reads the asset once for concurrent first calls, then not again', async () => {
    let data: unknown;
    const load = jsonAssetLoader<{ n: number }>('/data.json', () => data !== undefined, (d) => (data = d));
    const { assets, asked } = assetsAnswering(() => Response.json({ n: 1 }));
    await Promise.all([load(assets), load(assets), load(assets)]);
    await load(assets);
    expect(data).toEqual({ n: 1 });
    expect(asked).toEqual(['/data.json']);
  });

  it('fails with the status when the asset is missing, and reads it again on the next call', async () => {
    let data: unknown;
    const load = jsonAssetLoader<{ n: number }>('/data.json', () => data !== undefined, (d) => (data = d));
    const { assets, asked } = assetsAnswering(() => new Response('not found', { status: 404 }), () => Response.json({ n: 2 }));
    await expect(load(assets)).rejects.toThrow('the static asset /data.json answered 404');
    expect(data).toBeUndefined();
    await load(assets);
    expect(data).toEqual({ n: 2 });
    expect(asked).toHaveLength(2);
  });
});
