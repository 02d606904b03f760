import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../src/crypto/base64';
import { createTokenCipher, decodeTokenKey, TokenDecryptError, TokenKeyError } from '../../src/crypto/token-cipher';

const keyOf = (fill: number, length = 32) => toBase64(new Uint8Array(length).fill(fill));
const KEY = keyOf(7);
const TOKEN = 'Atzr|IwEBIExample-refresh-token-value';

describe('decodeTokenKey', () => {
  it('accepts base64 of exactly 32 bytes', () => {
    expect(decodeTokenKey(KEY)).toHaveLength(32);
    expect(decodeTokenKey(` ${KEY}\n`)).toHaveLength(32);
  });

  it('refuses a missing key, non-base64 and other lengths, naming the problem but not the value', () => {
    expect(() => decodeTokenKey(undefined)).toThrow(/is not set/);
    expect(() => decodeTokenKey('')).toThrow(TokenKeyError);
    expect(() => decodeTokenKey('not base64 at all!')).toThrow(/not standard base64/);
    for (const length of [16, 24, 31, 33, 64]) {
      const key = keyOf(1, length);
      expect(() => decodeTokenKey(key)).toThrow(new RegExp(`decodes to ${length} bytes`));
      expect(() => decodeTokenKey(key)).not.toThrow(new RegExp(key.replace(/[+/=]/g, '.')));
    }
  });
});

describe('TokenCipher', () => {
  it('round-trips, and never writes the plaintext or the same output twice', async () => {
    const cipher = await createTokenCipher(KEY);
    const a = await cipher.encrypt(TOKEN, 'A1SELLER');
    const b = await cipher.encrypt(TOKEN, 'A1SELLER');
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Atzr');
    expect(await cipher.decrypt(a, 'A1SELLER')).toBe(TOKEN);
    expect(await cipher.decrypt(b, 'A1SELLER')).toBe(TOKEN);
  });

  it('refuses a tampered value', async () => {
    const cipher = await createTokenCipher(KEY);
    const sealed = await cipher.encrypt(TOKEN, 'A1SELLER');
    const [version, iv, data] = sealed.split('.') as [string, string, string];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    for (const bad of [`${version}.${flip(iv, 3)}.${data}`, `${version}.${iv}.${flip(data, 5)}`, `${version}.${iv}.${data.slice(0, -4)}`, `v2.${iv}.${data}`, 'v1..', 'garbage']) {
      await expect(cipher.decrypt(bad, 'A1SELLER')).rejects.toBeInstanceOf(TokenDecryptError);
    }
  });

  it('refuses the wrong key and the wrong context', async () => {
    const sealed = await (await createTokenCipher(KEY)).encrypt(TOKEN, 'A1SELLER');
    await expect((await createTokenCipher(keyOf(8))).decrypt(sealed, 'A1SELLER')).rejects.toThrow(/wrong key/);
    await expect((await createTokenCipher(KEY)).decrypt(sealed, 'A2OTHERSELLER')).rejects.toBeInstanceOf(TokenDecryptError);
  });

  it('cannot be made from an invalid key', async () => {
    await expect(createTokenCipher(keyOf(1, 16))).rejects.toBeInstanceOf(TokenKeyError);
    await expect(createTokenCipher(undefined)).rejects.toBeInstanceOf(TokenKeyError);
  });
});
