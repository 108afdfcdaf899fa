// What the user types as a webmail address becomes one origin's match pattern, or an error.
import { describe, expect, it } from 'vitest';
import { patternFromInput } from '../../../components/OptionsView';

describe('webmail address input', () => {
  it.each([
    ['https://mail.example.com', 'https://mail.example.com/*'],
    ['mail.example.com', 'https://mail.example.com/*'],
    ['  https://Webmail.Corp.example:8443/roundcube/?_task=mail  ', 'https://webmail.corp.example/*'],
    ['http://localhost:8643', 'http://localhost/*'],
    ['http://192.168.1.20/webmail', 'http://192.168.1.20/*'],
  ])('%s → %s', (input, pattern) => expect(patternFromInput(input)).toBe(pattern));

  it.each(['', '   ', 'not a url ###', 'ftp://mail.example.com', 'https://*.example.com', 'javascript:alert(1)', 'https://exa mple.com'])(
    '%j is refused',
    (input) => expect(patternFromInput(input)).toBeNull(),
  );
});
