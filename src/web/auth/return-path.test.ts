import { describe, expect, it } from 'vitest';
import { returnPath, signInPath } from './return-path.ts';

describe('the page to return to after signing in', () => {
  it('carries the page the user came from, and nothing from the front or sign-in page', () => {
    expect(signInPath('/forslag/1?x=2')).toBe('/log-ind?til=%2Fforslag%2F1%3Fx%3D2');
    expect(signInPath('/')).toBe('/log-ind');
    expect(signInPath('/log-ind?fejl=role')).toBe('/log-ind');
  });

  it('follows a path of this app and nothing that leaves it', () => {
    expect(returnPath('/forslag/1')).toBe('/forslag/1');
    for (const foreign of ['https://ondt.example', '//ondt.example', '/\\ondt.example', null]) {
      expect(returnPath(foreign)).toBe('/');
    }
  });
});
