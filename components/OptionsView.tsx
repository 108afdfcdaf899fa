import { useState } from 'react';
import { patternForOrigin } from '../lib/adapters/origins';
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
    notAllowed: 'not allowed in this browser: Accord does not read it',
    allow: 'Allow',
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
    autoCapture: 'Capture contacts automatically (otherwise they stay suggested until you capture them)',
    neverFree: 'Never capture personal addresses (Gmail, QQ, 163…)',
    neverInternal: 'Never capture our own team',
    teamDomains: 'Our other company domains (comma-separated)',
    kinds: { organisations: 'accounts', contacts: 'people', commitments: 'commitments', messages: 'messages', signals: 'signals' },
    importTitle: 'Import saved mail',
    importBody: 'Bring in the history you already have: .mbox files (Gmail Takeout, Thunderbird) and .eml files. They are read here, in this browser, by the same extractor. Importing the same file twice adds nothing new.',
    importFiles: 'Files',
    importMailbox: 'Your address in these emails',
    importStart: 'Import',
    importCancel: 'Cancel',
    importProgress: '{read} messages read, {added} new',
    importDone: 'Done: {read} messages read, {added} added, {duplicates} already known, {errors} unreadable.',
    importCancelled: 'Cancelled after {read} messages; {added} were added and stay.',
    importFailed: 'The import stopped: {reason}',
    exportTitle: 'Export',
    exportBody: 'Take your data out: a full backup that restores exactly, contacts for your CRM or address book, and open commitments for your calendar.',
    exportBackup: 'Backup (JSON)',
    exportCsv: 'Contacts (CSV: HubSpot, Salesforce, Google)',
    exportVcard: 'Contacts (vCard)',
    exportIcs: 'Commitments (iCalendar)',
    restore: 'Restore a backup',
    restored: 'Restored {records} records.',
    restoreFailed: 'Nothing was changed: {reason}',
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
    notAllowed: '浏览器未授权：Accord 不会读取',
    allow: '授权',
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
    autoCapture: '自动保存联系人（否则在您保存前仅作为建议）',
    neverFree: '不保存个人邮箱（Gmail、QQ、163 等）',
    neverInternal: '不保存我方团队成员',
    teamDomains: '我方的其他公司域名（用逗号分隔）',
    kinds: { organisations: '个客户', contacts: '位联系人', commitments: '项承诺', messages: '封邮件', signals: '条信号' },
    importTitle: '导入已保存的邮件',
    importBody: '导入您已有的往来历史：.mbox 文件（Gmail Takeout、Thunderbird）和 .eml 文件。文件在本浏览器中由同一个提取器读取。重复导入同一文件不会产生重复数据。',
    importFiles: '文件',
    importMailbox: '您在这些邮件中的地址',
    importStart: '导入',
    importCancel: '取消',
    importProgress: '已读取 {read} 封，新增 {added} 封',
    importDone: '完成：读取 {read} 封，新增 {added} 封，已存在 {duplicates} 封，无法读取 {errors} 封。',
    importCancelled: '已在读取 {read} 封后取消；已新增的 {added} 封会保留。',
    importFailed: '导入已停止：{reason}',
    exportTitle: '导出',
    exportBody: '随时带走您的数据：可完整恢复的备份、可导入 CRM 或通讯录的联系人，以及可导入日历的未完成承诺事项。',
    exportBackup: '备份（JSON）',
    exportCsv: '联系人（CSV：HubSpot、Salesforce、Google）',
    exportVcard: '联系人（vCard）',
    exportIcs: '承诺事项（iCalendar）',
    restore: '从备份恢复',
    restored: '已恢复 {records} 条记录。',
    restoreFailed: '未做任何更改：{reason}',
  },
} as const;

export interface CaptureSettings {
  autoCapture: boolean;
  neverCaptureFreeMail: boolean;
  neverCaptureInternal: boolean;
  teamDomains: string[];
}

export function patternFromInput(input: string): string | null {
  const raw = input.trim();
  if (!raw) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    // Chromium's URL parser percent-encodes what the standard refuses ("not a url" as a host)
    if (!/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/i.test(url.hostname)) return null;
    return patternForOrigin(url.origin);
  } catch {
    return null;
  }
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export interface ImportState {
  running: boolean;
  read: number;
  added: number;
  duplicates: number;
  errors: number;
  /** 0..1 of the bytes read. */
  fraction: number;
  outcome: null | 'done' | 'cancelled' | { failed: string };
}

const fill = (s: string, p: object) => s.replace(/\{(\w+)\}/g, (_, k: string) => String((p as Record<string, unknown>)[k] ?? ''));

export interface OptionsViewProps {
  locale: Locale;
  builtIn: string[];
  origins: string[];
  /** Added origins whose host permission is not (or no longer) granted. */
  notGranted?: string[];
  mailboxes: MailboxRecord[];
  /** What is stored per mailbox: record counts by kind. */
  stored: Record<string, Record<string, number>>;
  /** Capture settings per mailbox. */
  settings: Record<string, CaptureSettings>;
  onSettings: (mailbox: string, patch: Partial<CaptureSettings>) => void;
  usage: { usage: number; quota: number; persisted: boolean } | null;
  message: string | null;
  onAddOrigin: (pattern: string) => void;
  onRemoveOrigin: (pattern: string) => void;
  onPersist: () => void;
  onDeleteMailbox: (mailbox: string) => void;
  onDeleteAll: () => void;
  importState: ImportState | null;
  onImport: (files: File[], mailbox: string) => void;
  onCancelImport: () => void;
  onExport: (format: 'backup' | 'contacts-csv' | 'contacts-vcard' | 'commitments-ics', mailbox: string | null) => void;
  onRestore: (file: File) => void;
  restoreResult: null | { records: number } | { failed: string };
}

export function OptionsView(p: OptionsViewProps) {
  const tx = TEXT[p.locale];
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [importBox, setImportBox] = useState(p.mailboxes[0]?.id ?? '');
  const [exportBox, setExportBox] = useState<string>('');
  const imp = p.importState;
  const chosenExport = exportBox || p.mailboxes[0]?.id || null;
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
                {p.notGranted?.includes(o) ? (
                  <>
                    <span className="warning">({tx.notAllowed})</span>{' '}
                    <button type="button" onClick={() => p.onAddOrigin(o)}>
                      {tx.allow}
                    </button>{' '}
                  </>
                ) : null}
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
                <strong>{m.address}</strong>{' '}
                {p.stored[m.id] ? (
                  <span className="meta" data-stored={m.id}>
                    {(['organisations', 'contacts', 'commitments', 'messages', 'signals'] as const)
                      .map((k) => `${p.stored[m.id]![k] ?? 0} ${tx.kinds[k]}`)
                      .join(' · ')}
                  </span>
                ) : null}{' '}
                <button type="button" className="secondary" onClick={() => window.confirm(tx.confirm) && p.onDeleteMailbox(m.id)}>
                  {tx.deleteMailbox}
                </button>
                {p.settings[m.id] ? (
                  <fieldset className="settings" data-settings={m.id}>
                    <legend className="sr-only">{m.address}</legend>
                    {(
                      [
                        ['autoCapture', tx.autoCapture],
                        ['neverCaptureFreeMail', tx.neverFree],
                        ['neverCaptureInternal', tx.neverInternal],
                      ] as const
                    ).map(([key, text]) => (
                      <label key={key} className="check">
                        <input type="checkbox" checked={p.settings[m.id]![key]} onChange={(e) => p.onSettings(m.id, { [key]: e.target.checked })} /> {text}
                      </label>
                    ))}
                    <label className="check">
                      {tx.teamDomains}{' '}
                      <input
                        defaultValue={p.settings[m.id]!.teamDomains.join(', ')}
                        onBlur={(e) => p.onSettings(m.id, { teamDomains: e.target.value.split(/[,\s]+/).map((d) => d.trim().toLowerCase()).filter(Boolean) })}
                      />
                    </label>
                  </fieldset>
                ) : null}
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
      <section className="card" aria-labelledby="import-h">
        <h2 id="import-h">{tx.importTitle}</h2>
        <p>{tx.importBody}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const box = importBox.trim().toLowerCase();
            if (files.length && /.+@.+/.test(box)) p.onImport(files, box);
          }}
        >
          <p>
            <label htmlFor="import-files">{tx.importFiles}</label>{' '}
            <input id="import-files" type="file" multiple accept=".mbox,.mbx,.eml,application/mbox,message/rfc822" onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
          </p>
          <p>
            <label htmlFor="import-mailbox">{tx.importMailbox}</label>{' '}
            <input id="import-mailbox" type="email" list="known-mailboxes" value={importBox} onChange={(e) => setImportBox(e.target.value)} placeholder="you@company.com" required />
            <datalist id="known-mailboxes">
              {p.mailboxes.map((m) => (
                <option key={m.id} value={m.id} />
              ))}
            </datalist>
          </p>
          <div className="row-actions">
            <button type="submit" disabled={imp?.running || !files.length}>
              {tx.importStart}
            </button>
            {imp?.running ? (
              <button type="button" className="secondary" onClick={p.onCancelImport}>
                {tx.importCancel}
              </button>
            ) : null}
          </div>
        </form>
        {imp ? (
          <div className="import-status" aria-live="polite">
            <progress max={1} value={imp.fraction} aria-label={tx.importTitle} />
            <p data-import-state={imp.running ? 'running' : typeof imp.outcome === 'string' ? imp.outcome : 'failed'}>
              {imp.running
                ? fill(tx.importProgress, imp)
                : imp.outcome === 'done'
                  ? fill(tx.importDone, imp)
                  : imp.outcome === 'cancelled'
                    ? fill(tx.importCancelled, imp)
                    : imp.outcome
                      ? fill(tx.importFailed, { reason: imp.outcome.failed })
                      : null}
            </p>
          </div>
        ) : null}
      </section>
      <section className="card" aria-labelledby="export-h">
        <h2 id="export-h">{tx.exportTitle}</h2>
        <p>{tx.exportBody}</p>
        {p.mailboxes.length > 1 ? (
          <p>
            <label htmlFor="export-mailbox">{tx.mailboxes}</label>{' '}
            <select id="export-mailbox" value={chosenExport ?? ''} onChange={(e) => setExportBox(e.target.value)}>
              {p.mailboxes.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.address}
                </option>
              ))}
            </select>
          </p>
        ) : null}
        <div className="row-actions">
          <button type="button" onClick={() => p.onExport('backup', null)}>
            {tx.exportBackup}
          </button>
          <button type="button" className="secondary" disabled={!chosenExport} onClick={() => p.onExport('contacts-csv', chosenExport)}>
            {tx.exportCsv}
          </button>
          <button type="button" className="secondary" disabled={!chosenExport} onClick={() => p.onExport('contacts-vcard', chosenExport)}>
            {tx.exportVcard}
          </button>
          <button type="button" className="secondary" disabled={!chosenExport} onClick={() => p.onExport('commitments-ics', chosenExport)}>
            {tx.exportIcs}
          </button>
        </div>
        <p>
          <label htmlFor="restore-file">{tx.restore}</label>{' '}
          <input id="restore-file" type="file" accept=".json,application/json" onChange={(e) => e.target.files?.[0] && p.onRestore(e.target.files[0])} />
        </p>
        {p.restoreResult ? (
          <p role="status" data-restore={'failed' in p.restoreResult ? 'failed' : 'ok'} className={'failed' in p.restoreResult ? 'warning' : ''}>
            {'failed' in p.restoreResult ? fill(tx.restoreFailed, { reason: p.restoreResult.failed }) : fill(tx.restored, p.restoreResult)}
          </p>
        ) : null}
      </section>
    </main>
  );
}
