// Hand-written extractions for storage and account tests: realistic key-account mail in English
// and Chinese, written for these tests (no corpus text).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { CommitmentMention, ContactMention, Extraction } from '../../../lib/model/extraction';
import { openAccordDb, type AccordDb } from '../../../lib/storage/db';

export const MAILBOX = 'anna.berg@northwind-systems.com';
export const OTHER_MAILBOX = 'li.na@gmail.com';
export const NOW = new Date('2026-11-29T09:00:00Z');

let n = 0;
/** A fresh, isolated database per call. */
export async function freshDb(version?: number): Promise<{ db: AccordDb; factory: IDBFactory; name: string }> {
  const factory = new IDBFactory();
  const name = `accord-test-${++n}`;
  const db = await openAccordDb({ name, indexedDB: factory, ...(version ? { version } : {}) });
  return { db, factory, name };
}

export function addr(email: string, name = '') {
  return { name, email };
}

export function mention(p: Partial<ContactMention> & { email: string }): ContactMention {
  return { name: '', title: null, company: null, phones: [], person: true, headers: [], roleHint: null, ...p };
}

export function commitment(p: Partial<CommitmentMention> & { text: string }): CommitmentMention {
  return { kind: 'promise', owner: 'sender', due: null, dueText: null, confidence: 0.9, ...p };
}

export function extraction(p: Partial<Extraction> & { messageId: string }): Extraction {
  return {
    threadId: null,
    subject: '',
    sentAt: '2026-11-10T09:00:00Z',
    language: 'en',
    from: null,
    to: [],
    cc: [],
    reply: '',
    signature: null,
    contacts: [],
    commitments: [],
    signals: [],
    lowConfidence: false,
    source: 'test',
    ...p,
  };
}

// People.
export const ANNA = addr(MAILBOX, 'Anna Berg');
export const JONAS = addr('jonas.weber@northwind-systems.com', 'Jonas Weber'); // our colleague
export const WANG = addr('wangfang@huaxin-med.com.cn', '王芳');
export const ZHANG = addr('zhangwei@it.huaxin-med.com.cn', '张伟');
export const TOM = addr('tom.hughes@sales.brightwater.co.uk', 'Tom Hughes');
export const PRIYA = addr('priya.nair@brightwater.co.uk', 'Priya Nair');
export const DAVID = addr('david.chen88@gmail.com', 'David Chen');

/** Huaxin asks us for a formal quote (ours) and promises a test environment (theirs). */
export const zhQuoteRequest = extraction({
  messageId: '<hx-001@huaxin-med.com.cn>',
  threadId: 'thread-hx-quote',
  subject: '关于影像归档系统的报价',
  sentAt: '2026-11-10T10:15:00+08:00',
  language: 'zh-Hans',
  from: WANG,
  to: [ANNA],
  cc: [ZHANG],
  reply: 'Anna 您好，请在11月20日前提供正式报价。我们会在下周安排测试环境。',
  signature: '王芳\n采购经理\n上海华信医疗科技有限公司\n电话：+86 21 6288 1234',
  contacts: [
    mention({
      email: WANG.email, name: '王芳', title: '采购经理', company: '上海华信医疗科技有限公司',
      phones: ['+86 21 6288 1234'], headers: ['from'], roleHint: { role: 'purchaser', evidence: '采购经理' },
    }),
    mention({ email: ZHANG.email, name: '张伟', headers: ['cc'] }),
    mention({ email: ANNA.email, name: 'Anna Berg', headers: ['to'] }),
  ],
  commitments: [
    commitment({ kind: 'request', owner: 'recipient', text: '请在11月20日前提供正式报价', due: '2026-11-20', dueText: '11月20日前' }),
    commitment({ kind: 'promise', owner: 'sender', text: '我们会在下周安排测试环境', due: '2026-11-20', dueText: '下周' }),
  ],
  signals: [
    { kind: 'quote', evidence: '提供正式报价', confidence: 0.9 },
    { kind: 'pilot', evidence: '安排测试环境', confidence: 0.7 },
  ],
});

/** Our reply delivering the quote. */
export const zhQuoteDelivered = extraction({
  messageId: '<nw-002@northwind-systems.com>',
  threadId: 'thread-hx-quote',
  subject: '回复：关于影像归档系统的报价',
  sentAt: '2026-11-18T16:40:00+08:00',
  language: 'zh-Hans',
  from: ANNA,
  to: [WANG],
  cc: [ZHANG, JONAS],
  reply: '王经理您好，正式报价已发送，请查收附件。如有问题随时联系。',
  contacts: [
    mention({ email: ANNA.email, name: 'Anna Berg', title: 'Key Account Manager', company: 'Northwind Systems', headers: ['from'] }),
    mention({ email: WANG.email, name: '王芳', headers: ['to'] }),
    mention({ email: ZHANG.email, name: '张伟', headers: ['cc'] }),
    mention({ email: JONAS.email, name: 'Jonas Weber', headers: ['cc'] }),
  ],
});

/** Brightwater (UK) asks for the pilot proposal; Tom promises survey results. */
export const enPilotRequest = extraction({
  messageId: '<CAB123.456@sales.brightwater.co.uk>',
  threadId: 'thread-bw-pilot',
  subject: 'Smart metering pilot - next steps',
  sentAt: '2026-11-02T14:05:00Z',
  from: TOM,
  to: [ANNA],
  cc: [PRIYA],
  reply:
    'Hi Anna,\nThanks for the workshop yesterday. Could you send us the updated pilot proposal by Friday? ' +
    'I will share the site survey results next week.\nBest, Tom',
  signature: 'Tom Hughes\nHead of Procurement\nBrightwater Utilities plc\n+44 20 7946 0321',
  contacts: [
    mention({
      email: TOM.email, name: 'Tom Hughes', title: 'Head of Procurement', company: 'Brightwater Utilities plc',
      phones: ['+44 20 7946 0321'], headers: ['from'], roleHint: { role: 'purchaser', evidence: 'Head of Procurement' },
    }),
    mention({ email: PRIYA.email, name: 'Priya Nair', headers: ['cc'] }),
    mention({ email: ANNA.email, name: 'Anna Berg', headers: ['to'] }),
  ],
  commitments: [
    commitment({ kind: 'request', owner: 'recipient', text: 'Could you send us the updated pilot proposal by Friday?', due: '2026-11-06', dueText: 'by Friday' }),
    commitment({ kind: 'promise', owner: 'sender', text: 'I will share the site survey results next week', due: '2026-11-13', dueText: 'next week' }),
  ],
  signals: [{ kind: 'pilot', evidence: 'updated pilot proposal', confidence: 0.8 }],
});

/** Our promise to Brightwater, by Anna. */
export const enOurPromise = extraction({
  messageId: '<nw-010@northwind-systems.com>',
  threadId: 'thread-bw-pilot',
  subject: 'RE: Smart metering pilot - next steps',
  sentAt: '2026-11-03T08:30:00Z',
  from: ANNA,
  to: [TOM],
  cc: [PRIYA],
  reply: 'Hi Tom, thanks. I will send the revised pricing sheet by Wednesday, and Jonas will confirm the installation dates.',
  contacts: [
    mention({ email: ANNA.email, name: 'Anna Berg', headers: ['from'] }),
    mention({ email: TOM.email, name: 'Tom Hughes', headers: ['to'] }),
    mention({ email: PRIYA.email, name: 'Priya Nair', headers: ['cc'] }),
  ],
  commitments: [
    commitment({ text: 'I will send the revised pricing sheet by Wednesday', due: '2026-11-04', dueText: 'by Wednesday' }),
    commitment({ owner: 'third-party', ownerName: 'Jonas', text: 'Jonas will confirm the installation dates', confidence: 0.7 }),
  ],
});

/** A customer contact writing from a personal address. */
export const freeMailNote = extraction({
  messageId: '<CAF=free-77@mail.gmail.com>',
  threadId: 'thread-free',
  subject: 'From my personal account',
  sentAt: '2026-11-12T20:00:00Z',
  from: DAVID,
  to: [ANNA],
  reply: 'Anna, writing from home. I can send the signed NDA tomorrow.',
  contacts: [mention({ email: DAVID.email, name: 'David Chen', headers: ['from'] })],
  commitments: [commitment({ text: 'I can send the signed NDA tomorrow', due: '2026-11-13', dueText: 'tomorrow' })],
});

/** Internal mail between colleagues. */
export const internalNote = extraction({
  messageId: '<nw-int-1@northwind-systems.com>',
  threadId: 'thread-int',
  subject: 'Huaxin quote review',
  sentAt: '2026-11-15T09:00:00Z',
  from: JONAS,
  to: [ANNA],
  reply: 'Anna, can you review the Huaxin quote before Tuesday?',
  contacts: [mention({ email: JONAS.email, name: 'Jonas Weber', title: 'Solutions Engineer', headers: ['from'] })],
  commitments: [commitment({ kind: 'request', owner: 'recipient', text: 'can you review the Huaxin quote before Tuesday?', due: '2026-11-17' })],
});
