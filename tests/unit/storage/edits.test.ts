import { describe, expect, it } from 'vitest';
import { ingestExtraction } from '../../../lib/storage/ingest';
import { getAccountView, findOrgForAddress, listOverdue } from '../../../lib/storage/repo';
import {
  addCommitment, captureContact, confirmDelivery, createOrganisation, editCommitment, editContact, fileContact,
  mergeOrganisations, renameOrganisation, setCommitmentStatus, setContactRole, setOrgOverrides, snoozeCommitment,
  splitDomain, updateSettings,
} from '../../../lib/storage/edits';
import { InvalidEditError, NotFoundError } from '../../../lib/storage/errors';
import {
  ANNA, DAVID, MAILBOX, NOW, TOM, WANG,
  commitment, enOurPromise, enPilotRequest, extraction, freeMailNote, freshDb, mention, zhQuoteDelivered, zhQuoteRequest,
} from './fixtures';

const LATER = new Date('2026-11-30T10:00:00Z');

describe('commitment edits', () => {
  it('sets status, edits text/owner/due, snoozes; each logged and marked user-edited', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    const id = `${enPilotRequest.messageId}#1`;
    const edited = await editCommitment(db, MAILBOX, id, { text: 'Share site survey results', due: '2026-11-27', ownerName: 'Priya Nair' }, { now: LATER });
    expect(edited).toMatchObject({ text: 'Share site survey results', due: '2026-11-27', dueText: null, ownerName: 'Priya Nair', updatedAt: LATER.toISOString() });
    expect(edited.userEdited.sort()).toEqual(['due', 'ownerName', 'text']);
    const snoozed = await snoozeCommitment(db, MAILBOX, id, '2026-12-05', { now: LATER });
    expect(snoozed.snoozedUntil).toBe('2026-12-05');
    const done = await setCommitmentStatus(db, MAILBOX, id, 'done', { now: LATER });
    expect(done.status).toBe('done');
    const log = await db.getAll('edits');
    expect(log.map((e) => e.action)).toEqual(['commitment.edit', 'commitment.snooze', 'commitment.status']);
    expect(log[0]).toMatchObject({ mailboxId: MAILBOX, target: { store: 'commitments', key: id }, at: LATER.toISOString() });
    expect((log[0]?.before as { text: string }).text).toBe('I will share the site survey results next week');
  });

  it('refuses bad input and unknown commitments without writing', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    const id = `${enPilotRequest.messageId}#0`;
    await expect(editCommitment(db, MAILBOX, id, { due: 'next friday' })).rejects.toBeInstanceOf(InvalidEditError);
    await expect(snoozeCommitment(db, MAILBOX, id, 'someday')).rejects.toBeInstanceOf(InvalidEditError);
    await expect(setCommitmentStatus(db, MAILBOX, '<nope>#0', 'done')).rejects.toBeInstanceOf(NotFoundError);
    // Another mailbox cannot edit it.
    await expect(setCommitmentStatus(db, 'someone@else.com', id, 'done')).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.count('edits')).toBe(0);
  });

  it('confirms a proposed delivery (done) or rejects it (proposal cleared, still open)', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW });
    await ingestExtraction(db, MAILBOX, zhQuoteDelivered, { now: NOW });
    const id = `${zhQuoteRequest.messageId}#0`;
    const rejected = await confirmDelivery(db, MAILBOX, id, false, { now: LATER });
    expect(rejected).toMatchObject({ status: 'open', deliveredBy: null });
    const accepted = await confirmDelivery(db, MAILBOX, id, true, { now: LATER });
    expect(accepted.status).toBe('done');
    expect(accepted.userEdited).toContain('status');
    expect((await db.getAll('edits')).map((e) => e.action)).toEqual(['commitment.reject-delivery', 'commitment.confirm-delivery']);
  });

  it('adds a user-made commitment to an account', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    const c = await addCommitment(db, MAILBOX, { orgId: 'brightwater.co.uk', text: 'Send reference case from Yorkshire Water', side: 'ours', due: '2026-11-20' }, { now: LATER });
    expect(c.id).toMatch(/^user:[0-9a-f-]{36}$/);
    expect(c).toMatchObject({ mailboxId: MAILBOX, ownerEmail: MAILBOX, status: 'open', side: 'ours', madeAt: LATER.toISOString() });
    const view = await getAccountView(db, MAILBOX, 'brightwater.co.uk');
    expect(view?.commitments.map((x) => x.id)).toContain(c.id);
    expect((await listOverdue(db, MAILBOX, '2026-11-21')).map((x) => x.id)).toContain(c.id);
    await expect(addCommitment(db, MAILBOX, { orgId: 'nope.com', text: 'x', side: 'ours' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('contact edits', () => {
  it('role override is kept in history and survives re-inference; clearing it shows inference again', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW });
    const c = await setContactRole(db, MAILBOX, WANG.email, 'coach', { now: LATER });
    expect(c).toMatchObject({ role: 'purchaser', roleOverride: 'coach' });
    const h = (await db.getAll('history')).filter((x) => x.source === 'user');
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ field: 'role', from: 'purchaser', to: 'coach', orgId: 'huaxin-med.com.cn' });
    await ingestExtraction(db, MAILBOX, extraction({
      messageId: '<hx-9@huaxin-med.com.cn>', sentAt: '2026-11-25T09:00:00+08:00', from: WANG, to: [ANNA],
      contacts: [mention({ email: WANG.email, name: '王芳', title: '采购总监', headers: ['from'], roleHint: { role: 'decision-maker', evidence: '采购总监' } })],
    }), { now: LATER });
    const after = await db.get('contacts', [MAILBOX, WANG.email]);
    expect(after).toMatchObject({ roleOverride: 'coach', role: 'decision-maker', title: '采购总监' });
    const cleared = await setContactRole(db, MAILBOX, WANG.email, null, { now: LATER });
    expect(cleared.roleOverride).toBeNull();
    await expect(setContactRole(db, MAILBOX, WANG.email, 'boss' as never)).rejects.toThrow();
  });

  it('captures a suggested contact and can drop it back', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    const c = await captureContact(db, MAILBOX, 'TOM.HUGHES@sales.brightwater.co.uk', true, { now: LATER });
    expect(c).toMatchObject({ captured: true, capturedAt: LATER.toISOString() });
    const back = await captureContact(db, MAILBOX, TOM.email, false, { now: LATER });
    expect(back).toMatchObject({ captured: false, capturedAt: null });
    await expect(captureContact(db, MAILBOX, 'nobody@brightwater.co.uk')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('edits fields the user types in', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    const c = await editContact(db, MAILBOX, TOM.email, { company: '  ', person: true, phones: ['+44 7700 900123', '+44 (7700) 900-123'] }, { now: LATER });
    expect(c).toMatchObject({ company: null, phones: ['+44 7700 900123'] });
    expect(c.userEdited.sort()).toEqual(['company', 'person', 'phones']);
    await expect(editContact(db, MAILBOX, TOM.email, { name: '  ' })).rejects.toBeInstanceOf(InvalidEditError);
  });

  it('files a free-mail contact under an account: their messages and commitments follow, and keep following', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    await ingestExtraction(db, MAILBOX, freeMailNote, { now: NOW });
    await fileContact(db, MAILBOX, DAVID.email, 'brightwater.co.uk', { now: LATER });
    const view = await getAccountView(db, MAILBOX, 'brightwater.co.uk');
    expect(view?.contacts.map((c) => c.email)).toContain(DAVID.email);
    expect(view?.messages.map((m) => m.messageId)).toContain(freeMailNote.messageId);
    expect(view?.commitments.map((c) => c.id)).toContain(`${freeMailNote.messageId}#0`);
    // A later email from the same address is filed there too.
    const next = extraction({ messageId: '<CAF=free-78@mail.gmail.com>', from: DAVID, to: [ANNA], sentAt: '2026-11-20T10:00:00Z',
      commitments: [commitment({ text: 'I will forward the board minutes' })] });
    expect((await ingestExtraction(db, MAILBOX, next, { now: LATER })).orgIds).toEqual(['brightwater.co.uk']);
    expect((await db.get('commitments', [MAILBOX, `${next.messageId}#0`]))?.orgId).toBe('brightwater.co.uk');
    // Split the contact out again.
    await fileContact(db, MAILBOX, DAVID.email, null, { now: LATER });
    const v2 = await getAccountView(db, MAILBOX, 'brightwater.co.uk');
    expect(v2?.messages.map((m) => m.messageId)).not.toContain(freeMailNote.messageId);
    expect(v2?.contacts.map((c) => c.email)).not.toContain(DAVID.email);
    await expect(fileContact(db, MAILBOX, DAVID.email, 'nope.com')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses to file our own team under a customer', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, { ...enOurPromise, cc: [...enOurPromise.cc, { name: 'Jonas', email: 'jonas.weber@northwind-systems.com' }] }, { now: NOW });
    await expect(fileContact(db, MAILBOX, 'jonas.weber@northwind-systems.com', 'brightwater.co.uk')).rejects.toBeInstanceOf(InvalidEditError);
  });
});

describe('organisation edits', () => {
  it('renames (kept against later signatures), creates user organisations with unique ids', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, extraction({ messageId: '<a1@acme-robotics.com>', from: { name: 'Lee', email: 'lee@acme-robotics.com' }, to: [ANNA] }), { now: NOW });
    const r = await renameOrganisation(db, MAILBOX, 'acme-robotics.com', 'ACME Robotics GmbH', { now: LATER });
    expect(r).toMatchObject({ name: 'ACME Robotics GmbH', nameSource: 'user' });
    await ingestExtraction(db, MAILBOX, extraction({
      messageId: '<a2@acme-robotics.com>', from: { name: 'Lee', email: 'lee@acme-robotics.com' }, to: [ANNA],
      contacts: [mention({ email: 'lee@acme-robotics.com', name: 'Lee', company: 'Acme Robotics Ltd', headers: ['from'] })],
    }), { now: LATER });
    expect((await db.get('organisations', [MAILBOX, 'acme-robotics.com']))?.name).toBe('ACME Robotics GmbH');
    const u1 = await createOrganisation(db, MAILBOX, '华东电网 项目组', { now: LATER });
    const u2 = await createOrganisation(db, MAILBOX, '华东电网 项目组', { now: LATER });
    expect([u1.id, u2.id]).toEqual(['user:华东电网-项目组', 'user:华东电网-项目组-2']);
    await expect(renameOrganisation(db, MAILBOX, 'acme-robotics.com', ' ')).rejects.toBeInstanceOf(InvalidEditError);
  });

  it('merges a into b: everything moves, a is gone, and new mail from a\'s domain files under b', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    const bwGroup = extraction({
      messageId: '<g1@brightwater-group.com>', from: { name: 'Sam Ortiz', email: 'sam@brightwater-group.com' }, to: [ANNA],
      subject: 'Framework agreement', reply: 'Here is our standard NDA. We will send the framework draft on Monday.',
      commitments: [commitment({ text: 'We will send the framework draft on Monday', due: '2026-11-16' })],
      signals: [{ kind: 'contract', evidence: 'framework draft', confidence: 0.8 }],
    });
    await ingestExtraction(db, MAILBOX, bwGroup, { now: NOW });
    await setOrgOverrides(db, MAILBOX, 'brightwater-group.com', { relationshipOverride: 'vendor' }, { now: NOW });
    const merged = await mergeOrganisations(db, MAILBOX, 'brightwater-group.com', 'brightwater.co.uk', { now: LATER });
    expect(merged.domains).toEqual(['brightwater.co.uk', 'brightwater-group.com']);
    expect(merged.relationshipOverride).toBe('vendor');
    expect(await db.get('organisations', [MAILBOX, 'brightwater-group.com'])).toBeUndefined();
    const v = await getAccountView(db, MAILBOX, 'brightwater.co.uk');
    expect(v?.contacts.map((c) => c.email)).toContain('sam@brightwater-group.com');
    expect(v?.messages.map((m) => m.messageId)).toContain(bwGroup.messageId);
    expect(v?.commitments.map((c) => c.id)).toContain(`${bwGroup.messageId}#0`);
    expect(v?.signals.map((s) => s.kind)).toContain('contract');
    expect((await db.getAll('history')).filter((h) => h.target.type === 'organisation').every((h) => h.orgId === 'brightwater.co.uk')).toBe(true);
    const next = extraction({ messageId: '<g2@brightwater-group.com>', from: { name: 'Kim', email: 'kim@brightwater-group.com' }, to: [ANNA] });
    expect(await db.get('cues', [MAILBOX, bwGroup.messageId])).toMatchObject({ orgId: 'brightwater.co.uk' });
    expect((await ingestExtraction(db, MAILBOX, next, { now: LATER })).orgIds).toEqual(['brightwater.co.uk']);
    expect((await findOrgForAddress(db, MAILBOX, 'x@brightwater-group.com'))?.id).toBe('brightwater.co.uk');
    await expect(mergeOrganisations(db, MAILBOX, 'brightwater.co.uk', 'brightwater.co.uk')).rejects.toBeInstanceOf(InvalidEditError);
    await expect(mergeOrganisations(db, MAILBOX, 'gone.com', 'brightwater.co.uk')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('splits a domain back out: its contacts, messages and commitments go with it', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    const g = extraction({
      messageId: '<g1@brightwater-group.com>', from: { name: 'Sam Ortiz', email: 'sam@brightwater-group.com' }, to: [ANNA],
      contacts: [mention({ email: 'sam@brightwater-group.com', name: 'Sam Ortiz', company: 'Brightwater Group', headers: ['from'] })],
      commitments: [commitment({ text: 'We will send the framework draft on Monday' })],
    });
    await ingestExtraction(db, MAILBOX, g, { now: NOW });
    await mergeOrganisations(db, MAILBOX, 'brightwater-group.com', 'brightwater.co.uk', { now: NOW });
    const created = await splitDomain(db, MAILBOX, 'brightwater.co.uk', 'brightwater-group.com', { now: LATER });
    expect(created).toMatchObject({ id: 'brightwater-group.com', domains: ['brightwater-group.com'], name: 'Brightwater Group' });
    expect((await db.get('organisations', [MAILBOX, 'brightwater.co.uk']))?.domains).toEqual(['brightwater.co.uk']);
    const v = await getAccountView(db, MAILBOX, 'brightwater-group.com');
    expect(v?.contacts.map((c) => c.email)).toEqual(['sam@brightwater-group.com']);
    expect(v?.messages.map((m) => m.messageId)).toEqual([g.messageId]);
    expect(v?.commitments.map((c) => c.id)).toEqual([`${g.messageId}#0`]);
    const bw = await getAccountView(db, MAILBOX, 'brightwater.co.uk');
    expect(bw?.messages.map((m) => m.messageId)).toEqual([enPilotRequest.messageId]);
    await expect(splitDomain(db, MAILBOX, 'brightwater.co.uk', 'brightwater.co.uk')).rejects.toBeInstanceOf(InvalidEditError);
    await expect(splitDomain(db, MAILBOX, 'brightwater.co.uk', 'other.com')).rejects.toBeInstanceOf(InvalidEditError);
  });

  it('stage and origin overrides: logged in history, cleared with null, kept through re-ingestion', async () => {
    const { db } = await freshDb();
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    const o = await setOrgOverrides(db, MAILBOX, 'brightwater.co.uk', { relationshipOverride: 'preferred-supplier', projectStageOverride: 'evaluation', originOverride: 'tender' }, { now: LATER });
    expect(o).toMatchObject({ relationshipOverride: 'preferred-supplier', projectStageOverride: 'evaluation', originOverride: 'tender' });
    await ingestExtraction(db, MAILBOX, { ...enOurPromise }, { now: LATER });
    expect(await db.get('organisations', [MAILBOX, 'brightwater.co.uk'])).toMatchObject({ relationshipOverride: 'preferred-supplier', projectStageOverride: 'evaluation' });
    await setOrgOverrides(db, MAILBOX, 'brightwater.co.uk', { projectStageOverride: null }, { now: LATER });
    const h = (await db.getAll('history')).filter((x) => x.target.type === 'organisation');
    expect(h.map((x) => [x.field, x.from, x.to])).toEqual(expect.arrayContaining([
      ['relationship', null, 'preferred-supplier'], ['projectStage', null, 'evaluation'], ['origin', null, 'tender'], ['projectStage', 'evaluation', null],
    ]));
    expect(h).toHaveLength(4);
    await expect(setOrgOverrides(db, MAILBOX, 'brightwater.co.uk', { relationshipOverride: 'best-friend' as never })).rejects.toThrow();
  });

  it('declaring a domain our team turns its customer account into colleagues', async () => {
    const { db } = await freshDb();
    const sister = extraction({
      messageId: '<s1@northwind-group.de>', threadId: 'th-s', subject: 'Joint bid', from: { name: 'Kai Vogel', email: 'kai@northwind-group.de' }, to: [ANNA],
      commitments: [commitment({ text: 'I will send our part of the bid by Friday', due: '2026-11-13' })],
      signals: [{ kind: 'tender', evidence: 'Joint bid', confidence: 0.6 }],
    });
    await ingestExtraction(db, MAILBOX, sister, { now: NOW });
    await ingestExtraction(db, MAILBOX, enPilotRequest, { now: NOW });
    expect(await db.get('organisations', [MAILBOX, 'northwind-group.de'])).toBeDefined();
    await updateSettings(db, MAILBOX, { teamDomains: ['northwind-group.de'] }, { now: LATER });
    expect(await db.get('organisations', [MAILBOX, 'northwind-group.de'])).toBeUndefined();
    expect(await db.get('contacts', [MAILBOX, 'kai@northwind-group.de'])).toMatchObject({ internal: true, orgId: null });
    expect(await db.get('messages', [MAILBOX, sister.messageId])).toMatchObject({ orgIds: [], direction: 'internal' });
    expect(await db.get('commitments', [MAILBOX, `${sister.messageId}#0`])).toMatchObject({ side: 'ours', orgId: null });
    expect((await db.get('signals', [MAILBOX, `${sister.messageId}#tender#0`]))?.orgId).toBeNull();
    // Other accounts are untouched.
    expect((await db.get('messages', [MAILBOX, enPilotRequest.messageId]))?.orgIds).toEqual(['brightwater.co.uk']);
    // And new mail from there is internal.
    expect((await ingestExtraction(db, MAILBOX, { ...sister, messageId: '<s2@northwind-group.de>' }, { now: LATER })).orgIds).toEqual([]);
  });

  it('updateSettings validates and normalises domains', async () => {
    const { db } = await freshDb();
    const s = await updateSettings(db, MAILBOX, { neverCaptureDomains: [' Competitor.COM '], teamDomains: ['mail.northwind-group.de'] }, { now: NOW });
    expect(s).toMatchObject({ neverCaptureDomains: ['competitor.com'], teamDomains: ['northwind-group.de'], autoCapture: false });
    await expect(updateSettings(db, MAILBOX, { autoCapture: 'yes' as never })).rejects.toBeInstanceOf(InvalidEditError);
  });
});

describe('history and edit log', () => {
  it('lists an account\'s history newest first and the edit log of a mailbox', async () => {
    const { db } = await freshDb();
    const { appendHistory } = await import('../../../lib/storage/edits');
    const { listHistory, listEdits } = await import('../../../lib/storage/repo');
    await ingestExtraction(db, MAILBOX, zhQuoteRequest, { now: NOW });
    await appendHistory(db, {
      mailboxId: MAILBOX, id: `${zhQuoteRequest.messageId}#projectStage`, orgId: 'huaxin-med.com.cn', target: { type: 'organisation', key: 'huaxin-med.com.cn' },
      field: 'projectStage', from: null, to: 'proposal', source: 'inferred',
      evidence: { messageId: zhQuoteRequest.messageId, quote: '提供正式报价', at: zhQuoteRequest.sentAt }, at: '2026-11-10T03:00:00Z',
    });
    await setOrgOverrides(db, MAILBOX, 'huaxin-med.com.cn', { projectStageOverride: 'negotiation' }, { now: LATER });
    const h = await listHistory(db, MAILBOX, 'huaxin-med.com.cn');
    expect(h.map((x) => [x.field, x.source, x.to])).toEqual([
      ['projectStage', 'user', 'negotiation'], ['projectStage', 'inferred', 'proposal'], ['role', 'inferred', 'purchaser'],
    ]);
    expect(await listHistory(db, 'someone@else.com', 'huaxin-med.com.cn')).toEqual([]);
    await expect(appendHistory(db, { ...h[0]!, field: 'mood' as never })).rejects.toThrow();
    await setContactRole(db, MAILBOX, WANG.email, 'coach', { now: LATER });
    expect((await listEdits(db, MAILBOX)).map((e) => e.action)).toEqual(['contact.role', 'organisation.overrides']);
  });
});
