import { describe, expect, it } from 'vitest';
import {
  CSV_HEADERS, commitmentUid, commitmentsToICalendar, contactToVCard, contactsToCsv, csvField, escapeICalText,
  escapeVCardText, exportCommitments, exportContacts, foldLine, splitName,
} from '../../../lib/storage/export';
import { ingestExtraction } from '../../../lib/storage/ingest';
import { captureContact, setCommitmentStatus, setContactRole } from '../../../lib/storage/edits';
import type { CommitmentRecord, ContactRecord, OrganisationRecord } from '../../../lib/model/records';
import { MAILBOX, NOW, TOM, WANG, enPilotRequest, freshDb, zhQuoteRequest } from './fixtures';

const contact = (p: Partial<ContactRecord>): ContactRecord => ({
  mailboxId: MAILBOX, email: 'x@example.com', orgId: null, internal: false, name: '', names: [], title: null, titles: [], company: null,
  phones: [], person: true, role: null, roleEvidence: null, roleOverride: null, captured: true, capturedAt: null, firstSeenAt: null,
  lastSeenAt: null, messagesFrom: 0, messagesTo: 0, userEdited: [], ...p,
});

const commitment = (p: Partial<CommitmentRecord>): CommitmentRecord => ({
  mailboxId: MAILBOX, id: '<m@x>#0', messageId: '<m@x>', orgId: null, kind: 'promise', owner: 'sender', side: 'ours', ownerEmail: MAILBOX,
  ownerName: 'Anna Berg', counterpartEmail: null, text: 'Send the quote', due: null, dueText: null, status: 'open', snoozedUntil: null,
  confidence: 0.9, madeAt: null, subject: '', deliveredBy: null, userEdited: [], updatedAt: '2026-11-20T10:00:00.000Z', ...p,
});

/** Undo RFC 5545/6350 folding. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('names', () => {
  it('splits Western, "Last, First" and Chinese names', () => {
    expect(splitName('Tom Hughes')).toEqual({ first: 'Tom', last: 'Hughes' });
    expect(splitName('Mary Anne van Dyke')).toEqual({ first: 'Mary Anne van', last: 'Dyke' });
    expect(splitName('Hughes, Tom')).toEqual({ first: 'Tom', last: 'Hughes' });
    expect(splitName('王芳')).toEqual({ first: '芳', last: '王' });
    expect(splitName('欧阳娜娜')).toEqual({ first: '娜娜', last: '欧阳' });
    expect(splitName('Priya')).toEqual({ first: 'Priya', last: '' });
    expect(splitName('  ')).toEqual({ first: '', last: '' });
  });
});

describe('CSV', () => {
  it('uses headers CRMs map on import and quotes per RFC 4180 with CRLF', () => {
    const orgs = new Map<string, OrganisationRecord>([['brightwater.co.uk', {
      mailboxId: MAILBOX, id: 'brightwater.co.uk', domains: ['brightwater.co.uk'], name: 'Brightwater, Utilities "plc"', nameSource: 'user',
      relationshipOverride: null, projectStageOverride: null, originOverride: null, createdAt: '', updatedAt: '',
    }]]);
    const csv = contactsToCsv([
      contact({ email: TOM.email, name: 'Tom Hughes', title: 'Head of Procurement\nEMEA', phones: ['+44 20 7946 0321'], orgId: 'brightwater.co.uk', role: 'purchaser', roleOverride: 'decision-maker' }),
      contact({ email: WANG.email, name: '王芳', title: '采购经理', company: '上海华信医疗科技有限公司', phones: ['+86 21 6288 1234'] }),
    ], { orgs });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('First Name,Last Name,Email,Phone,Job Title,Company,Website,Role');
    expect(CSV_HEADERS).toContain('Job Title');
    expect(csv).toContain('Tom,Hughes,tom.hughes@sales.brightwater.co.uk,+44 20 7946 0321,"Head of Procurement\nEMEA","Brightwater, Utilities ""plc""",brightwater.co.uk,decision-maker\r\n');
    expect(csv).toContain('芳,王,wangfang@huaxin-med.com.cn,+86 21 6288 1234,采购经理,上海华信医疗科技有限公司,,\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(contactsToCsv([], { bom: true }).startsWith('\uFEFFFirst Name')).toBe(true);
  });

  it('defuses spreadsheet formulas but leaves phone numbers alone', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+44 20 7946 0321')).toBe('+44 20 7946 0321');
    expect(csvField('-')).toBe('-');
    expect(csvField('plain')).toBe('plain');
  });
});

describe('vCard 4.0', () => {
  it('writes a valid card with escaping, tel URIs, CRLF and folding', () => {
    const card = contactToVCard(contact({
      email: TOM.email, name: 'Hughes, Tom', title: 'Head of Procurement; Smart Metering, EMEA', company: 'Brightwater Utilities plc',
      phones: ['+44 (20) 7946 0321', '020 7946 0000'], role: 'purchaser',
    }));
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
    expect(card).not.toMatch(/[^\r]\n/);
    const u = unfold(card);
    expect(u).toContain('FN:Hughes\\, Tom\r\n');
    expect(u).toContain('N:Hughes;Tom;;;\r\n');
    expect(u).toContain('TITLE:Head of Procurement\\; Smart Metering\\, EMEA\r\n');
    expect(u).toContain('TEL;VALUE=uri;TYPE=work:tel:+44-20-7946-0321\r\n');
    expect(u).toContain('TEL;VALUE=text;TYPE=work:020 7946 0000\r\n');
    expect(u).toContain('EMAIL;TYPE=work:tom.hughes@sales.brightwater.co.uk\r\n');
    expect(u).toContain('ROLE:purchaser\r\n');
    for (const line of card.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('folds long UTF-8 lines at 75 octets without splitting a character', () => {
    const company = '上海华信医疗科技有限公司'.repeat(4);
    const card = contactToVCard(contact({ name: '王芳', company }));
    const lines = card.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const l of lines) {
      expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
      expect(l).not.toContain('\uFFFD');
    }
    expect(unfold(card)).toContain(`ORG:${company}\r\n`);
    expect(escapeVCardText('a\\b\nc')).toBe('a\\\\b\\nc');
  });
});

describe('iCalendar', () => {
  it('writes VTODOs with DUE;VALUE=DATE, UID, DTSTAMP, STATUS and RFC 5545 escaping', () => {
    const ics = commitmentsToICalendar([
      commitment({ id: '<hx-001@huaxin>#0', text: '请在11月20日前提供正式报价, 含税; 含运费', due: '2026-11-20', orgId: 'huaxin-med.com.cn', subject: '关于报价' }),
      commitment({ id: '<m2>#1', status: 'done', side: 'theirs', ownerName: 'Tom Hughes' }),
      commitment({ id: '<m3>#0', status: 'dismissed' }),
    ], { now: NOW });
    const u = unfold(ics);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(u.match(/BEGIN:VTODO/g)).toHaveLength(3);
    expect(u).toContain('SUMMARY:请在11月20日前提供正式报价\\, 含税\\; 含运费\r\n');
    expect(u).toContain('DUE;VALUE=DATE:20261120\r\n');
    expect(u).toContain('DTSTAMP:20261129T090000Z\r\n');
    expect(u).toContain('STATUS:NEEDS-ACTION\r\n');
    expect(u).toContain('STATUS:COMPLETED\r\nCOMPLETED:20261120T100000Z\r\n');
    expect(u).toContain('STATUS:CANCELLED\r\n');
    expect(u).toContain('DESCRIPTION:Account: huaxin-med.com.cn\\nOurs: Anna Berg\\nEmail: 关于报价\r\n');
    const uids = [...u.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    expect(new Set(uids).size).toBe(3);
    for (const l of ics.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
  });

  it('UIDs are stable per mailbox and commitment', () => {
    expect(commitmentUid(MAILBOX, 'a#0')).toBe(commitmentUid(MAILBOX, 'a#0'));
    expect(commitmentUid(MAILBOX, 'a#0')).not.toBe(commitmentUid(MAILBOX, 'a#1'));
    expect(commitmentUid(MAILBOX, 'a#0')).not.toBe(commitmentUid('other@x.com', 'a#0'));
    expect(escapeICalText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
});

describe('exports from a mailbox', () => {
  it('exports captured customer contacts (or all) and open commitments', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW });
    expect((await exportContacts(db, MAILBOX, 'csv')).split('\r\n').filter(Boolean)).toHaveLength(1); // header only
    await captureContact(db, MAILBOX, TOM.email, true, { now: NOW });
    await setContactRole(db, MAILBOX, TOM.email, 'decision-maker', { now: NOW });
    const csv = await exportContacts(db, MAILBOX, 'csv');
    expect(csv).toContain('Tom,Hughes,tom.hughes@sales.brightwater.co.uk,+44 20 7946 0321,Head of Procurement,Brightwater Utilities plc,brightwater.co.uk,decision-maker');
    const all = await exportContacts(db, MAILBOX, 'vcard', { all: true });
    expect(all.match(/BEGIN:VCARD/g)).toHaveLength(4);
    expect(all).toContain('ORG:上海华信医疗科技有限公司');
    await setCommitmentStatus(db, MAILBOX, `${enPilotRequest.messageId}#0`, 'done', { now: NOW });
    const ics = unfold(await exportCommitments(db, MAILBOX, { now: NOW }));
    expect(ics.match(/BEGIN:VTODO/g)).toHaveLength(3);
    expect(ics).toContain('Account: Brightwater Utilities plc');
    expect(unfold(await exportCommitments(db, MAILBOX, { now: NOW, all: true })).match(/BEGIN:VTODO/g)).toHaveLength(4);
  });
});
