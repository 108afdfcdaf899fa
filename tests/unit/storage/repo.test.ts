import { describe, expect, it } from 'vitest';
import { ingestExtraction } from '../../../lib/storage/ingest';
import {
  findOrgForAddress, findOrgForMessage, getAccountView, listAccounts, listCommitments, listContacts, listDueSoon,
  listMailboxes, listOverdue, orgIdsForMessage, searchAccounts, storageSummary, unfiledContactsForMessages,
} from '../../../lib/storage/repo';
import { fileContact, snoozeCommitment, setCommitmentStatus, deleteMailbox, deleteAll, captureContact } from '../../../lib/storage/edits';
import {
  DAVID, JONAS, MAILBOX, NOW, PRIYA, TOM, WANG, ZHANG,
  enOurPromise, enPilotRequest, freeMailNote, freshDb, internalNote, zhQuoteDelivered, zhQuoteRequest,
} from './fixtures';
import type { AccordDb } from '../../../lib/storage/db';

const OTHER = 'jonas.weber@northwind-systems.com';

async function seeded(): Promise<AccordDb> {
  const { db } = await freshDb();
  for (const x of [zhQuoteRequest, zhQuoteDelivered, enPilotRequest, enOurPromise, freeMailNote, internalNote]) {
    await ingestExtraction(db, MAILBOX, x, { now: NOW });
  }
  // Another mailbox with the same customer.
  await ingestExtraction(db, OTHER, { ...enPilotRequest, to: [JONAS], messageId: '<other-1@brightwater.co.uk>' }, { now: NOW });
  return db;
}

describe('repository queries', () => {
  it('getAccountView gathers the account: org, contacts, our team, commitments, messages, signals', async () => {
    const db = await seeded();
    const v = await getAccountView(db, MAILBOX, 'huaxin-med.com.cn');
    expect(v).not.toBeNull();
    expect(v!.org.name).toBe('上海华信医疗科技有限公司');
    expect(v!.contacts.map((c) => c.email).sort()).toEqual([WANG.email, ZHANG.email].sort());
    // Our team on the account's threads: Jonas (cc'd); never the customer.
    expect(v!.team.map((c) => c.email)).toEqual([JONAS.email]);
    expect(v!.messages.map((m) => m.messageId)).toEqual([zhQuoteDelivered.messageId, zhQuoteRequest.messageId]); // newest first
    expect(v!.commitments).toHaveLength(2);
    expect(v!.signals.map((s) => s.kind).sort()).toEqual(['pilot', 'quote']);
    expect(v!.mailboxId).toBe(MAILBOX);
    expect(await getAccountView(db, MAILBOX, 'nope.example')).toBeNull();
  });

  it('never shows one mailbox the other mailbox\'s records', async () => {
    const db = await seeded();
    const mine = await getAccountView(db, MAILBOX, 'brightwater.co.uk');
    const theirs = await getAccountView(db, OTHER, 'brightwater.co.uk');
    expect(mine!.messages.every((m) => m.mailboxId === MAILBOX)).toBe(true);
    expect(theirs!.messages.map((m) => m.messageId)).toEqual(['<other-1@brightwater.co.uk>']);
    expect(theirs!.commitments.every((c) => c.mailboxId === OTHER)).toBe(true);
    expect(await getAccountView(db, OTHER, 'huaxin-med.com.cn')).toBeNull();
    expect((await listAccounts(db, OTHER, '2026-11-29')).map((a) => a.orgId)).toEqual(['brightwater.co.uk']);
    expect(await searchAccounts(db, OTHER, '华信')).toEqual([]);
    const otherOverdue = await listOverdue(db, OTHER, '2026-11-29');
    expect(otherOverdue.map((c) => c.id)).toEqual(['<other-1@brightwater.co.uk>#0', '<other-1@brightwater.co.uk>#1']);
    expect(otherOverdue.every((c) => c.mailboxId === OTHER)).toBe(true);
  });

  it('finds the organisation of a message and of an address (subdomain, filed free-mail, unknown)', async () => {
    const db = await seeded();
    expect((await findOrgForMessage(db, MAILBOX, enPilotRequest.messageId))?.id).toBe('brightwater.co.uk');
    expect(await findOrgForMessage(db, MAILBOX, internalNote.messageId)).toBeNull();
    expect(await findOrgForMessage(db, MAILBOX, '<missing@x>')).toBeNull();
    expect(await orgIdsForMessage(db, MAILBOX, zhQuoteDelivered.messageId)).toEqual(['huaxin-med.com.cn']);
    expect((await findOrgForAddress(db, MAILBOX, 'new.person@ops.brightwater.co.uk'))?.id).toBe('brightwater.co.uk');
    expect((await findOrgForAddress(db, MAILBOX, 'ZHANGWEI@IT.HUAXIN-MED.COM.CN'))?.id).toBe('huaxin-med.com.cn');
    expect(await findOrgForAddress(db, MAILBOX, DAVID.email)).toBeNull();
    expect(await findOrgForAddress(db, MAILBOX, JONAS.email)).toBeNull();
    expect(await findOrgForAddress(db, MAILBOX, 'x@unknown-company.io')).toBeNull();
    await fileContact(db, MAILBOX, DAVID.email, 'brightwater.co.uk', { now: NOW });
    expect((await findOrgForAddress(db, MAILBOX, DAVID.email))?.id).toBe('brightwater.co.uk');
  });

  it('listAccounts counts contacts, open, overdue, due soon and last contact against today', async () => {
    const db = await seeded();
    const list = await listAccounts(db, MAILBOX, '2026-11-19');
    expect(list.map((a) => a.orgId)).toEqual(['huaxin-med.com.cn', 'brightwater.co.uk']); // last contact first
    const hx = list[0]!;
    expect(hx).toMatchObject({ name: '上海华信医疗科技有限公司', contacts: 2, captured: 0, open: 2, overdue: 0, dueSoon: 2, messages: 2 });
    expect(hx.lastContactAt).toBe(zhQuoteDelivered.sentAt);
    const bw = list[1]!;
    // Pilot proposal (11-06), survey results (11-13), pricing (11-04) overdue on 11-19; Jonas's (undated) open.
    expect(bw).toMatchObject({ contacts: 2, open: 4, overdue: 3, dueSoon: 0 });
    await setCommitmentStatus(db, MAILBOX, `${enOurPromise.messageId}#0`, 'done', { now: NOW });
    await snoozeCommitment(db, MAILBOX, `${enPilotRequest.messageId}#1`, '2026-11-25', { now: NOW });
    const again = (await listAccounts(db, MAILBOX, '2026-11-19')).find((a) => a.orgId === 'brightwater.co.uk')!;
    expect(again).toMatchObject({ open: 3, overdue: 1 });
  });

  it('listOverdue returns open, unsnoozed commitments due before today, oldest first', async () => {
    const db = await seeded();
    const ids = (await listOverdue(db, MAILBOX, '2026-11-14')).map((c) => c.id);
    expect(ids).toEqual([`${enOurPromise.messageId}#0`, `${enPilotRequest.messageId}#0`, `${enPilotRequest.messageId}#1`, `${freeMailNote.messageId}#0`]);
    // Due today is not overdue.
    expect((await listOverdue(db, MAILBOX, '2026-11-13')).map((c) => c.due)).toEqual(['2026-11-04', '2026-11-06']);
    await snoozeCommitment(db, MAILBOX, `${enOurPromise.messageId}#0`, '2026-11-20', { now: NOW });
    await setCommitmentStatus(db, MAILBOX, `${enPilotRequest.messageId}#0`, 'dismissed', { now: NOW });
    expect((await listOverdue(db, MAILBOX, '2026-11-14')).map((c) => c.id)).toEqual([`${enPilotRequest.messageId}#1`, `${freeMailNote.messageId}#0`]);
    // The snooze ends: overdue again.
    expect((await listOverdue(db, MAILBOX, '2026-11-21')).map((c) => c.id)).toContain(`${enOurPromise.messageId}#0`);
  });

  it('listDueSoon returns what falls due within the window', async () => {
    const db = await seeded();
    expect((await listDueSoon(db, MAILBOX, '2026-11-14', 7)).map((c) => c.due)).toEqual(['2026-11-17', '2026-11-20', '2026-11-20']);
  });

  it('searchAccounts matches names, domains and contacts, case- and width-insensitively', async () => {
    const db = await seeded();
    expect((await searchAccounts(db, MAILBOX, 'BRIGHTWATER')).map((h) => h.orgId)).toEqual(['brightwater.co.uk']);
    const byDomain = await searchAccounts(db, MAILBOX, 'huaxin-med');
    expect(byDomain[0]).toMatchObject({ orgId: 'huaxin-med.com.cn', matched: ['domain', 'contact'] });
    const byContact = await searchAccounts(db, MAILBOX, 'priya');
    expect(byContact.map((h) => [h.orgId, h.matchedContacts])).toEqual([['brightwater.co.uk', [PRIYA.email]]]);
    expect((await searchAccounts(db, MAILBOX, '华信'))[0]?.matched).toContain('name');
    expect((await searchAccounts(db, MAILBOX, '王芳'))[0]?.orgId).toBe('huaxin-med.com.cn');
    expect((await searchAccounts(db, MAILBOX, 'Ｔｏｍ'))[0]?.orgId).toBe('brightwater.co.uk'); // full-width
    expect(await searchAccounts(db, MAILBOX, 'northwind')).toEqual([]); // our team is not an account
    expect(await searchAccounts(db, MAILBOX, '   ')).toEqual([]);
    const withCounts = await searchAccounts(db, MAILBOX, 'brightwater', '2026-11-19');
    expect(withCounts[0]).toMatchObject({ open: 4, overdue: 3 });
  });

  it('lists contacts and mailboxes, and the unfiled free-mail people of open messages', async () => {
    const db = await seeded();
    expect((await listMailboxes(db)).map((m) => m.id).sort()).toEqual([OTHER, MAILBOX].sort());
    expect((await listContacts(db, MAILBOX, { internal: true })).map((c) => c.email)).toEqual([JONAS.email]);
    expect((await listContacts(db, MAILBOX, { orgId: 'brightwater.co.uk' })).map((c) => c.email).sort()).toEqual([PRIYA.email, TOM.email].sort());
    expect(await listContacts(db, MAILBOX, { captured: true })).toEqual([]);
    await captureContact(db, MAILBOX, TOM.email, true, { now: NOW });
    expect((await listContacts(db, MAILBOX, { captured: true })).map((c) => c.email)).toEqual([TOM.email]);
    const unfiled = await unfiledContactsForMessages(db, MAILBOX, [freeMailNote.messageId, enPilotRequest.messageId, '<missing@x>']);
    expect(unfiled.map((c) => c.email)).toEqual([DAVID.email]);
  });

  it('listCommitments puts open first, by due date', async () => {
    const db = await seeded();
    await setCommitmentStatus(db, MAILBOX, `${enOurPromise.messageId}#0`, 'done', { now: NOW });
    const list = await listCommitments(db, MAILBOX);
    expect(list[list.length - 1]?.id).toBe(`${enOurPromise.messageId}#0`);
    const open = list.filter((c) => c.status === 'open').map((c) => c.due ?? 'none');
    expect(open).toEqual([...open].sort((a, b) => (a === 'none' ? 1 : b === 'none' ? -1 : a.localeCompare(b))));
  });

  it('storageSummary counts per store; deleteMailbox removes exactly one mailbox', async () => {
    const db = await seeded();
    const before = await storageSummary(db, MAILBOX);
    expect(before).toMatchObject({ organisations: 2, messages: 6, commitments: 8, signals: 3, settings: 1 });
    const otherBefore = await storageSummary(db, OTHER);
    await deleteMailbox(db, MAILBOX);
    expect(Object.values(await storageSummary(db, MAILBOX)).every((n) => n === 0)).toBe(true);
    expect(await storageSummary(db, OTHER)).toEqual(otherBefore);
    expect((await listMailboxes(db)).map((m) => m.id)).toEqual([OTHER]);
    await deleteAll(db);
    expect(Object.values(await storageSummary(db, OTHER)).every((n) => n === 0)).toBe(true);
    expect(await listMailboxes(db)).toEqual([]);
  });

  it('deleteMailbox does not touch a mailbox whose id starts with the same text', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, 'a@b.com', enPilotRequest, { now: NOW });
    await ingestExtraction(db, 'a@b.com.cn', enPilotRequest, { now: NOW });
    await deleteMailbox(db, 'a@b.com');
    expect((await storageSummary(db, 'a@b.com.cn')).messages).toBe(1);
  });
});
