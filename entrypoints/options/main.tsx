import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsView, type CaptureSettings, type ImportState } from '@/components/OptionsView';
import type { Extraction } from '@/lib/model/extraction';
import { pickLocale } from '@/components/i18n';
import { WEBMAIL_MATCHES } from '@/lib/adapters/origins';
import { addWebmailOrigin, removeWebmailOrigin, webmailOrigins } from '@/lib/background/webmail-origins';
import { browserWebmailOriginDeps } from '@/lib/browser/webmail-origins';
import type { MailboxRecord } from '@/lib/model/records';
import { ask } from '@/lib/protocol/browser-client';
import '@/components/accord.css';

const locale = pickLocale(navigator.languages ?? [navigator.language]);
document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';

function Options() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [notGranted, setNotGranted] = useState<string[]>([]);
  const [mailboxes, setMailboxes] = useState<MailboxRecord[]>([]);
  const [stored, setStored] = useState<Record<string, Record<string, number>>>({});
  const [settings, setSettings] = useState<Record<string, CaptureSettings>>({});
  const [usage, setUsage] = useState<{ usage: number; quota: number; persisted: boolean } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [importState, setImportState] = useState<ImportState | null>(null);
  const [restoreResult, setRestoreResult] = useState<null | { records: number } | { failed: string }>(null);
  const [worker, setWorker] = useState<Worker | null>(null);

  const startImport = (files: File[], mailbox: string) => {
    // Extraction runs in a worker so that no page freezes, however large the file.
    const w = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    setWorker(w);
    let added = 0;
    let duplicates = 0;
    const finish = (outcome: ImportState['outcome'], extra: Partial<ImportState> = {}) => {
      w.terminate();
      setWorker(null);
      setImportState((s) => ({ ...(s ?? { read: 0, errors: 0, fraction: 0, added, duplicates }), ...extra, added, duplicates, running: false, outcome }));
      void load();
    };
    setImportState({ running: true, read: 0, added: 0, duplicates: 0, errors: 0, fraction: 0, outcome: null });
    w.onmessage = async (e: MessageEvent) => {
      const m = e.data as
        | { type: 'batch'; extractions: Extraction[]; read: number; errors: number; bytesDone: number; total: number }
        | { type: 'end'; read: number; errors: number }
        | { type: 'failed'; reason: string };
      if (m.type === 'batch') {
        try {
          if (m.extractions.length) {
            const r = await ask<{ added: number; duplicates: number }>({ type: 'ingest-batch', mailbox, extractions: m.extractions });
            added += r.added;
            duplicates += r.duplicates;
          }
        } catch (err) {
          return finish({ failed: (err as Error).message });
        }
        setImportState({ running: true, read: m.read, errors: m.errors, added, duplicates, fraction: m.total ? m.bytesDone / m.total : 1, outcome: null });
        w.postMessage({ type: 'ack' });
      } else if (m.type === 'end') finish('done', { read: m.read, errors: m.errors, fraction: 1 });
      else finish({ failed: m.reason });
    };
    w.onerror = () => finish({ failed: 'the reader stopped' });
    w.postMessage({ type: 'start', files });
  };

  const download = (name: string, type: string, text: string) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const load = useCallback(async () => {
    // The user's own webmail origins (the built-in ones are listed apart), and which lack permission.
    const deps = browserWebmailOriginDeps();
    const list = await webmailOrigins(deps);
    setOrigins(list);
    const granted = await Promise.all(list.map((o) => deps.isGranted(o).catch(() => false)));
    setNotGranted(list.filter((_, i) => !granted[i]));
    const boxes = await ask<MailboxRecord[]>({ type: 'list-mailboxes' }).catch(() => []);
    setMailboxes(boxes);
    const counts = await Promise.all(boxes.map((b) => ask<Record<string, number>>({ type: 'storage-summary', mailbox: b.id }).catch(() => ({}))));
    setStored(Object.fromEntries(boxes.map((b, i) => [b.id, counts[i]!])));
    const perBox = await Promise.all(boxes.map((b) => ask<CaptureSettings>({ type: 'get-settings', mailbox: b.id }).catch(() => null)));
    setSettings(Object.fromEntries(boxes.flatMap((b, i) => (perBox[i] ? [[b.id, perBox[i]!]] : []))));
    const est = await navigator.storage.estimate();
    setUsage({ usage: est.usage ?? 0, quota: est.quota ?? 0, persisted: await navigator.storage.persisted() });
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <OptionsView
      locale={locale}
      origins={origins}
      notGranted={notGranted}
      mailboxes={mailboxes}
      stored={stored}
      settings={settings}
      onSettings={async (mailbox, patch) => {
        await ask({ type: 'update-settings', mailbox, patch });
        await load();
      }}
      usage={usage}
      message={message}
      builtIn={[...WEBMAIL_MATCHES]}
      onAddOrigin={async (pattern) => {
        // Asked in the click's user gesture. Once granted and listed, the background registers
        // the content script there (it watches the list and the permissions).
        const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
        setMessage(granted ? null : 'denied');
        if (granted) await addWebmailOrigin(browserWebmailOriginDeps(), pattern);
        await load();
      }}
      onRemoveOrigin={async (pattern) => {
        await removeWebmailOrigin(browserWebmailOriginDeps(), pattern);
        // A permission the manifest declares cannot be removed; the list alone decides then.
        await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
        await load();
      }}
      onPersist={async () => {
        await navigator.storage.persist();
        await load();
      }}
      onDeleteMailbox={async (mailbox) => {
        await ask({ type: 'delete-mailbox', mailbox });
        await load();
      }}
      onDeleteAll={async () => {
        await ask({ type: 'delete-all' });
        await load();
      }}
      importState={importState}
      onImport={startImport}
      onCancelImport={() => {
        worker?.postMessage({ type: 'cancel' });
        worker?.terminate();
        setWorker(null);
        setImportState((s) => (s ? { ...s, running: false, outcome: 'cancelled' } : s));
      }}
      onExport={async (format, mailbox) => {
        const text = await ask<string>({ type: 'export', mailbox, format });
        const day = new Date().toISOString().slice(0, 10);
        const files = {
          backup: [`accord-backup-${day}.json`, 'application/json'],
          'contacts-csv': [`accord-contacts-${day}.csv`, 'text/csv'],
          'contacts-vcard': [`accord-contacts-${day}.vcf`, 'text/vcard'],
          'commitments-ics': [`accord-commitments-${day}.ics`, 'text/calendar'],
        } as const;
        download(files[format][0], files[format][1], text);
      }}
      restoreResult={restoreResult}
      onRestore={async (file) => {
        try {
          const r = await ask<{ records: number }>({ type: 'restore-backup', json: await file.text() });
          setRestoreResult({ records: r.records });
        } catch (err) {
          setRestoreResult({ failed: (err as Error).message });
        }
        await load();
      }}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
