import { describe, expect, it } from 'vitest';
import { addSeen, mergeContact, mergePhones, timeOf, type ContactObservation } from '../../../lib/account/contacts';

const obs = (p: Partial<ContactObservation>): ContactObservation => ({
  mailboxId: 'anna@northwind.com', email: 'tom@brightwater.co.uk', name: 'Tom Hughes', title: null, company: null, phones: [],
  person: true, roleHint: null, messageId: '<m1>', at: '2026-11-01T10:00:00Z', orgId: 'brightwater.co.uk', internal: false,
  sentIt: true, receivedFromUs: false, captureIfNew: false, now: '2026-11-29T00:00:00Z', ...p,
});

describe('sightings', () => {
  it('keep one entry per value with its newest sighting, newest first', () => {
    let list = addSeen([], 'Head of Procurement', '<m1>', '2026-10-01T00:00:00Z');
    list = addSeen(list, 'Procurement Manager', '<m0>', '2026-09-01T00:00:00Z');
    list = addSeen(list, 'head of  procurement', '<m2>', '2026-11-01T00:00:00Z');
    expect(list.map((s) => [s.value, s.messageId])).toEqual([['head of procurement', '<m2>'], ['Procurement Manager', '<m0>']]);
    expect(addSeen(list, '  ', '<m3>', null)).toEqual(list);
  });
  it('compare date-times with their offsets', () => {
    expect(timeOf('2026-11-10T10:15:00+08:00')).toBeLessThan(timeOf('2026-11-10T03:00:00Z'));
    expect(timeOf(null)).toBe(-Infinity);
    expect(timeOf('garbage')).toBe(-Infinity);
  });
  it('phones dedupe by digits, newest first', () => {
    expect(mergePhones(['+44 20 7946 0321'], ['+44 (20) 7946-0321', '+44 7700 900123', '12'])).toEqual(['+44 (20) 7946-0321', '+44 7700 900123']);
  });
});

describe('mergeContact', () => {
  it('creates a suggested contact from a first sighting', () => {
    const { record, roleChange } = mergeContact(undefined, obs({ title: 'Head of Procurement', roleHint: { role: 'purchaser', evidence: 'Head of Procurement' } }));
    expect(record).toMatchObject({ name: 'Tom Hughes', title: 'Head of Procurement', role: 'purchaser', captured: false, capturedAt: null, messagesFrom: 1 });
    expect(roleChange).toEqual({ from: null, to: 'purchaser', evidence: 'Head of Procurement' });
  });
  it('an older message does not replace newer title, company or role', () => {
    const first = mergeContact(undefined, obs({ title: 'Head of Procurement', company: 'Brightwater Utilities plc', roleHint: { role: 'purchaser', evidence: 'Head of Procurement' } })).record;
    const { record, roleChange } = mergeContact(first, obs({
      messageId: '<m0>', at: '2026-06-01T00:00:00Z', name: 'T. Hughes', title: 'Engineer', company: 'Brightwater', roleHint: { role: 'technical', evidence: 'Engineer' }, sentIt: false, receivedFromUs: true,
    }));
    expect(record).toMatchObject({ name: 'Tom Hughes', title: 'Head of Procurement', company: 'Brightwater Utilities plc', role: 'purchaser', firstSeenAt: '2026-06-01T00:00:00Z', lastSeenAt: '2026-11-01T10:00:00Z', messagesFrom: 1, messagesTo: 1 });
    expect(record.titles.map((t) => t.value)).toEqual(['Head of Procurement', 'Engineer']);
    expect(roleChange).toBeNull();
  });
  it('user-edited fields and the org filing stay; a header-only sighting does not change person', () => {
    const base = mergeContact(undefined, obs({ person: false })).record;
    const edited = { ...base, name: 'Thomas', orgId: 'user:key-accounts', person: true, userEdited: ['name', 'orgId', 'person'] };
    const { record } = mergeContact(edited, obs({ name: 'Tom H.', person: false, at: '2026-12-01T00:00:00Z', messageId: '<m9>' }));
    expect(record).toMatchObject({ name: 'Thomas', orgId: 'user:key-accounts', person: true });
    expect(record.names[0]?.value).toBe('Tom H.'); // still recorded as seen
    const headerOnly = mergeContact(base, obs({ person: null, at: '2026-12-01T00:00:00Z' })).record;
    expect(headerOnly.person).toBe(false);
  });
  it('falls back to the local part for a name, and ignores names that are addresses', () => {
    const { record } = mergeContact(undefined, obs({ name: 'tom@brightwater.co.uk' }));
    expect(record.name).toBe('tom');
    expect(record.names).toEqual([]);
  });
});
