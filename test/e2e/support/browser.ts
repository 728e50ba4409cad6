import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Debian's Chromium, never a downloaded browser. Background networking is off because this
// machine has no network and Chromium would otherwise keep trying to reach Google's hosts.
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  // Under the app's content security policy, as users get it: a script the policy blocks
  // breaks these tests as it would break the app.
  const context = await browser.newContext({
    baseURL,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  // Fail fast with the locator in the message rather than at the test's own time limit.
  context.setDefaultTimeout(10_000);
  return context;
}

// Evaluated through the DevTools protocol rather than added as a <script>, which the content
// security policy would refuse.
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core's WCAG 2.1 A and AA rules on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

export interface UndecidedContrast {
  target: string;
  /** Axe's reason for not deciding. */
  why: string;
  ratio: number;
  required: number;
}

/**
 * The text axe could not judge for contrast (a background image such as dkfds's select arrow, an
 * icon inside a button, an overlapping element), judged here instead: the text's colour against
 * the first opaque background behind it in the page's layout, as WCAG 1.4.3 asks (4.5:1, 3:1 for
 * large text). Backgrounds images are the design system's icons, never behind text, so they are
 * left out. Answers every such item, with its ratio.
 */
export async function undecidedContrast(page: Page): Promise<UndecidedContrast[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    interface Node {
      target: string[];
      any: { message: string }[];
    }
    const axe = (
      window as unknown as {
        axe: { run: (o: unknown) => Promise<{ incomplete: { nodes: Node[] }[] }> };
      }
    ).axe;
    const result = await axe.run({ runOnly: { type: 'rule', values: ['color-contrast'] } });
    const rgba = (css: string): [number, number, number, number] => {
      const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return [r, g, b, css.startsWith('rgba') ? a : 1];
    };
    const over = (top: number[], bottom: number[]) =>
      [0, 1, 2].map((i) => top[i]! * top[3]! + bottom[i]! * (1 - top[3]!));
    const background = (element: Element): number[] => {
      const layers: number[][] = [];
      for (let at: Element | null = element; at; at = at.parentElement) {
        const colour = rgba(getComputedStyle(at).backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] === 1) break;
      }
      return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255]);
    };
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    return result.incomplete.flatMap((rule) =>
      rule.nodes.map((node) => {
        const element = document.querySelector(node.target.join(' '))!;
        const style = getComputedStyle(element);
        const behind = background(element);
        const text = over(rgba(style.color), behind);
        const [light, dark] = [luminance(text), luminance(behind)].sort((a, b) => b - a);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        return {
          target: node.target.join(' '),
          why: node.any.map((a) => a.message).join('; '),
          ratio: Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100,
          required: large ? 3 : 4.5,
        };
      }),
    );
  });
}
