import { useState } from 'react';
import type { MailboxRecord } from '../lib/model/records';
import type { Locale } from './i18n';

const TEXT = {
  en: {
    title: 'Accord settings',
    webmail: 'Webmail',
    webmailBody: 'Accord reads Gmail and Outlook on the web out of the box. Add your company’s self-hosted webmail (Roundcube or another) by its address; the browser asks you to allow it.',
    builtIn: 'Built in',
    added: 'Added by you',
    none: 'None yet.',
    address: 'Webmail address',
    add: 'Add webmail',
    remove: 'Remove',
    invalid: 'Enter an address such as https://mail.example.com',
    denied: 'The browser did not grant access to that address.',
    data: 'Your data',
    dataBody: 'Everything Accord learns stays in this browser, per mailbox. Nothing is sent anywhere.',
    usage: 'Storage used',
    persisted: 'Protected from automatic clean-up',
    notPersisted: 'May be cleared by the browser when disk is low',
    persist: 'Protect my data',
    mailboxes: 'Mailboxes',
    deleteMailbox: 'Delete this mailbox’s data',
    deleteAll: 'Delete everything',
    confirm: 'Delete? This cannot be undone.',
  },
  zh: {
    title: 'Accord 设置',
    webmail: '网页邮箱',
    webmailBody: 'Accord 默认支持 Gmail 和 Outlook 网页版。您可以按地址添加公司自建的网页邮箱（Roundcube 等），浏览器会请求您的授权。',
    builtIn: '内置',
    added: '您添加的',
    none: '暂无。',
    address: '网页邮箱地址',
    add: '添加网页邮箱',
    remove: '移除',
    invalid: '请输入地址，例如 https://mail.example.com',
    denied: '浏览器未授权访问该地址。',
    data: '您的数据',
    dataBody: 'Accord 的所有数据按邮箱保存在本浏览器中，不会发送到任何地方。',
    usage: '已用存储',
    persisted: '已防止浏览器自动清理',
    notPersisted: '磁盘空间不足时可能被浏览器清理',
    persist: '保护我的数据',
    mailboxes: '邮箱',
    deleteMailbox: '删除此邮箱的数据',
    deleteAll: '删除全部数据',
    confirm: '确定删除？此操作无法撤销。',
  },
} as const;

export function patternFromInput(input: string): string | null {
  const raw = input.trim();
  if (!raw) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname || url.hostname.includes('*')) return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export interface OptionsViewProps {
  locale: Locale;
  builtIn: string[];
  origins: string[];
  mailboxes: MailboxRecord[];
  usage: { usage: number; quota: number; persisted: boolean } | null;
  message: string | null;
  onAddOrigin: (pattern: string) => void;
  onRemoveOrigin: (pattern: string) => void;
  onPersist: () => void;
  onDeleteMailbox: (mailbox: string) => void;
  onDeleteAll: () => void;
}

export function OptionsView(p: OptionsViewProps) {
  const tx = TEXT[p.locale];
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <main className="app options">
      <h1>{tx.title}</h1>
      <section className="card" aria-labelledby="webmail-h">
        <h2 id="webmail-h">{tx.webmail}</h2>
        <p>{tx.webmailBody}</p>
        <h3>{tx.builtIn}</h3>
        <ul>
          {p.builtIn.map((o) => (
            <li key={o}>{o.replace('/*', '')}</li>
          ))}
        </ul>
        <h3>{tx.added}</h3>
        {p.origins.length ? (
          <ul className="origins">
            {p.origins.map((o) => (
              <li key={o}>
                {o.replace('/*', '')}{' '}
                <button type="button" className="secondary" onClick={() => p.onRemoveOrigin(o)}>
                  {tx.remove}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{tx.none}</p>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const pattern = patternFromInput(input);
            if (!pattern) return setError(tx.invalid);
            setError(null);
            setInput('');
            p.onAddOrigin(pattern);
          }}
        >
          <label htmlFor="origin-input">{tx.address}</label>{' '}
          <input id="origin-input" value={input} onChange={(e) => setInput(e.target.value)} placeholder="https://mail.example.com" />{' '}
          <button type="submit">{tx.add}</button>
          {error || p.message === 'denied' ? (
            <p className="warning" role="alert">
              {error ?? tx.denied}
            </p>
          ) : null}
        </form>
      </section>
      <section className="card" aria-labelledby="data-h">
        <h2 id="data-h">{tx.data}</h2>
        <p>{tx.dataBody}</p>
        {p.usage ? (
          <p>
            {tx.usage}: {bytes(p.usage.usage)} · {p.usage.persisted ? tx.persisted : tx.notPersisted}{' '}
            {!p.usage.persisted ? (
              <button type="button" className="secondary" onClick={p.onPersist}>
                {tx.persist}
              </button>
            ) : null}
          </p>
        ) : null}
        <h3>{tx.mailboxes}</h3>
        {p.mailboxes.length ? (
          <ul>
            {p.mailboxes.map((m) => (
              <li key={m.id}>
                {m.address}{' '}
                <button type="button" className="secondary" onClick={() => window.confirm(tx.confirm) && p.onDeleteMailbox(m.id)}>
                  {tx.deleteMailbox}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{tx.none}</p>
        )}
        <button type="button" className="secondary" onClick={() => window.confirm(tx.confirm) && p.onDeleteAll()}>
          {tx.deleteAll}
        </button>
      </section>
    </main>
  );
}
