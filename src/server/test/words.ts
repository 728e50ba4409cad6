import { randomUUID } from 'node:crypto';

/** A made-up word no other test writes, so a search for it sees only this test's proposals. */
export function rareWord(): string {
  const hex = randomUUID().replace(/-/g, '').slice(0, 10);
  return `kvaks${[...hex].map((digit) => 'abcdefghijklmnop'[parseInt(digit, 16)]).join('')}`;
}
