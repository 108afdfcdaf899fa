// The real pipeline on the demo mailbox: page (jsdom) → demo adapter → extract() → ingest
// (fake-indexeddb) → getAccountView. Used by demo-insight.test.ts.
import { demoAdapter } from '../../../lib/adapters/demo/adapter';
import { extract } from '../../../lib/extract';
import { EmailSnapshotSchema } from '../../../lib/model/email';
import type { AccountView } from '../../../lib/model/records';
import { ingestExtraction } from '../../../lib/storage/ingest';
import { getAccountView } from '../../../lib/storage/repo';
import { freshDb } from '../storage/fixtures';
import { demoData, navigate, renderDemo } from '../adapters/demo-page';

export const DEMO_TODAY = '2026-11-23'; // a Monday: the anchor A+0

/** Account views per organisation domain, after ingesting every thread of the mailbox (or only `threads`). */
export async function demoViews(mailbox: '1' | '2' = '1', today = DEMO_TODAY, threads?: readonly string[]): Promise<Map<string, AccountView>> {
  const data = demoData(mailbox);
  const me = data.people[data.mailbox.person]!.email.toLowerCase();
  const { db } = await freshDb();
  const dom = await renderDemo({ mailbox, today });
  for (const t of data.threads) {
    if (threads && !threads.includes(t.id)) continue;
    await navigate(dom, `#/thread/${t.id}`);
    const snaps = demoAdapter.read(dom.window.document).map((s) => EmailSnapshotSchema.parse(s));
    for (const s of snaps) {
      await ingestExtraction(db, me, extract(s), { now: new Date(`${today}T12:00:00Z`) });
    }
  }
  const out = new Map<string, AccountView>();
  for (const org of Object.values(data.orgs)) {
    if (org.own) continue;
    const v = await getAccountView(db, me, org.domain);
    if (v) out.set(org.domain, v);
  }
  dom.window.close();
  return out;
}
