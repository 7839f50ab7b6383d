/**
 * The headless Chromium the browser tests drive: Debian's /usr/bin/chromium through playwright-core,
 * with the flags the project requires. `skipWithoutChromium` is a describe's `skip` option: the tests
 * are skipped, saying why, where chromium is not installed (CI installs it: .ci/run).
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

export const skipWithoutChromium: string | false = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} not found: install Debian's chromium (apt-get install chromium) to run the browser tests`;

/** A browser on a fresh profile directory (playwright passes it to chromium as --user-data-dir). */
export function launchChromium(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
