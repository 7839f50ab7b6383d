/**
 * End-to-end tests in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core): every
 * page loads without console or security-policy errors and fits 360 px, search, following a highlight
 * to its claim, switching the estimate rule, uploading a file, and the printed dossier. Skipped, with a
 * message, where chromium is not installed (CI installs it: .ci/run).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, skipWithoutChromium } from './chromium.fixtures.js';
import { addTestUser, openTestApp, type TestApp, type TestUser } from '../http/web-app.fixtures.js';
import { buildWebServer } from './build-web-server.js';

const skip = skipWithoutChromium;

describe('web app in a browser', { skip }, () => {
  let t: TestApp;
  let server: FastifyInstance;
  let browser: BrowserContext;
  let base: string;
  let profile: string;
  let editor: TestUser;
  const errors: string[] = [];

  before(async () => {
    t = await openTestApp();
    editor = await addTestUser(t.app, 'eddie', 'editor');
    server = await buildWebServer(t.app);
    base = (await server.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
    profile = mkdtempSync(join(tmpdir(), 'tally-chromium-'));
    browser = await launchChromium(profile);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await t?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(path: string, width = 1280): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    const response = await page.goto(`${base}${path}`);
    assert.equal(response?.status(), 200, path);
    return page;
  }
  const api = async (path: string) => (await fetch(`${base}${path}`)).json() as Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const villaRosales = async () => (await api('/api/events')).items.find((e: { title: string }) => e.title.startsWith('Villa Rosales')).id as string;
  const northernWire = async () => (await api('/api/documents')).items.find((d: { source: string }) => d.source.includes('northern-wire'));

  it('loads every page without errors, and each fits a 360 px screen', async () => {
    const doc = await northernWire();
    const paths = ['/', '/documents', `/events/${await villaRosales()}`, doc.links.page, `${doc.links.page}/claims/0`, '/search?q=villa', '/upload'];
    for (const width of [360, 1280]) {
      for (const path of paths) {
        const page = await open(path, width);
        assert.ok(await page.locator('h1').first().isVisible(), path);
        const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
        assert.ok(overflow <= 0, `${path} is ${overflow}px wider than a ${width}px screen`);
        await page.close();
      }
    }
    assert.deepEqual(errors, []);
  });

  it('reaches the skip link first from the keyboard', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement && document.activeElement.textContent'), 'Skip to content');
    await page.close();
  });

  it('searches from the home page and shows the matching passage', async () => {
    const page = await open('/');
    await page.fill('#q-box', 'muertos');
    await page.press('#q-box', 'Enter');
    await page.waitForURL(/\/search\?q=muertos/);
    assert.ok((await page.locator('.results mark').count()) > 0);
    assert.match(await page.locator('.results mark').first().innerText(), /^muertos$/i);
    await page.close();
  });

  it('follows a highlight in a document to its claim', async () => {
    const doc = await northernWire();
    const page = await open(doc.links.page);
    const highlight = page.locator('a.hl').first();
    const measure = await highlight.locator('.tag').innerText();
    await highlight.click();
    await page.waitForURL(/\/claims\/\d+$/);
    assert.match(await page.locator('h1').innerText(), new RegExp(measure, 'i'));
    assert.ok(await page.locator('blockquote.sentence mark.span-number').isVisible());
    await page.close();
  });

  it('switches the estimate rule from the selector', async () => {
    const page = await open(`/events/${await villaRosales()}`);
    assert.match(await page.locator('.estimate').first().innerText(), /Estimate \(ucdp rule\): best 40, range 40–90/);
    await page.selectOption('#rule', 'range'); // enhance.js submits on change
    await page.waitForURL(/rule=range/);
    assert.match(await page.locator('.estimate').first().innerText(), /Estimate \(range rule\): best 55, range 40–90/);
    await page.selectOption('#rule', 'conservative');
    await page.waitForURL(/rule=conservative/);
    assert.match(await page.locator('.estimate').first().innerText(), /best 40, range 40\./);
    await page.close();
  });

  it('signs in from the upload page, uploads a file and reports what was ingested', async () => {
    const page = await open('/upload');
    await page.waitForURL(/\/login\?next=\/upload$/);
    await page.fill('#name', editor.name);
    await page.fill('#secret', editor.secret);
    await page.click('form.sign-in button[type=submit]');
    await page.waitForURL(/\/upload$/);
    assert.match(await page.locator('header.site .who').innerText(), /eddie/);
    await page.setInputFiles('#files', {
      name: 'rio-seco.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Río Seco, April 2, 2025. Eleven people were killed in Río Seco, according to the Red Cross.'),
    });
    await page.click('form.upload button[type=submit]');
    await page.waitForSelector('.upload-results');
    assert.match(await page.locator('.upload-results li').first().innerText(), /rio-seco\.txt: ingested, \d+ claim/);
    await page.locator('.upload-results a').first().click();
    await page.waitForURL(/\/documents\/[0-9a-f]{64}$/);
    assert.ok((await page.locator('a.hl').count()) > 0);
    await page.close();
  });

  it('prints the dossier without navigation or forms, with its charts and sources', async () => {
    const page = await open(`/events/${await villaRosales()}`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.site').isVisible(), false);
    assert.equal(await page.locator('form.rule-form').isVisible(), false);
    assert.ok(await page.locator('.chart-wide svg').first().isVisible());
    assert.equal(await page.locator('.sources .sha').count(), 3);
    assert.ok(await page.locator('.sources .sha').first().isVisible());
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    await page.close();
  });
});
