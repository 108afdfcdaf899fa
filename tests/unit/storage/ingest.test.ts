import { describe, expect, it } from 'vitest';
import { ingestExtraction } from '../../../lib/storage/ingest';
import { storageSummary, getSettings, listCommitments, listOverdue } from '../../../lib/storage/repo';
import { updateSettings, editContact, setContactRole, setCommitmentStatus, editCommitment } from '../../../lib/storage/edits';
import {
  ANNA, DAVID, JONAS, MAILBOX, NOW, PRIYA, TOM, WANG, ZHANG,
  commitment, enOurPromise, enPilotRequest, extraction, freeMailNote, freshDb, internalNote, mention,
  zhQuoteDelivered, zhQuoteRequest,
} from './fixtures';

describe('ingestExtraction', () => {
  it('files a Chinese customer email: organisation, contacts, message, signals, commitments', async () => {
    const { db } = await freshDb();
    const r = await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW });
    expect(r).toEqual({ status: 'added', orgIds: ['huaxin-med.com.cn'] });

    const org = await db.get('organisations', [MAILBOX, 'huaxin-med.com.cn']);
    expect(org?.name).toBe('上海华信医疗科技有限公司'); // signature company, not the domain label
    expect(org?.domains).toEqual(['huaxin-med.com.cn']);

    // it.huaxin-med.com.cn is the same registrable domain: same organisation.
    const zhang = await db.get('contacts', [MAILBOX, ZHANG.email]);
    expect(zhang?.orgId).toBe('huaxin-med.com.cn');
    const wang = await db.get('contacts', [MAILBOX, WANG.email]);
    expect(wang).toMatchObject({
      name: '王芳', title: '采购经理', company: '上海华信医疗科技有限公司', role: 'purchaser', roleEvidence: '采购经理',
      captured: false, internal: false, messagesFrom: 1, messagesTo: 0, phones: ['+86 21 6288 1234'],
    });
    expect(wang?.names[0]).toEqual({ value: '王芳', messageId: zhQuoteRequest.messageId, at: zhQuoteRequest.sentAt });
    // The mailbox owner is not a contact of her own mailbox.
    expect(await db.get('contacts', [MAILBOX, MAILBOX])).toBeUndefined();

    const msg = await db.get('messages', [MAILBOX, zhQuoteRequest.messageId]);
    expect(msg).toMatchObject({ direction: 'in', orgIds: ['huaxin-med.com.cn'], language: 'zh-Hans' });

    const [ask, promise] = [
      await db.get('commitments', [MAILBOX, `${zhQuoteRequest.messageId}#0`]),
      await db.get('commitments', [MAILBOX, `${zhQuoteRequest.messageId}#1`]),
    ];
    // A request made of us by a customer: our side owes it, Anna owns it.
    expect(ask).toMatchObject({ side: 'ours', ownerEmail: MAILBOX, counterpartEmail: WANG.email, status: 'open', orgId: 'huaxin-med.com.cn', due: '2026-11-20' });
    // The customer's own promise: theirs.
    expect(promise).toMatchObject({ side: 'theirs', ownerEmail: WANG.email, ownerName: '王芳', orgId: 'huaxin-med.com.cn' });

    const signals = await db.getAll('signals');
    expect(signals.map((s) => s.id).sort()).toEqual([`${zhQuoteRequest.messageId}#pilot#1`, `${zhQuoteRequest.messageId}#quote#0`]);
    expect(signals.every((s) => s.by === 'them' && s.orgId === 'huaxin-med.com.cn')).toBe(true);

    const history = await db.getAll('history');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ field: 'role', to: 'purchaser', source: 'inferred', target: { type: 'contact', key: WANG.email } });
    expect(history[0]?.evidence).toMatchObject({ messageId: zhQuoteRequest.messageId, quote: '采购经理' });
  });

  it('is idempotent: the same email twice changes nothing', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    const before = await db.getAll('contacts');
    const beforeSummary = await storageSummary(db, MAILBOX);
    const again = await ingestExtraction(db, MAILBOX, enPilotRequest, { now: new Date('2026-12-01T00:00:00Z') });
    expect(again).toEqual({ status: 'duplicate', orgIds: ['brightwater.co.uk'] });
    expect(await db.getAll('contacts')).toEqual(before);
    expect(await storageSummary(db, MAILBOX)).toEqual(beforeSummary);
    expect(before.find((c) => c.email === TOM.email)?.messagesFrom).toBe(1);
  });

  it('is idempotent under two concurrent ingests of the same message', async () => {
    const { db } = await freshDb();
    const results = await Promise.all([
      ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW }),
      ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW }),
      ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['added', 'duplicate', 'duplicate']);
    const wang = await db.get('contacts', [MAILBOX, WANG.email]);
    expect(wang?.messagesFrom).toBe(1);
    expect(await db.count('messages')).toBe(1);
    expect(await db.count('commitments')).toBe(2);
  });

  it('loses no update when different messages about the same people are ingested concurrently', async () => {
    const { db } = await freshDb();
    const notes = Array.from({ length: 8 }, (_, i) => extraction({
      messageId: `<bw-c${i}@brightwater.co.uk>`, sentAt: `2026-11-${String(10 + i).padStart(2, '0')}T09:00:00Z`, from: TOM, to: [ANNA], cc: [PRIYA],
      contacts: [mention({ email: TOM.email, name: 'Tom Hughes', title: i % 2 ? 'Head of Procurement' : 'Procurement Lead', headers: ['from'] })],
    }));
    const res = await Promise.all(notes.map((x) => ingestExtraction(db, MAILBOX, x, { now: NOW })));
    expect(res.every((r) => r.status === 'added')).toBe(true);
    const tom = await db.get('contacts', [MAILBOX, TOM.email]);
    expect(tom).toMatchObject({ messagesFrom: 8, lastSeenAt: '2026-11-17T09:00:00Z', title: 'Head of Procurement', firstSeenAt: '2026-11-10T09:00:00Z' });
    expect(tom?.titles.map((t) => t.messageId)).toEqual(['<bw-c7@brightwater.co.uk>', '<bw-c6@brightwater.co.uk>']);
    expect(await db.count('organisations')).toBe(1);
  });

  it('takes sales.brightwater.co.uk and brightwater.co.uk as one organisation named from the signature', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    const orgs = await db.getAll('organisations');
    expect(orgs.map((o) => [o.id, o.name])).toEqual([['brightwater.co.uk', 'Brightwater Utilities plc']]);
    const priya = await db.get('contacts', [MAILBOX, PRIYA.email]);
    expect(priya?.orgId).toBe('brightwater.co.uk');
  });

  it('names an organisation from its domain label when no signature company is seen', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, extraction({
      messageId: '<x1@acme-robotics.com>', from: { name: 'Lee', email: 'lee@acme-robotics.com' }, to: [ANNA],
    }), { now: NOW });
    expect((await db.get('organisations', [MAILBOX, 'acme-robotics.com']))?.name).toBe('Acme Robotics');
  });

  it('sets direction out for our mail to a customer and internal for team-only mail; our team is never a customer', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enOurPromise, { now: NOW });
    await ingestExtraction(db, MAILBOX, internalNote, { now: NOW });
    expect((await db.get('messages', [MAILBOX, enOurPromise.messageId]))?.direction).toBe('out');
    const internal = await db.get('messages', [MAILBOX, internalNote.messageId]);
    expect(internal).toMatchObject({ direction: 'internal', orgIds: [] });
    expect(await db.get('organisations', [MAILBOX, 'northwind-systems.com'])).toBeUndefined();
    const jonas = await db.get('contacts', [MAILBOX, JONAS.email]);
    expect(jonas).toMatchObject({ internal: true, orgId: null, captured: false });
    // A request between colleagues is ours; it belongs to no account.
    const c = await db.get('commitments', [MAILBOX, `${internalNote.messageId}#0`]);
    expect(c).toMatchObject({ side: 'ours', ownerEmail: MAILBOX, orgId: null });
    // Our recipients count messages received from us.
    expect((await db.get('contacts', [MAILBOX, TOM.email]))?.messagesTo).toBe(1);
  });

  it('resolves sides for our promises, requests of the customer and named third parties', async () => {
    const { db } = await freshDb();
    // Jonas must be known by name for the third-party match.
    await ingestExtraction(db, MAILBOX, internalNote, { now: NOW });
    await ingestExtraction(db, MAILBOX, extraction({ ...enOurPromise, cc: [...enOurPromise.cc, JONAS] }), { now: NOW });
    const mine = await db.get('commitments', [MAILBOX, `${enOurPromise.messageId}#0`]);
    expect(mine).toMatchObject({ side: 'ours', ownerEmail: MAILBOX, counterpartEmail: TOM.email, orgId: 'brightwater.co.uk' });
    const jonas = await db.get('commitments', [MAILBOX, `${enOurPromise.messageId}#1`]);
    expect(jonas).toMatchObject({ side: 'ours', owner: 'third-party', ownerEmail: JONAS.email, orgId: 'brightwater.co.uk' });

    // We ask the customer: theirs, owned by the first customer recipient.
    const ask = extraction({
      messageId: '<nw-011@northwind-systems.com>', from: ANNA, to: [TOM], cc: [JONAS], subject: 'Site access',
      commitments: [commitment({ kind: 'request', owner: 'recipient', text: 'Please send the site access forms by Monday', due: '2026-11-09' })],
    });
    await ingestExtraction(db, MAILBOX, ask, { now: NOW });
    expect(await db.get('commitments', [MAILBOX, `${ask.messageId}#0`])).toMatchObject({
      side: 'theirs', ownerEmail: TOM.email, counterpartEmail: MAILBOX, orgId: 'brightwater.co.uk',
    });
  });

  it('never makes an organisation for free-mail people, and suggests but never auto-captures them', async () => {
    const { db } = await freshDb();
    await updateSettings(db, MAILBOX, { autoCapture: true }, { now: NOW });
    await ingestExtraction(db, MAILBOX, freeMailNote, { now: NOW });
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    await ingestExtraction(db, MAILBOX, internalNote, { now: NOW });
    expect(await db.get('organisations', [MAILBOX, 'gmail.com'])).toBeUndefined();
    expect(await db.get('contacts', [MAILBOX, DAVID.email])).toMatchObject({ orgId: null, internal: false, captured: false });
    expect((await db.get('messages', [MAILBOX, freeMailNote.messageId]))?.orgIds).toEqual([]);
    // Auto-capture on: customers are captured, our team is not (never-capture list on by default).
    expect((await db.get('contacts', [MAILBOX, TOM.email]))?.captured).toBe(true);
    expect((await db.get('contacts', [MAILBOX, JONAS.email]))?.captured).toBe(false);
  });

  it('leaves contacts suggested by default (auto-capture off)', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    expect((await getSettings(db, MAILBOX)).autoCapture).toBe(false);
    expect((await db.getAll('contacts')).every((c) => !c.captured)).toBe(true);
  });

  it('honours a never-capture domain and the free-mail list switched off', async () => {
    const { db } = await freshDb();
    await updateSettings(db, MAILBOX, { autoCapture: true, neverCaptureFreeMail: false, neverCaptureDomains: ['brightwater.co.uk'] }, { now: NOW });
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    await ingestExtraction(db, MAILBOX, freeMailNote, { now: NOW });
    expect((await db.get('contacts', [MAILBOX, TOM.email]))?.captured).toBe(false);
    expect((await db.get('contacts', [MAILBOX, DAVID.email]))?.captured).toBe(true);
  });

  it('treats a free-mail mailbox as "us" only for its own address', async () => {
    const { db } = await freshDb();
    const mb = 'li.na@gmail.com';
    await ingestExtraction(db, mb, extraction({
      messageId: '<g1@mail.gmail.com>', from: { name: 'Li Na', email: mb }, to: [DAVID],
      commitments: [commitment({ text: 'I will call you on Monday' })],
    }), { now: NOW });
    const david = await db.get('contacts', [mb, DAVID.email]);
    expect(david).toMatchObject({ internal: false, orgId: null });
    expect((await db.get('messages', [mb, '<g1@mail.gmail.com>']))?.direction).toBe('out');
  });

  it('counts teamDomains from settings as our team', async () => {
    const { db } = await freshDb();
    await updateSettings(db, MAILBOX, { teamDomains: ['northwind-group.de'] }, { now: NOW });
    await ingestExtraction(db, MAILBOX, extraction({
      messageId: '<t1@northwind-group.de>', from: { name: 'Kai', email: 'kai@mail.northwind-group.de' }, to: [ANNA],
    }), { now: NOW });
    expect(await db.count('organisations')).toBe(0);
    expect((await db.get('contacts', [MAILBOX, 'kai@mail.northwind-group.de']))?.internal).toBe(true);
  });

  it('merges a contact across messages: names and titles with where and when, newest first', async () => {
    const { db } = await freshDb();
    const older = extraction({
      messageId: '<bw-old@brightwater.co.uk>', sentAt: '2026-09-01T10:00:00Z', from: { name: 'T. Hughes', email: TOM.email }, to: [ANNA],
      contacts: [mention({
        email: TOM.email, name: 'T. Hughes', title: 'Procurement Manager', company: 'Brightwater Utilities', headers: ['from'],
        roleHint: { role: 'purchaser', evidence: 'Procurement Manager' }, phones: ['+44 20 7946 0000'],
      })],
    });
    // Newer first, older second: order of ingestion must not matter.
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    await ingestExtraction(db, MAILBOX, older, { now: NOW });
    const tom = await db.get('contacts', [MAILBOX, TOM.email]);
    expect(tom?.names.map((s) => s.value)).toEqual(['Tom Hughes', 'T. Hughes']);
    expect(tom?.titles.map((s) => [s.value, s.messageId])).toEqual([
      ['Head of Procurement', enPilotRequest.messageId],
      ['Procurement Manager', older.messageId],
    ]);
    expect(tom).toMatchObject({
      name: 'Tom Hughes', title: 'Head of Procurement', company: 'Brightwater Utilities plc', roleEvidence: 'Head of Procurement',
      firstSeenAt: '2026-09-01T10:00:00Z', lastSeenAt: enPilotRequest.sentAt, messagesFrom: 2,
    });
    expect(tom?.phones).toEqual(['+44 20 7946 0321', '+44 20 7946 0000']);
  });

  it('never overwrites user-edited fields or the role override when the contact is seen again', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    await editContact(db, MAILBOX, TOM.email, { name: 'Thomas Hughes', title: 'CPO', phones: ['+44 7700 900123'] }, { now: NOW });
    await setContactRole(db, MAILBOX, TOM.email, 'decision-maker', { now: NOW });
    const later = extraction({
      messageId: '<bw-later@brightwater.co.uk>', sentAt: '2026-11-20T10:00:00Z', from: TOM, to: [ANNA],
      contacts: [mention({
        email: TOM.email, name: 'Tom H.', title: 'Procurement Lead', company: 'Brightwater', phones: ['+44 20 1111 2222'],
        headers: ['from'], roleHint: { role: 'user', evidence: 'Procurement Lead' },
      })],
    });
    await ingestExtraction(db, MAILBOX, later, { now: NOW });
    const tom = await db.get('contacts', [MAILBOX, TOM.email]);
    expect(tom).toMatchObject({ name: 'Thomas Hughes', title: 'CPO', phones: ['+44 7700 900123'], roleOverride: 'decision-maker' });
    // Not edited by the user: inference keeps learning (shown beside the override).
    expect(tom?.company).toBe('Brightwater');
    expect(tom?.role).toBe('user');
    expect(tom?.titles[0]?.value).toBe('Procurement Lead');
  });

  it('keeps user edits of a commitment when its message comes again', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    const id = `${enPilotRequest.messageId}#0`;
    await editCommitment(db, MAILBOX, id, { due: '2026-11-09', text: 'Updated pilot proposal' }, { now: NOW });
    await setCommitmentStatus(db, MAILBOX, id, 'done', { now: NOW });
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    expect(await db.get('commitments', [MAILBOX, id])).toMatchObject({ due: '2026-11-09', text: 'Updated pilot proposal', status: 'done' });
  });

  it('proposes a delivery when the owner later sends it (ZH: 已发送/请查收附件), without closing it', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW });
    await ingestExtraction(db, MAILBOX, zhQuoteDelivered, { now: NOW });
    const ask = await db.get('commitments', [MAILBOX, `${zhQuoteRequest.messageId}#0`]);
    expect(ask?.status).toBe('open');
    expect(ask?.deliveredBy).toMatchObject({ messageId: zhQuoteDelivered.messageId, at: zhQuoteDelivered.sentAt });
    expect(ask?.deliveredBy?.quote).toContain('已发送');
    // The customer's promise is not delivered by our message.
    expect((await db.get('commitments', [MAILBOX, `${zhQuoteRequest.messageId}#1`]))?.deliveredBy).toBeNull();
  });

  it('proposes a delivery in English ("please find attached") and picks the matching commitment', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    await ingestExtraction(db, MAILBOX, enOurPromise, { now: NOW });
    const reply = extraction({
      messageId: '<nw-012@northwind-systems.com>', threadId: 'thread-bw-pilot', subject: 'RE: Smart metering pilot - next steps',
      sentAt: '2026-11-04T11:00:00Z', from: ANNA, to: [TOM],
      reply: 'Hi Tom, please find attached the revised pricing sheet.',
    });
    await ingestExtraction(db, MAILBOX, reply, { now: NOW });
    const pricing = await db.get('commitments', [MAILBOX, `${enOurPromise.messageId}#0`]);
    expect(pricing?.deliveredBy?.messageId).toBe(reply.messageId);
    expect(pricing?.deliveredBy?.quote).toBe('Hi Tom, please find attached the revised pricing sheet.');
    // Other open commitments of ours in the thread do not match the words: not proposed.
    expect((await db.get('commitments', [MAILBOX, `${enPilotRequest.messageId}#0`]))?.deliveredBy).toBeNull();
    // The customer's commitment is never delivered by our mail.
    expect((await db.get('commitments', [MAILBOX, `${enPilotRequest.messageId}#1`]))?.deliveredBy).toBeNull();
  });

  it('takes an attachment alone as a delivery cue, and needs a cue otherwise', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    const noCue = extraction({
      messageId: '<bw-3@brightwater.co.uk>', threadId: 'thread-bw-pilot', subject: 'Re: Smart metering pilot - next steps',
      sentAt: '2026-11-09T09:00:00Z', from: TOM, to: [ANNA], reply: 'Still working on it, sorry for the delay.',
    });
    await ingestExtraction(db, MAILBOX, noCue, { now: NOW });
    const id = `${enPilotRequest.messageId}#1`;
    expect((await db.get('commitments', [MAILBOX, id]))?.deliveredBy).toBeNull();
    const withFile = { ...noCue, messageId: '<bw-4@brightwater.co.uk>', sentAt: '2026-11-12T09:00:00Z', reply: 'As discussed.', attachments: [{ name: 'site-survey.pdf' }] };
    await ingestExtraction(db, MAILBOX, withFile, { now: NOW });
    expect((await db.get('commitments', [MAILBOX, id]))?.deliveredBy?.messageId).toBe(withFile.messageId);
  });

  it('proposes a delivery read before the commitment it delivers (mail ingested out of order)', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, zhQuoteDelivered, { now: NOW });
    expect(await db.count('cues')).toBe(1);
    await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW });
    const ask = await db.get('commitments', [MAILBOX, `${zhQuoteRequest.messageId}#0`]);
    expect(ask?.deliveredBy).toMatchObject({ messageId: zhQuoteDelivered.messageId, at: zhQuoteDelivered.sentAt });
    expect((await db.get('commitments', [MAILBOX, `${zhQuoteRequest.messageId}#1`]))?.deliveredBy).toBeNull();
  });

  it('does not propose again a delivery the user rejected, but a new delivering message may', async () => {
    const { db } = await freshDb();
    const { confirmDelivery } = await import('../../../lib/storage/edits');
    await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW });
    await ingestExtraction(db, MAILBOX, zhQuoteDelivered, { now: NOW });
    const id = `${zhQuoteRequest.messageId}#0`;
    await confirmDelivery(db, MAILBOX, id, false, { now: NOW });
    // Another commitment arrives in the thread: the old cue is replayed, but not onto the rejected one.
    await ingestExtraction(db, MAILBOX, extraction({
      ...zhQuoteRequest, messageId: '<hx-002@huaxin-med.com.cn>', sentAt: '2026-11-12T09:00:00+08:00', reply: '另外请提供正式报价的英文版。',
      commitments: [commitment({ kind: 'request', owner: 'recipient', text: '请提供正式报价的英文版' })], signals: [],
    }), { now: NOW });
    expect((await db.get('commitments', [MAILBOX, id]))?.deliveredBy).toBeNull();
    expect((await db.get('commitments', [MAILBOX, '<hx-002@huaxin-med.com.cn>#0']))?.deliveredBy?.messageId).toBe(zhQuoteDelivered.messageId);
    await ingestExtraction(db, MAILBOX, { ...zhQuoteDelivered, messageId: '<nw-003@northwind-systems.com>', sentAt: '2026-11-25T10:00:00+08:00' }, { now: NOW });
    expect((await db.get('commitments', [MAILBOX, id]))?.deliveredBy?.messageId).toBe('<nw-003@northwind-systems.com>');
  });

  it('does not take a message older than the commitment as its delivery', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW });
    await ingestExtraction(db, MAILBOX, { ...zhQuoteDelivered, sentAt: '2026-11-01T09:00:00+08:00' }, { now: NOW });
    expect((await db.get('commitments', [MAILBOX, `${zhQuoteRequest.messageId}#0`]))?.deliveredBy).toBeNull();
  });

  it('keeps mailboxes apart: the same customer in two mailboxes is two accounts', async () => {
    const { db } = await freshDb();
    const other = 'jonas.weber@northwind-systems.com';
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    await ingestExtraction(db, other, { ...enPilotRequest, to: [JONAS] }, { now: NOW });
    expect(await db.get('contacts', [MAILBOX, TOM.email])).toMatchObject({ mailboxId: MAILBOX, messagesFrom: 1 });
    expect(await db.get('contacts', [other, TOM.email])).toMatchObject({ mailboxId: other, messagesFrom: 1 });
    await editContact(db, MAILBOX, TOM.email, { title: 'Director' }, { now: NOW });
    expect((await db.get('contacts', [other, TOM.email]))?.title).toBe('Head of Procurement');
    expect((await db.getAll('mailboxes')).map((m) => m.id).sort()).toEqual([MAILBOX, other].sort());
  });

  it('robots and lists open no account, but are filed under one that a person opened', async () => {
    const { db } = await freshDb();
    const robot = (id: string, sentAt: string) => extraction({
      messageId: id, sentAt, subject: 'Your invoice', from: { name: 'Billing', email: 'noreply@billing.acme-robotics.com' }, to: [ANNA],
      contacts: [mention({ email: 'noreply@billing.acme-robotics.com', name: 'Billing', person: false, headers: ['from'] })],
      signals: [{ kind: 'invoice', evidence: 'Your invoice', confidence: 0.6 }],
    });
    expect((await ingestExtraction(db, MAILBOX, robot('<r1@acme-robotics.com>', '2026-11-01T00:00:00Z'), { now: NOW })).orgIds).toEqual([]);
    expect(await db.count('organisations')).toBe(0);
    expect(await db.get('contacts', [MAILBOX, 'noreply@billing.acme-robotics.com'])).toMatchObject({ person: false, orgId: null });
    await ingestExtraction(db, MAILBOX, extraction({
      messageId: '<p1@acme-robotics.com>', from: { name: 'Lee Park', email: 'lee.park@acme-robotics.com' }, to: [ANNA],
      contacts: [mention({ email: 'lee.park@acme-robotics.com', name: 'Lee Park', company: 'Acme Robotics Inc.', headers: ['from'] })],
    }), { now: NOW });
    expect((await ingestExtraction(db, MAILBOX, robot('<r2@acme-robotics.com>', '2026-11-20T00:00:00Z'), { now: NOW })).orgIds).toEqual(['acme-robotics.com']);
    expect(await db.get('contacts', [MAILBOX, 'noreply@billing.acme-robotics.com'])).toMatchObject({ person: false, orgId: 'acme-robotics.com' });
    expect((await db.get('organisations', [MAILBOX, 'acme-robotics.com']))?.name).toBe('Acme Robotics Inc.');
  });

  it('lower-cases addresses and ignores header entries without an address', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, 'Anna.Berg@Northwind-Systems.com', extraction({
      messageId: '<case@brightwater.co.uk>', from: { name: 'Tom Hughes', email: 'Tom.Hughes@Sales.Brightwater.co.uk' },
      to: [{ name: 'Anna', email: 'ANNA.BERG@northwind-systems.com' }, { name: 'Undisclosed recipients', email: '' }],
    }), { now: NOW });
    expect(await db.get('contacts', [MAILBOX, TOM.email])).toBeDefined();
    expect(await db.count('contacts')).toBe(1);
    expect((await db.get('messages', [MAILBOX, '<case@brightwater.co.uk>']))?.direction).toBe('in');
  });
});

describe('commitments already long past when first read (imported history)', () => {
  it('are stored as lapsed: kept, not overdue, not on the badge; recent ones stay open', async () => {
    const { db } = await freshDb();
    // enOurPromise: sent 2026-11-03, due 2026-11-04
    await ingestExtraction(db, MAILBOX, enOurPromise, { now: NOW, today: '2027-03-01' });
    const old = await listCommitments(db, MAILBOX);
    expect(old.map((c) => c.status)).toEqual(['lapsed', 'lapsed']); // a due date 4 months back; undated and made 4 months back
    expect(await listOverdue(db, MAILBOX, '2027-03-01')).toEqual([]);

    const { db: db2 } = await freshDb();
    await ingestExtraction(db2, MAILBOX, enOurPromise, { now: NOW, today: '2026-11-29' });
    expect((await listCommitments(db2, MAILBOX)).map((c) => c.status)).toEqual(['open', 'open']);
    expect((await listOverdue(db2, MAILBOX, '2026-11-29')).map((c) => c.due)).toEqual(['2026-11-04']);
  });
  it('can be reopened by the user, and then count as overdue', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enOurPromise, { now: NOW, today: '2027-03-01' });
    const [dated] = (await listCommitments(db, MAILBOX)).filter((c) => c.due);
    await setCommitmentStatus(db, MAILBOX, dated!.id, 'open');
    expect((await listOverdue(db, MAILBOX, '2027-03-01')).map((c) => c.id)).toEqual([dated!.id]);
  });
});

describe('a message given with its extraction deferred', () => {
  it('is extracted only when it is new; a stored one only gains its webmail link', async () => {
    const { db } = await freshDb();
    let calls = 0;
    const lazy = (url: string | null) => ({ messageId: enOurPromise.messageId, url, extract: () => (calls++, enOurPromise) });
    expect((await ingestExtraction(db, MAILBOX, lazy(null), { now: NOW })).status).toBe('added');
    expect(calls).toBe(1);
    expect((await ingestExtraction(db, MAILBOX, lazy('https://mail.google.com/mail/u/0/#inbox/x'), { now: NOW })).status).toBe('duplicate');
    expect(calls).toBe(1);
    expect((await db.get('messages', [MAILBOX, enOurPromise.messageId]))?.url).toBe('https://mail.google.com/mail/u/0/#inbox/x');
  });
});
