// Behaviour that must not depend on a fitted list: own sample text only.
import { describe, expect, it } from 'vitest';
import { splitZones } from '../../../lib/extract/zones';
import { FIRST_NAMES } from '../../../lib/extract/zones-patterns';

describe('sign-off names', () => {
  it('recognises a common first name signing off without a closing', () => {
    const z = splitZones('The invoices for March are attached.\n\nMichael', {});
    expect(z.signature).toBe('Michael');
    expect(z.reply).toContain('Michael');
  });

  it('recognises a rare first name under a closing (structure, not a list)', () => {
    expect(FIRST_NAMES.has('thaddeus')).toBe(false);
    const z = splitZones('I can take the Tuesday slot.\n\nBest regards,\nThaddeus', {});
    expect(z.signature).toBe('Best regards,\nThaddeus');
  });

  it("recognises a rare name that is the sender's display name", () => {
    const z = splitZones('Numbers look right to me.\n\nOrla', { senderName: 'Orla Byrne', senderEmail: 'ob@example.com' });
    expect(z.signature).toBe('Orla');
  });
});
