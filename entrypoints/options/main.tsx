import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsView } from '@/components/OptionsView';
import { pickLocale } from '@/components/i18n';
import { WEBMAIL_MATCHES } from '@/lib/adapters/origins';
import type { MailboxRecord } from '@/lib/model/records';
import { ask } from '@/lib/protocol/browser-client';
import '@/components/accord.css';

const locale = pickLocale(navigator.languages ?? [navigator.language]);
document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';

function Options() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [mailboxes, setMailboxes] = useState<MailboxRecord[]>([]);
  const [usage, setUsage] = useState<{ usage: number; quota: number; persisted: boolean } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    const all = await browser.permissions.getAll();
    const builtIn = new Set<string>(WEBMAIL_MATCHES);
    setOrigins((all.origins ?? []).filter((o) => !builtIn.has(o)));
    setMailboxes(await ask<MailboxRecord[]>({ type: 'list-mailboxes' }).catch(() => []));
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
      mailboxes={mailboxes}
      usage={usage}
      message={message}
      builtIn={[...WEBMAIL_MATCHES]}
      onAddOrigin={async (pattern) => {
        // Asked in the click's user gesture; the background registers the content script when granted.
        const granted = await browser.permissions.request({ origins: [pattern] });
        setMessage(granted ? null : 'denied');
        await load();
      }}
      onRemoveOrigin={async (pattern) => {
        await browser.permissions.remove({ origins: [pattern] });
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
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
