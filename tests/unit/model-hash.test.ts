// Ids built from these hashes are stored in users' databases (messages without a Message-ID,
// webmail pages that show none): the function must give the same output forever. The values
// were produced by the two copies this one replaced (lib/extract/mime.ts, adapters/generic/dom.ts).
import { describe, expect, it } from 'vitest';
import { stableHash } from '../../lib/model/hash';
import { stableId } from '../../lib/adapters/generic/dom';

describe('stable ids', () => {
  it('stableHash gives the recorded values', () => {
    expect(['', 'x', 'hello world', '中文邮件主题', 'a'.repeat(1000), '\u0000\uffff'].map(stableHash)).toEqual(["811c9dc55ad1e806", "fd0c508781a5fc1f", "d58b3fa798e73239", "9bcebcbec26fbf62", "1dd9658dec064092", "d2e466a0ec55497f"]);
  });
  it('stableId hashes its parts joined by U+001F', () => {
    expect(stableId('hello world', 1, null, 'b')).toBe("7b84885179988417");
    expect(stableId('ab', 'c')).not.toBe(stableId('a', 'bc'));
  });
});
