import { describe, expect, it } from 'vitest';
import { originMatches, patternForOrigin } from '../../../lib/adapters/origins';

describe('originMatches', () => {
  it.each([
    ['https://mail.google.com', 'https://mail.google.com/*', true],
    ['https://mail.google.com.evil.example', 'https://mail.google.com/*', false],
    ['http://mail.google.com', 'https://mail.google.com/*', false],
    ['http://127.0.0.1:8643', 'http://127.0.0.1/*', true],
    ['https://webmail.corp.example', 'https://*.corp.example/*', true],
    ['https://corpexample.com', 'https://*.corp.example/*', false],
    ['not a url', 'https://*/*', false],
  ])('%s under %s: %s', (origin, pattern, expected) => {
    expect(originMatches(origin, pattern)).toBe(expected);
  });
  it('turns an origin into the pattern that covers it', () => {
    expect(patternForOrigin('https://mail.example.com:8443')).toBe('https://mail.example.com/*');
  });
});
