// Evidence links back to the message in the webmail (issue 6): stage evidence, signal evidence and
// every next move's evidence carry the URL of their message when it was read in the webmail.
import { describe, expect, it } from 'vitest';
import { computeInsight } from '../../../lib/playbook/insight';
import { inferProjectStage } from '../../../lib/account/stages';
import { signalEvidence } from '../../../lib/playbook/types';
import { ago, com, inDays, msg, sig, TODAY, view } from './builders';

const URL_POC = 'https://mail.google.com/mail/u/0/#all/FMfcgzQbgRsTvWxYzAbCdEfGhJkLmNpQ';
const URL_PROMISE = 'https://outlook.office.com/mail/inbox/id/AAQkADk0ZjU2';

describe('evidence url', () => {
  const poc = sig('pilot', 'We would like to start a proof of concept next month.', { at: ago(5), messageId: '<poc@x>' });
  const fromEml = sig('requirements', 'Attached are our business requirements for the new platform.', { at: ago(9), messageId: '<eml@x>' });
  const messages = [
    msg({ messageId: '<poc@x>', sentAt: ago(5), url: URL_POC }),
    msg({ messageId: '<eml@x>', sentAt: ago(9) }), // imported from a .eml: no url
    msg({ messageId: '<promise@x>', sentAt: ago(20), direction: 'out', url: URL_PROMISE }),
  ];

  it('stage evidence carries the url of its message, and none when the message has none', () => {
    const p = inferProjectStage(view({ signals: [poc, fromEml], messages }));
    expect(p.stage).toBe('evaluation');
    const byId = new Map(p.evidence.map((e) => [e.messageId, e]));
    expect(byId.get('<poc@x>')?.url).toBe(URL_POC);
    const v = view({ signals: [fromEml], messages });
    expect(inferProjectStage(v).evidence[0]?.url).toBeUndefined();
  });

  it('signal evidence carries the url', () => {
    expect(signalEvidence(view({ signals: [poc], messages }), poc).url).toBe(URL_POC);
  });

  it('a next move built from a commitment links to the message that made it', () => {
    const late = com('I will send the revised quote by Friday.', { messageId: '<promise@x>', due: inDays(-3), madeAt: ago(20) });
    const i = computeInsight(view({ signals: [poc], messages, commitments: [late] }), TODAY);
    const m = i.nextMoves.find((n) => n.rule === 'our-promise-overdue');
    expect(m?.evidence[0]).toMatchObject({ messageId: '<promise@x>', url: URL_PROMISE });
  });
});
