import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { extract } from 'tar-fs';

/**
 * The one Chromium that the browser tests and the rich-menu renderer drive. In order:
 * `CHROMIUM_PATH`, the system's /usr/bin/chromium when it is installed, and otherwise the
 * headless build that `@sparticuz/chromium` ships compressed inside its npm package, so a
 * machine with only Node and npm needs nothing else.
 */

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumBuild {
  executablePath: string;
  /** Where it came from, for messages. */
  source: string;
  /** Environment the binary needs on top of the current one. */
  env: Record<string, string>;
}

export async function findChromium(): Promise<ChromiumBuild> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, which does not exist`);
    return { executablePath: chosen, source: `CHROMIUM_PATH (${chosen})`, env: {} };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, source: SYSTEM_CHROMIUM, env: {} };
  return bundledChromium();
}

/** Headless, with background networking off (tests and scripts talk only to this machine). */
export async function launchChromium(): Promise<Browser> {
  const build = await findChromium();
  return chromium.launch({
    executablePath: build.executablePath,
    env: { ...process.env, ...build.env },
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      // Playwright gives every launch a fresh temporary profile (it refuses --user-data-dir).
      '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * Unpacks the package's binary once per package version into node_modules/.cache, with the
 * shared libraries it was built against (NSS, NSPR, expat: so it runs where they are not
 * installed) and its fonts, added to whatever fonts the system has.
 */
async function bundledChromium(): Promise<ChromiumBuild> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`the Chromium in @sparticuz/chromium runs on linux x64 only; on ${process.platform} ${process.arch} set CHROMIUM_PATH to a Chromium`);
  }
  const packageDir = dirname(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = join(packageDir, '..', '..', '.cache', `sparticuz-chromium-${version}`);
  if (!existsSync(dir)) await unpack(join(packageDir, 'bin'), dir);
  const libraries = join(dir, 'lib');
  return {
    executablePath: join(dir, 'chromium'),
    source: `@sparticuz/chromium ${version}`,
    env: {
      LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: dir,
    },
  };
}

const fontsConf = (dir: string) => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(dir, 'fonts')}</dir>
  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>
</fontconfig>
`;

// Unpacked beside the target and renamed into place, so a concurrent or interrupted run never
// sees half a browser.
async function unpack(bin: string, dir: string): Promise<void> {
  const staging = `${dir}.${process.pid}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const inflate = (file: string, into: NodeJS.WritableStream) => pipeline(createReadStream(join(bin, file)), createBrotliDecompress(), into);
  await inflate('chromium.br', createWriteStream(join(staging, 'chromium'), { mode: 0o755 }));
  await inflate('al2023.tar.br', extract(staging));
  await inflate('fonts.tar.br', extract(staging));
  // The package's own fonts.conf names Lambda's paths; ours names this directory.
  writeFileSync(join(staging, 'fonts.conf'), fontsConf(dir));
  try {
    renameSync(staging, dir);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(dir)) throw err;
  }
}
