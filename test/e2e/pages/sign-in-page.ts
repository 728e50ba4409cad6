import type { BrowserContext, Page } from 'playwright-core';

/**
 * Signs the whole browser context in as a demo account through the API, as the sign-in page
 * does, for tests whose subject is not signing in; the pages opened after it are signed in.
 */
export async function signInThroughApi(context: BrowserContext, username: string): Promise<void> {
  const response = await context.request.post('/api/auth/login', {
    data: { username, password: 'demo' },
  });
  if (!response.ok()) throw new Error(`${username} could not sign in: ${await response.text()}`);
}

/** The sign-in page and the signed-in user in the header, as a user sees them. */
export class SignInPage {
  constructor(readonly page: Page) {}

  async signIn(username: string, password: string): Promise<void> {
    await this.page.goto('/log-ind');
    await this.submit(username, password);
  }

  /** On the sign-in page already, e.g. after following a link to it. */
  async submit(username: string, password: string): Promise<void> {
    await this.page.getByLabel(/^Brugernavn/).fill(username);
    await this.page.getByLabel(/^Adgangskode/).fill(password);
    await this.page.getByRole('button', { name: 'Log ind' }).click();
  }

  /** "Logget ind som …" in the header, once the sign-in has gone through. */
  signedInAs() {
    return this.page.getByRole('banner').getByText(/^Logget ind som/);
  }

  signOutButton() {
    return this.page.getByRole('banner').getByRole('button', { name: 'Log ud' });
  }

  signInLink() {
    return this.page.getByRole('banner').getByRole('link', { name: 'Log ind' });
  }

  demoAccounts() {
    return this.page.getByRole('table').filter({ hasText: 'forfatter-sof' });
  }

  error() {
    return this.page.getByRole('alert');
  }
}
