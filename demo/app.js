/* Accord demo mailbox: a small static webmail. No framework, no network beyond its own files.
 *
 * URL:   /?mailbox=1|2&today=YYYY-MM-DD#/thread/<id>   (also #/ and #/label/<org>)
 * Dates: the data stores each message's `day` as an offset in days from the demo anchor, the
 *        Monday of the current week (of `today`, the viewer's local date unless ?today= is given).
 *        Anchoring on a fixed weekday keeps "by Friday" / "本周五前" true whatever day the demo
 *        is opened, and makes anything due before the anchor overdue, anything due a week or
 *        more after it upcoming. Tokens {{date:N:fmt}} in bodies use the same offsets.
 * Hooks: <meta name="accord-demo-mailbox">, [data-accord-demo=account|thread-list|reader|message|
 *        body|sender-slot], article[data-message-id][data-thread-id], .demo-from [data-email],
 *        time[datetime] (ISO 8601 with the sender's offset), main[data-open-thread].
 */
(function () {
  'use strict';

  var DAY_MS = 86400000;
  var WD_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  var WD_EN3 = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  var MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  var MON_EN3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var WD_ZH = ['日', '一', '二', '三', '四', '五', '六'];
  var DATE_FORMATS = ['en', 'us', 'zh', 'zh-wd', 'zht-wd', 'zh-ym'];
  var CLIENTS = ['outlook-en', 'outlook365-en', 'gmail-en', 'gmail-us', 'apple-en', 'gmail-zh', 'gmail-zht', 'outlook-zh', 'outlook-zht', 'foxmail-zh'];

  // ---- calendar arithmetic on day numbers (days since 1970-01-01), no time zones involved ----
  function dayNumber(y, m, d) { return Math.round(Date.UTC(y, m - 1, d) / DAY_MS); }
  function civil(n) {
    var dt = new Date(n * DAY_MS);
    return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), wd: dt.getUTCDay() };
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function ymd(n) { var c = civil(n); return c.y + '-' + pad(c.m) + '-' + pad(c.d); }
  /** Monday on or before day n. */
  function mondayOf(n) { var wd = civil(n).wd; return n - ((wd + 6) % 7); }
  function parseTz(tz) {
    var m = /^([+-])(\d\d):(\d\d)$/.exec(tz);
    if (!m) throw new Error('bad tz ' + tz);
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  }

  /** Format calendar day n in one of DATE_FORMATS. */
  function formatDay(n, fmt) {
    var c = civil(n);
    switch (fmt) {
      case 'en': return WD_EN[c.wd] + ' ' + c.d + ' ' + MON_EN[c.m - 1];
      case 'us': return WD_EN[c.wd] + ', ' + MON_EN[c.m - 1] + ' ' + c.d;
      case 'zh': return c.m + '月' + c.d + '日';
      case 'zh-wd': return c.m + '月' + c.d + '日（周' + WD_ZH[c.wd] + '）';
      case 'zht-wd': return c.m + '月' + c.d + '日（週' + WD_ZH[c.wd] + '）';
      case 'zh-ym': return c.y + '年' + c.m + '月';
      default: throw new Error('unknown date format ' + fmt);
    }
  }

  /** Replace {{date:N:fmt}} tokens (N = offset from the anchor). */
  function expand(text, anchor) {
    return text.replace(/\{\{date:(-?\d+):([a-z-]+)\}\}/g, function (_, n, fmt) {
      return formatDay(anchor + Number(n), fmt);
    });
  }

  /** Wall-clock fields of an instant (ms) seen at a UTC offset (minutes). */
  function wall(ms, offsetMin) {
    var dt = new Date(ms + offsetMin * 60000);
    return {
      y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), wd: dt.getUTCDay(),
      h: dt.getUTCHours(), mi: dt.getUTCMinutes(),
    };
  }
  function h12(h) { return h % 12 === 0 ? 12 : h % 12; }

  // ---- mailbox model ----
  function person(data, key) {
    var p = data.people[key];
    if (!p) throw new Error('unknown person ' + key);
    return p;
  }
  function addr(p) { return { name: p.name, email: p.email.toLowerCase() }; }
  function signatureFor(p, lang) {
    var sig = p.signature || {};
    return sig[lang] || sig.en || sig[Object.keys(sig)[0]] || [];
  }

  var REPLY_PREFIX = {
    'outlook-en': 'RE: ', 'outlook365-en': 'RE: ', 'gmail-en': 'Re: ', 'gmail-us': 'Re: ', 'apple-en': 'Re: ',
    'gmail-zh': 'Re: ', 'gmail-zht': 'Re: ', 'outlook-zh': '答复: ', 'outlook-zht': '回覆: ', 'foxmail-zh': '回复：',
  };

  function listPlain(list, sep) {
    return list.map(function (a) { return a.name + ' <' + a.email + '>'; }).join(sep);
  }

  /** The attribution / header block a given mail client writes above quoted history. */
  function quoteHeader(client, prev, offsetMin) {
    var w = wall(prev.ms, offsetMin);
    var who = prev.from.name + ' <' + prev.from.email + '>';
    var ampm = w.h < 12 ? 'AM' : 'PM';
    var zhHalf = w.h < 12 ? '上午' : '下午';
    var ccLine = function (label, sep) { return prev.cc.length ? [label + listPlain(prev.cc, sep)] : []; };
    switch (client) {
      case 'gmail-en':
        return ['On ' + WD_EN3[w.wd] + ', ' + w.d + ' ' + MON_EN3[w.m - 1] + ' ' + w.y + ' at ' + pad(w.h) + ':' + pad(w.mi) + ', ' + who + ' wrote:'];
      case 'gmail-us':
        return ['On ' + WD_EN3[w.wd] + ', ' + MON_EN3[w.m - 1] + ' ' + w.d + ', ' + w.y + ' at ' + h12(w.h) + ':' + pad(w.mi) + ' ' + ampm + ' ' + who + ' wrote:'];
      case 'apple-en':
        return ['On ' + w.d + ' ' + MON_EN3[w.m - 1] + ' ' + w.y + ', at ' + pad(w.h) + ':' + pad(w.mi) + ', ' + who + ' wrote:'];
      case 'gmail-zh':
        return [who + ' 于' + w.y + '年' + w.m + '月' + w.d + '日周' + WD_ZH[w.wd] + ' ' + pad(w.h) + ':' + pad(w.mi) + '写道：'];
      case 'gmail-zht':
        return [who + ' 於 ' + w.y + '年' + w.m + '月' + w.d + '日 週' + WD_ZH[w.wd] + ' ' + zhHalf + h12(w.h) + ':' + pad(w.mi) + '寫道：'];
      case 'outlook-en':
        return ['-----Original Message-----', 'From: ' + who,
          'Sent: ' + WD_EN[w.wd] + ', ' + MON_EN[w.m - 1] + ' ' + w.d + ', ' + w.y + ' ' + h12(w.h) + ':' + pad(w.mi) + ' ' + ampm,
          'To: ' + listPlain(prev.to, '; ')].concat(ccLine('Cc: ', '; '), ['Subject: ' + prev.subject]);
      case 'outlook365-en':
        return ['________________________________', 'From: ' + who,
          'Sent: ' + WD_EN[w.wd] + ', ' + w.d + ' ' + MON_EN[w.m - 1] + ' ' + w.y + ' ' + pad(w.h) + ':' + pad(w.mi),
          'To: ' + listPlain(prev.to, '; ')].concat(ccLine('Cc: ', '; '), ['Subject: ' + prev.subject]);
      case 'outlook-zh':
        return ['________________________________', '发件人: ' + who,
          '发送时间: ' + w.y + '年' + w.m + '月' + w.d + '日 ' + w.h + ':' + pad(w.mi),
          '收件人: ' + listPlain(prev.to, '; ')].concat(ccLine('抄送: ', '; '), ['主题: ' + prev.subject]);
      case 'outlook-zht':
        return ['________________________________', '寄件者: ' + who,
          '寄件日期: ' + w.y + '年' + w.m + '月' + w.d + '日 ' + zhHalf + ' ' + pad(h12(w.h)) + ':' + pad(w.mi),
          '收件者: ' + listPlain(prev.to, '; ')].concat(ccLine('副本: ', '; '), ['主旨: ' + prev.subject]);
      case 'foxmail-zh': {
        var fx = function (list) { return list.map(function (a) { return '"' + a.name + '"<' + a.email + '>;'; }).join(' '); };
        return ['------------------ 原始邮件 ------------------', '发件人: ' + fx([prev.from]),
          '发送时间: ' + w.y + '年' + w.m + '月' + w.d + '日(星期' + WD_ZH[w.wd] + ') ' + zhHalf + h12(w.h) + ':' + pad(w.mi),
          '收件人: ' + fx(prev.to)].concat(prev.cc.length ? ['抄送: ' + fx(prev.cc)] : [], ['主题: ' + prev.subject]);
      }
      default:
        throw new Error('unknown mail client ' + client);
    }
  }

  function quoteBlock(client, prev, offsetMin) {
    var head = quoteHeader(client, prev, offsetMin);
    if (/^(gmail|apple)/.test(client)) {
      var quoted = prev.text.split('\n').map(function (l) { return l ? '> ' + l : '>'; });
      return head.concat(quoted).join('\n');
    }
    return head.concat([''], prev.text.split('\n')).join('\n');
  }

  /** Build the view model of one mailbox: every message with its date, subject and full text. */
  function buildMailbox(data, todayDay) {
    var anchor = mondayOf(todayDay);
    var me = addr(person(data, data.mailbox.person));
    var threads = data.threads.map(function (t) {
      var prev = null;
      var messages = t.messages.map(function (m, i) {
        var p = person(data, m.from);
        var client = p.client || 'outlook-en';
        var offsetMin = parseTz(m.tz);
        var day = anchor + m.day;
        var c = civil(day);
        var hm = m.time.split(':');
        var ms = Date.UTC(c.y, c.m - 1, c.d, Number(hm[0]), Number(hm[1])) - offsetMin * 60000;
        var lang = m.lang || t.lang;
        var body = expand(m.body.join('\n'), anchor);
        var sig = signatureFor(p, lang).join('\n');
        var newPart = body + (sig ? '\n\n' + (p.sigDelimiter ? '-- \n' : '') : '');
        var msg = {
          id: m.id, threadId: t.id, index: i, lang: lang,
          subject: i === 0 ? t.subject : (REPLY_PREFIX[client] || 'Re: ') + t.subject,
          from: addr(p), to: m.to.map(function (k) { return addr(person(data, k)); }),
          cc: (m.cc || []).map(function (k) { return addr(person(data, k)); }),
          day: m.day, ms: ms, tz: m.tz,
          iso: ymd(day) + 'T' + m.time + ':00' + m.tz,
          attachments: m.attachments || [],
          parts: { body: newPart, sig: sig, quote: '' },
          outgoing: addr(p).email === me.email,
        };
        if (prev && m.quote !== false) msg.parts.quote = quoteBlock(client, prev, offsetMin);
        msg.text = msg.parts.body + msg.parts.sig + (msg.parts.quote ? '\n\n' + msg.parts.quote : '');
        prev = msg;
        return msg;
      });
      var last = messages[messages.length - 1];
      return {
        id: t.id, subject: t.subject, org: t.org, lang: t.lang, messages: messages,
        unread: !!t.unread, starred: !!t.starred, lastMs: last ? last.ms : 0,
      };
    });
    threads.sort(function (a, b) { return b.lastMs - a.lastMs; });
    return { me: me, id: String(data.mailbox.id), anchor: anchor, anchorDate: ymd(anchor), threads: threads, orgs: data.orgs };
  }

  // ---- rendering ----
  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return el;
  }
  var ICONS = {
    inbox: 'M3 13h5l2 3h4l2-3h5M5 5h14l2 8v6H3v-6z',
    star: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z',
    sent: 'M3 11l18-8-8 18-2-8z',
    drafts: 'M4 20h4L19 9l-4-4L4 16zM14 6l4 4',
    archive: 'M3 4h18v4H3zM5 8v12h14V8M10 12h4',
    clip: 'M16 7l-7.5 7.5a2 2 0 003 3L19 10a4 4 0 00-6-6l-7.5 7.5a6 6 0 008.5 8.5L20 14',
    pencil: 'M4 20h4L19 9l-4-4L4 16z',
  };
  function icon(name, cls) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('class', 'icon' + (cls ? ' ' + cls : ''));
    svg.setAttribute('aria-hidden', 'true');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', ICONS[name]);
    svg.appendChild(path);
    return svg;
  }
  function initials(name) {
    var latin = name.match(/[A-Za-z]+/g);
    if (latin && latin.length >= 2 && !/[\u3400-\u9fff]/.test(name)) return (latin[0][0] + latin[latin.length - 1][0]).toUpperCase();
    var cjk = name.match(/[\u3400-\u9fff]/g);
    if (cjk) return cjk.length >= 2 ? cjk.slice(-2).join('') : cjk[0];
    return name.slice(0, 2).toUpperCase();
  }
  function colorFor(s) {
    var hash = 0;
    for (var i = 0; i < s.length; i++) hash = (hash * 31 + s.charCodeAt(i)) | 0;
    var hues = [210, 12, 145, 265, 35, 185, 330, 95];
    return 'hsl(' + hues[Math.abs(hash) % hues.length] + ' 55% 42%)';
  }

  var state = { model: null, nowMs: 0, todayDay: 0, filter: '', route: { kind: 'inbox' } };

  function localDayOf(ms) { var d = new Date(ms); return dayNumber(d.getFullYear(), d.getMonth() + 1, d.getDate()); }
  function listDate(ms) {
    var d = new Date(ms);
    var diff = state.todayDay - localDayOf(ms);
    if (diff === 0) return pad(d.getHours()) + ':' + pad(d.getMinutes());
    if (diff > 0 && diff < 7) return WD_EN3[d.getDay()];
    return d.getDate() + ' ' + MON_EN3[d.getMonth()];
  }
  function fullDate(ms) {
    var d = new Date(ms);
    var diff = state.todayDay - localDayOf(ms);
    var ago = diff === 0 ? 'today' : diff === 1 ? 'yesterday' : diff > 1 ? diff + ' days ago' : '';
    return WD_EN3[d.getDay()] + ' ' + d.getDate() + ' ' + MON_EN3[d.getMonth()] + ' ' + d.getFullYear() + ', ' +
      pad(d.getHours()) + ':' + pad(d.getMinutes()) + (ago ? ' (' + ago + ')' : '');
  }

  function parseRoute() {
    var hash = decodeURIComponent(location.hash.replace(/^#/, ''));
    var m = /^\/thread\/(.+)$/.exec(hash);
    if (m) return { kind: 'thread', id: m[1] };
    m = /^\/label\/(.+)$/.exec(hash);
    if (m) return { kind: 'label', org: m[1] };
    return { kind: 'inbox' };
  }

  function participants(t, me) {
    var names = [];
    t.messages.forEach(function (m) {
      var n = m.from.email === me.email ? 'me' : m.from.name;
      if (names.indexOf(n) < 0) names.push(n);
    });
    return names.join(', ') + (t.messages.length > 1 ? ' (' + t.messages.length + ')' : '');
  }
  function snippet(m) {
    var lines = m.parts.body.split('\n').map(function (l) { return l.trim(); }).filter(Boolean);
    return lines.slice(1, 3).join(' ');
  }

  function renderFolders() {
    var model = state.model;
    var nav = document.getElementById('folders');
    var unread = model.threads.filter(function (t) { return t.unread; }).length;
    var route = state.route;
    var inboxActive = route.kind !== 'label';
    var items = [
      h('li', { class: inboxActive ? 'active' : '' }, [h('a', { href: '#/' }, [icon('inbox'), 'Inbox', unread ? h('span', { class: 'count', text: String(unread) }) : null])]),
      h('li', { class: 'muted' }, [icon('star'), 'Starred']),
      h('li', { class: 'muted' }, [icon('sent'), 'Sent']),
      h('li', { class: 'muted' }, [icon('drafts'), 'Drafts']),
      h('li', { class: 'muted' }, [icon('archive'), 'Archive']),
    ];
    var labels = Object.keys(model.orgs).filter(function (k) { return !model.orgs[k].own; }).map(function (k) {
      var o = model.orgs[k];
      return h('li', { class: route.kind === 'label' && route.org === k ? 'active' : '' }, [
        h('a', { href: '#/label/' + k }, [h('span', { class: 'dot', style: 'background:' + (o.color || '#888') }), o.name]),
      ]);
    });
    nav.replaceChildren(
      h('button', { class: 'compose', type: 'button', disabled: true, title: 'Compose is disabled in the demo' }, [icon('pencil'), 'Compose']),
      h('ul', { class: 'folder-list' }, items),
      h('h2', { text: 'Customers' }),
      h('ul', { class: 'folder-list labels' }, labels),
      h('p', { class: 'demo-note' }, ['A demo for Accord. Every person, company and message here is fictional.']),
    );
  }

  function renderList() {
    var model = state.model;
    var route = state.route;
    var q = state.filter.trim().toLowerCase();
    var rows = model.threads.filter(function (t) {
      if (route.kind === 'label' && t.org !== route.org) return false;
      if (!q) return true;
      return (t.subject + ' ' + t.messages.map(function (m) { return m.from.name + ' ' + m.from.email + ' ' + m.text; }).join(' ')).toLowerCase().indexOf(q) >= 0;
    }).map(function (t) {
      var last = t.messages[t.messages.length - 1];
      var org = model.orgs[t.org] || {};
      var open = route.kind === 'thread' && route.id === t.id;
      var hasAtt = t.messages.some(function (m) { return m.attachments.length > 0; });
      var other = t.messages.filter(function (m) { return !m.outgoing; })[0] || last;
      return h('li', { class: 'row-item' }, [
        h('a', {
          class: 'row' + (t.unread ? ' unread' : '') + (open ? ' open' : ''), href: '#/thread/' + encodeURIComponent(t.id),
          'data-thread-id': t.id, 'aria-current': open ? 'true' : null,
        }, [
          h('span', { class: 'avatar sm', style: 'background:' + colorFor(other.from.email), 'aria-hidden': 'true', text: initials(other.from.name) }),
          h('span', { class: 'row-main' }, [
            h('span', { class: 'row-top' }, [
              h('span', { class: 'row-from', text: participants(t, model.me) }),
              h('span', { class: 'row-date' }, [hasAtt ? h('span', { class: 'clip', title: 'Has attachments' }, [icon('clip')]) : null,
                h('time', { datetime: last.iso, text: listDate(last.ms) })]),
            ]),
            h('span', { class: 'row-subject' }, [t.starred ? h('span', { class: 'star', title: 'Starred', text: '★' }) : null, t.subject]),
            h('span', { class: 'row-snippet' }, [h('span', { class: 'chip', style: '--chip:' + (org.color || '#888'), text: org.name || t.org }), snippet(last)]),
          ]),
        ]),
      ]);
    });
    var title = route.kind === 'label' ? ((model.orgs[route.org] || {}).name || route.org) : 'Inbox';
    document.getElementById('list-title').textContent = title;
    document.getElementById('list-count').textContent = rows.length + (rows.length === 1 ? ' conversation' : ' conversations');
    var ul = document.getElementById('thread-list');
    ul.replaceChildren.apply(ul, rows.length ? rows : [h('li', { class: 'empty', text: 'No conversations match.' })]);
  }

  function recipients(label, cls, list) {
    if (!list.length) return null;
    var items = [];
    list.forEach(function (a, i) {
      if (i) items.push(', ');
      items.push(h('span', { class: 'demo-recipient', 'data-email': a.email, 'data-name': a.name, title: a.email }, [
        a.name, h('span', { class: 'addr', text: ' <' + a.email + '>' }),
      ]));
    });
    return h('div', { class: cls + ' hdr' }, [h('span', { class: 'lbl', text: label }), h('span', { class: 'vals' }, items)]);
  }

  function renderMessage(m) {
    var body = h('div', { class: 'demo-body', 'data-accord-demo': 'body' }, [m.parts.body]);
    if (m.parts.sig) body.appendChild(h('span', { class: 'demo-sig', text: m.parts.sig }));
    if (m.parts.quote) {
      body.appendChild(document.createTextNode('\n\n'));
      body.appendChild(h('span', { class: 'demo-quote', text: m.parts.quote }));
    }
    var w = wall(m.ms, parseTz(m.tz));
    var senderLocal = WD_EN3[w.wd] + ' ' + pad(w.h) + ':' + pad(w.mi) + ' sender\'s time (UTC' + m.tz + ')';
    return h('article', {
      class: 'message' + (m.outgoing ? ' outgoing' : ''), 'data-accord-demo': 'message',
      'data-message-id': m.id, 'data-thread-id': m.threadId, lang: m.lang,
    }, [
      h('header', { class: 'message-head' }, [
        h('span', { class: 'avatar', style: 'background:' + colorFor(m.from.email), 'aria-hidden': 'true', text: initials(m.from.name) }),
        h('div', { class: 'head-main' }, [
          h('div', { class: 'demo-from' }, [
            h('span', { class: 'demo-name', text: m.from.name }),
            h('span', { class: 'demo-email', 'data-email': m.from.email, 'data-name': m.from.name, text: '<' + m.from.email + '>' }),
            h('span', { class: 'demo-sender-slot', 'data-accord-demo': 'sender-slot' }),
          ]),
          recipients('To', 'demo-to', m.to),
          recipients('Cc', 'demo-cc', m.cc),
          h('div', { class: 'demo-subject-line hdr' }, [h('span', { class: 'lbl', text: 'Subject' }), h('span', { class: 'vals demo-msg-subject', text: m.subject })]),
        ]),
        h('time', { class: 'demo-date', datetime: m.iso, title: senderLocal, text: fullDate(m.ms) }),
      ]),
      m.attachments.length ? h('div', { class: 'demo-attachments' }, m.attachments.map(function (a) {
        return h('span', { class: 'attachment', title: 'Attachments are not included in the demo' }, [icon('clip'), a]);
      })) : null,
      body,
    ]);
  }

  function renderReader() {
    var model = state.model;
    var route = state.route;
    var reader = document.getElementById('reader');
    var thread = route.kind === 'thread' ? model.threads.filter(function (t) { return t.id === route.id; })[0] : null;
    if (!thread) {
      reader.setAttribute('data-open-thread', '');
      reader.replaceChildren(h('div', { class: 'reader-empty' }, route.kind === 'thread'
        ? [h('p', { class: 'big', text: 'This conversation is not in this mailbox.' }), h('p', {}, [h('a', { href: '#/' , text: 'Back to the inbox' })])]
        : [h('p', { class: 'big', text: 'Select a conversation to read it.' }), h('p', { text: model.threads.length + ' conversations with ' + (Object.keys(model.orgs).length - 1) + ' customers.' })]));
      document.title = 'Inbox – ' + model.me.email + ' – Northwind Mail (demo)';
      return;
    }
    thread.unread = false;
    var org = model.orgs[thread.org] || {};
    reader.setAttribute('data-open-thread', thread.id);
    reader.replaceChildren(
      h('div', { class: 'thread-head' }, [
        h('div', { class: 'thread-tools' }, [
          h('a', { class: 'tool', href: '#/', title: 'Back to the inbox', text: '← Inbox' }),
          h('span', { class: 'tool muted', text: 'Archive' }), h('span', { class: 'tool muted', text: 'Reply all' }),
        ]),
        h('h1', { class: 'thread-subject', 'data-accord-demo': 'thread-subject', text: thread.subject }),
        h('div', { class: 'thread-meta' }, [
          h('a', { class: 'chip', href: '#/label/' + thread.org, style: '--chip:' + (org.color || '#888'), text: org.name || thread.org }),
          h('span', { text: thread.messages.length + (thread.messages.length === 1 ? ' message' : ' messages') }),
        ]),
      ]),
      h('div', { class: 'thread-messages', 'data-accord-demo': 'thread' }, thread.messages.map(renderMessage)),
    );
    reader.scrollTop = 0;
    document.title = thread.subject + ' – Northwind Mail (demo)';
  }

  function renderAccount() {
    var model = state.model;
    var acct = document.getElementById('account');
    var other = model.id === '2' ? '1' : '2';
    var params = new URLSearchParams(location.search);
    params.set('mailbox', other);
    acct.replaceChildren(
      h('span', { class: 'avatar sm', style: 'background:' + colorFor(model.me.email), 'aria-hidden': 'true', text: initials(model.me.name) }),
      h('span', { class: 'account-text' }, [
        h('span', { class: 'account-name', text: model.me.name }),
        h('span', { class: 'account-email', 'data-email': model.me.email, text: model.me.email }),
      ]),
      h('a', { class: 'switch', href: '?' + params.toString(), title: 'Open the other demo mailbox' }, ['Switch mailbox']),
    );
  }

  function render() {
    state.route = parseRoute();
    renderFolders();
    renderList();
    renderReader();
  }

  function todayFromUrl() {
    var t = new URLSearchParams(location.search).get('today');
    var m = t && /^(\d{4})-(\d\d)-(\d\d)$/.exec(t);
    if (m) {
      var day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
      var c = civil(day);
      return { day: day, nowMs: new Date(c.y, c.m - 1, c.d, 12, 0).getTime() };
    }
    var now = new Date();
    return { day: dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate()), nowMs: now.getTime() };
  }

  function mailboxFromUrl() {
    var id = new URLSearchParams(location.search).get('mailbox') || '1';
    return /^[12]$/.test(id) ? id : '1';
  }

  function start() {
    var id = mailboxFromUrl();
    var today = todayFromUrl();
    state.todayDay = today.day;
    state.nowMs = today.nowMs;
    var meta = document.querySelector('meta[name="accord-demo-mailbox"]');
    if (meta) meta.setAttribute('content', id);
    fetch('data/mailbox-' + id + '.json', { cache: 'no-store' })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (data) {
        state.model = buildMailbox(data, state.todayDay);
        window.AccordDemo.model = state.model;
        renderAccount();
        render();
        window.addEventListener('hashchange', render);
        var search = document.getElementById('search');
        search.addEventListener('input', function () { state.filter = search.value; renderList(); });
        document.documentElement.setAttribute('data-accord-demo-ready', 'true');
      })
      .catch(function (err) {
        document.getElementById('reader').replaceChildren(h('div', { class: 'reader-empty' }, [
          h('p', { class: 'big', text: 'The demo data could not be loaded.' }),
          h('p', { text: 'Serve this folder with `npm run demo:serve` and open http://127.0.0.1:8642/. (' + err.message + ')' }),
        ]));
        document.documentElement.setAttribute('data-accord-demo-ready', 'error');
      });
  }

  window.AccordDemo = {
    model: null, buildMailbox: buildMailbox, expand: expand, formatDay: formatDay, mondayOf: mondayOf,
    dayNumber: dayNumber, ymd: ymd, DATE_FORMATS: DATE_FORMATS, CLIENTS: CLIENTS,
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
