import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, newContext } from './browser.ts';
import { signInThroughApi } from '../pages/sign-in-page.ts';
import { startServer, type RunningServer } from './server.ts';

export interface BrowserSession {
  readonly server: RunningServer;
  /** For a test file that needs several people, each in a context of their own. */
  readonly browser: Browser;
  readonly context: BrowserContext;
}

/**
 * A fresh server with demo data and a browser context for the test file that calls it, started
 * before its first test and stopped after its last; signed in as the demo account `username`.
 */
export function useBrowserSession(username?: string): BrowserSession {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await newContext(browser, server.baseUrl);
    if (username) await signInThroughApi(context, username);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser session has not started');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    get context() {
      return started(context);
    },
  };
}
