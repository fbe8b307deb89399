import type { Browser } from 'playwright-core';
import { ApiClient } from './api-client';
import { ensureWebBuilt, launchChromium } from './browser';
import { LiveClients } from './live-client';
import { startTestStack, TestStack, TestStackOptions } from './test-stack';

export interface Suite {
  stack: TestStack;
  client: ApiClient;
  /** Socket.io clients of the file, closed after its tests. */
  live: LiveClients;
}

/** One test stack per file, started before its tests and stopped after them. */
export function integrationSuite(options: TestStackOptions = {}): Suite {
  const suite = { live: new LiveClients(() => suite.stack.baseUrl) } as Suite;
  beforeAll(async () => {
    suite.stack = await startTestStack(options);
    suite.client = new ApiClient(suite.stack);
  }, 60_000);
  afterAll(async () => {
    suite.live.closeAll();
    await suite.stack?.stop();
  });
  return suite;
}

/** The same with the built web app served and Debian's chromium launched. */
export function browserSuite(): Suite & { browser: Browser } {
  const suite = { live: new LiveClients(() => suite.stack.baseUrl) } as Suite & { browser: Browser };
  beforeAll(async () => {
    ensureWebBuilt();
    suite.stack = await startTestStack();
    suite.client = new ApiClient(suite.stack);
    suite.browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    suite.live.closeAll();
    await suite.browser?.close();
    await suite.stack?.stop();
  });
  return suite;
}
