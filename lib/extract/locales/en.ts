// English vocabulary and patterns for commitments: parsers propose, refiners veto.
// Principles (GUIDE.md "Commitments"):
//   promise = first person (I / we / our team) + future modal (will, 'll, going to, shall;
//             "can" only with a time phrase) + an action verb, unconditional, not a question;
//   request = please / could you / would you / I'd like you to / imperative + action verb,
//             not a conditional courtesy line ("let me know if you have any questions").
// Regexes are bounded (no nested unbounded repetition); clauses are at most a few hundred
// characters long.
import type { ClauseView, CommitmentLocale, Hit, Parser, Refiner } from '../commitments';

const SUBJ_SENDER = String.raw`(?:i|we|our (?:[\w-]+ ){0,3}?(?:team|teams|side|company|group|department|dept|office|engineers?|people|staff|colleagues?|folks|lawyers?|legal|specialists?|experts?|consultants?|technicians?|support|firm)|(?:one|two|three|four|five|some|all|both|several) of (?:us|our [\w-]+)|my (?:team|colleagues|group|office|department))`;
/** Adverbs that may sit between the modal and the verb. */
const ADV = String.raw`(?:(?:also|definitely|definitly|certainly|surely|then|just|now|first|still|personally|gladly|happily|again|both|all|immediately|promptly|quickly|soon|today|tomorrow|actually|really|hopefully|in turn|shortly|later|try to|try and|be sure to|make sure to|need to|have to|be able to|get to|go ahead and|work to|start to|start|begin to|continue to|proceed to)\s+){0,3}`;
// "plan to", "intend to", "aim to" state plans, not commitments (GUIDE: plans are not promises).
const MODAL = String.raw`(?:will|'ll|shall|am going to|'m going to|are going to|'re going to|am gonna|'m gonna|promise to|commit to|undertake to|intend to|am about to|'m about to|are about to|'re about to)`;
/** Verbs after "will" that state no action to put on a list. */
const STATE_VERBS = new Set([
  'be', 'see', 'like', 'love', 'hate', 'hope', 'miss', 'know', 'want', 'wish', 'enjoy', 'feel', 'seem',
  'appreciate', 'remember', 'forget', 'mind', 'understand', 'agree', 'assume', 'guess', 'bet', 'wonder',
  'probably', 'maybe', 'possibly', 'not', 'never', 'no', 'likely', 'wait', 'happen', 'cost', 'depend',
  'need', 'talk', 'speak', 'leave', 'stay', 'come', 'return', 'go', 'lose', 'die', 'become', 'remain',
  'find', 'receive', 'get', 'hear', 'take', 'let', 'tell', 'keep', 'say', 'win', 'welcome', 'thank',
  'note', 'admit', 'confess', 'argue', 'grant', 'concede', 'add that',
]);
/** Verbs that do count even though their base form is in STATE_VERBS, when followed by an object cue. */
const STATE_OK_AFTER: Record<string, RegExp> = {
  get: /^get (?:back|it|this|that|them|you|the|a|an|your|our|my|some|those|these|everything|all|in touch|on|started)\b/,
  take: /^take (?:a look|care|over|it|this|that|the|them|ownership|the lead)\b/,
  let: /^let (?:you|them|him|her|everyone|all) know\b/,
  tell: /^tell (?:you|them|him|her)\b/,
  keep: /^keep (?:you|them|everyone) (?:posted|updated|informed)\b|^keep (?:the |this |that |both |old |existing |current |original |legacy |previous )*[a-z-]+(?: [a-z-]+)? (?:as (?:a |the )?(?:fallback|backup|default)|(?:code|path|implementation|version|support|logic|check|api|interface)s? (?:around|in place|for now|until)\b)/,
  talk: /^talk (?:to|with) (?:him|her|them|the|our|your|[a-z]+)\b/,
  speak: /^speak (?:to|with) /,
  come: /^come (?:back to you|by|over|to (?:your|the))\b/,
  return: /^return (?:it|the|them|your|this|that)\b/,
  find: /^find (?:out|a|the|it|some|time|someone)\b/,
  need: /^need to (?!be\b)[a-z]+/,
  be: /^be (?:(?!living|staying|working|based|going|looking|hoping|waiting|feeling|having|using|running on|travel+ing)[a-z]+ing|sending|sent|there|ready|done|in touch|on site|on-site|back to you|available)\b/,
  receive: /^receive (?:the|it|your|our)\b/,
  hear: /^hear back\b/,
};
/** Participles that make "X will be ...ed" a delivery by the sender's side. */
const DELIVERED = String.raw`(?:sent|re-?sent|shipped|delivered|addressed|fixed|updated|provided|submitted|completed|finished|released|posted|uploaded|merged|applied|reviewed|signed|returned|issued|ready|done|handled|resolved|included|added|corrected|installed|deployed|forwarded|emailed|mailed|published|prepared|scheduled|arranged|followed up|taken care of|processed|refunded|credited|replaced|repaired|dispatched|rolled out)`;
const THING_SUBJ = String.raw`(?:our|my|the|this|that|these|those|it|they|all|each|every|your|a|an|one|two|three|four|five|ten|twenty|\d+|remaining|rest|new|revised|updated|final)\b`;
const NAME = String.raw`[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?: [A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?){0,2}`;
/** Capitalised words that are not names of people. */
const NOT_NAMES = new Set([
  'I', 'We', 'You', 'He', 'She', 'It', 'They', 'This', 'That', 'These', 'Those', 'There', 'Here', 'What', 'Which',
  'Who', 'When', 'Where', 'Why', 'How', 'Everything', 'Everyone', 'Everybody', 'Nothing', 'Nobody', 'Someone',
  'Somebody', 'Anyone', 'Anybody', 'Something', 'Anything', 'All', 'Each', 'Both', 'Some', 'Any', 'None', 'One',
  'The', 'A', 'An', 'And', 'But', 'Or', 'So', 'Then', 'Also', 'If', 'Our', 'Your', 'My', 'His', 'Her', 'Their',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Tomorrow', 'Tonight',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Next', 'Last', 'Two', 'Three', 'Four', 'Five', 'Six', 'Ten', 'Most', 'Many', 'Several', 'Few',
  'Either', 'Neither', 'Other', 'Others', 'Another', 'Thank', 'Hope', 'Just', 'Now', 'Will', 'Let', 'Note', 'Re', 'Please', 'Thanks', 'Yes', 'No', 'Ok', 'Okay', 'Sure', 'Hopefully', 'Maybe',
  'Perhaps', 'Otherwise', 'However', 'Meanwhile', 'Unfortunately', 'Fortunately', 'Obviously', 'Hi', 'Hello',
  'Dear', 'Team', 'Company', 'Patch', 'Version', 'Series', 'Kernel', 'System', 'Price', 'Pricing', 'Quote', 'Order',
  'Delivery', 'Contract', 'Meeting', 'Call', 'Report', 'Office', 'Board', 'Committee', 'Management', 'Project',
]);

const rx = (s: string, flags = 'i'): RegExp => new RegExp(s, flags);

const PROMISE_CORE = rx(String.raw`(?:^|[^\w'])${SUBJ_SENDER}\s*${MODAL}\s+${ADV}([a-z][a-z-]*)`);
/** "I'm sending the deck over this afternoon": a progressive with a time phrase is an arrangement. */
const PROMISE_PROGRESSIVE = rx(String.raw`(?:^|[^\w'])(?:i am|i'm|we are|we're|our [\w-]+(?: [\w-]+)? (?:is|are)) (?:also |just |now )?(sending|shipping|delivering|forwarding|preparing|submitting|calling|meeting|visiting|flying|coming (?:over|by|to)|arriving|bringing|providing|releasing|publishing|deploying|installing|hosting|holding|running|organi[sz]ing|scheduling|setting up|booking|signing|finali[sz]ing|reviewing|presenting|issuing|updating|drafting|writing up|returning|joining|attending|launching|kicking off|putting together|getting (?:you|it|the|this|that|back))\b`);
const PROMISE_CAN = rx(String.raw`(?:^|[^\w'])${SUBJ_SENDER} (?:can|am able to|are able to)\s+${ADV}([a-z][a-z-]*)`);
const WILL_DO = /^(?:(?:ok(?:ay)?|sure|yes|yep|right|agreed|thanks|thank you|noted|got it|understood|fine|sorry|my bad|good catch|good point|indeed|true|ack|correct|makes sense)[,!.]?\s+){0,2}(?:will|shall) (?:do|fix|send|update|change|add|remove|drop|rework|resend|re-send|respin|rebase|check|look|test|try|reply|follow|post|address|submit|fold|squash|split|rename|move|use|apply|merge|clean|handle|review|investigate|incorporate|correct|include|provide|share|prepare|get|take)\b/i;
const LET_ME = /(?:^|[^\w'])let me (?:(?:just|quickly|first|also)\s+)?(?:check|look|see what|find out|get back|confirm|verify|ask|follow up|send|dig|investigate|review|think about it and get back|try|test|update|fix|prepare|draft|arrange|set up|schedule|loop|circle back|come back|talk to|speak to|reach out|forward|share|put together|pull|run)\b/i;
const YOU_WILL_HAVE = /(?:^|[^\w'])you(?:'ll| will| should| shall) (?:have|receive|get|see) (?:it|them|this|that|the|a|an|our|my|your|\d+|two|three)\b/i;
const PASSIVE_DELIVERY = rx(String.raw`(?:^|[^\w'])${THING_SUBJ}[^.;:!?]{0,60}?(?:will|'ll|shall|is going to|are going to) (?:(?:also|then|all|both|definitely|be soon|soon|shortly)\s+)?(?:be ${ADV}${DELIVERED}|follow|ship|arrive|go out|be on (?:its|their) way)\b`);
const THIRD_PARTY = rx(String.raw`(?:^|[^\w'])(${NAME})(?:,? (?:from|of|at|in) (?:our|the|your) [\w-]+(?: [\w-]+)?,?)? (?:will|'ll|shall|is going to|is planning to) ${ADV}([a-z][a-z-]*)`, '');
const ASKED_THIRD = rx(String.raw`(?:^|[^\w'])[Ii](?: have|'ve| am|'m| had)? (?:asked|asking|instructed|requested|tasked) (${NAME}) to ([a-z][a-z-]*)`, '');

// ---- requests ----
// "sure to please", "designed to please": the verb, not the ask
const PLEASE = /(?:^|[^\w'])(?<!\bto )(?:please|pls|plz|kindly)\b/i;
const PLEASE_NOT_ASK = /\b(?:please|pls|kindly) (?:(?:do )?not|don't|never|find|see|note|ignore|disregard|excuse|forgive|accept (?:my|our)|be (?:advised|aware|informed|assured)|refer|feel free|for more (?:info|information|details)|consider the environment|think (?:of|about) the environment|add [^?!]{0,60}\b(?:address book|contacts?(?: list)?|safe[- ]?(?:sender|list)|white ?list)|(?:go to|use|click|visit|follow|open|copy) (?:the |this )?(?:link|url|address|button)|let me (?!know)|call with|contact (?:me|us) with|don't hesitate|do not hesitate|keep in mind|enjoy|rest assured|stay safe|take care|bear with|allow|pardon|consider this|treat this|notice)\b|\b(?:if|unless|should) [^.?!]*\bplease\b|\bplease (?:let (?:me|us) know|call|contact|reach out|ask|email|write)\b[^.?!]{0,40}\b(?:any|further|more|other|additional) (?:questions?|concerns?|help|info|information|assistance|clarification|comments?|issues?)\b/i;
const YOU_ASK = /(?:^|[^\w'])(?:could|can|would|will|wuold|coud|cloud|might|may) (?:you|u|your (?:[\w-]+ ){0,2}?(?:team|side|company|colleagues?|people|office|group|staff|department))(?:,? (?:please|kindly|also|just|perhaps|possibly|maybe|then|guys|all|both),?){0,2} ([a-z][a-z-]*)/i;
const YOU_ASK_SKIP = new Set(['be', 'imagine', 'believe', 'guess', 'see', 'think', 'remember', 'recall', 'have', 'not', 'agree', 'say', 'expect', 'ever', 'still', 'already', 'really', 'know', 'like', 'want', 'need', 'go', 'come', 'use', 'do', 'get', 'explain', 'live', 'accept', 'afford', 'hear', 'prefer']);
const YOU_ASK_OK_AFTER: Record<string, RegExp> = {
  like: /\b(?:would|will) you like to (?:tell|share|send|help|show|explain|provide|join|review|confirm|give)\b/i,
  do: /\b(?:could|can|would|will) you (?:please |kindly )?do (?:me|us|this|that|the|a|it)\b/i,
  get: /\b(?:could|can|would|will) you (?:please |kindly |also )?get (?:back|me|us|the|this|that|it|them|your|a|an|in touch)\b/i,
  explain: /\b(?:could|can|would|will) you (?:please |kindly )?explain\b/i,
  use: /\b(?:could|can|would|will) you (?:please |kindly )?use\b/i,
  have: /\b(?:could|can|would|will) you (?:please |kindly )?have (?:a look|someone|your|the|it|this|that)\b/i,
  be: /\b(?:could|can|would|will) you (?:please |kindly )?be (?:able|willing|available|so kind as) to\b/i,
};
const MIND = /(?:^|[^\w'])(?:would|do) you mind (?:[a-z]+ing)\b|^(?:(?:would you )?care to|mind) (?:send|sending|submit|submitting|post|posting|test|testing|review|reviewing|fix|fixing|share|sharing|update|updating|resend|resending|take|taking|look|looking)\b/i;
const POLITE_ASK = [
  /(?:^|[^\w'])(?:i|we)(?:'d| would)? (?:like|love|want|need) (?:you|your (?:team|side|help|input|feedback|confirmation|approval))\b/i,
  /(?:^|[^\w'])(?:i|we)(?:'d| would) (?:like|love|want) to (?:know|ask|request|receive|get your|have your|hear your|see your)\b/i,
  /(?:^|[^\w'])(?:i|we)(?:'d| would| will) (?:really |greatly |much )?appreciate (?:it if you|if you|your (?:help|input|feedback|comments|thoughts|review|confirmation|reply|response|support|assistance)|you (?:taking|sending|confirming|checking|looking|letting|getting))\b/i,
  /(?:^|[^\w'])(?:i|we)(?:'d| would| will)? be (?:grateful|thankful|obliged|glad|happy) if you\b/i,
  /(?:^|[^\w'])(?:i|we) (?:would|'d) ask (?:that|you)\b/i,
  /(?:^|[^\w'])(?:(?:it )?would be|it'd be) (?:great|helpful|good|nice|appreciated|useful|wonderful) if (?:you|your)\b/i,
  /(?:^|[^\w'])(?:i was|i am|i'm|we are|we're|we were) (?:wondering|hoping) (?:if|whether) you (?:could|can|would|might)\b/i,
  /(?:^|[^\w'])(?:i|we) (?:need|require) (?:you|your (?:team|side)) to\b/i,
  /(?:^|[^\w'])(?:i|we) (?:still )?(?:need|require) your (?!help\b)[a-z]+/i,
  /(?:^|[^\w'])(?:i|we) (?:really |still |also )?need to (?:know|hear|get|receive|see) (?:the|your|if|whether|what|when|which|who|how|from you)\b/i,
  /(?:^|[^\w'])(?:i|we) (?:just )?(?:wanted|want) to (?:know|ask|check|confirm) (?:if|whether|when|what|how|which|who)\b/i,
  /(?:^|[^\w'])(?:i am|i'm|we are|we're) writing to (?:request|ask)\b/i,
  /(?:^|[^\w'])(?:i|we)(?:'d| would) (?:like|love) to (?:meet|talk|speak|get together|sit down|set up (?:a )?(?:call|meeting)|schedule (?:a )?(?:call|meeting)) with you\b/i,
  /(?:^|[^\w'])(?:do|would|will) you (?:(?:guys|all|both|still) )?have (?:a |any |some |the )?(?:spare )?(?:cycles?|time|bandwidth|chance|moment|minute|capacity) (?:to|for) (?:look|review|test|check|send|take|try|fix|dig|investigate|help|update|rebase|respin|post|confirm|share|run|reproduce|debug|go over|have a look|a look|a review)\b/i,
  /(?:^|[^\w'])why (?:don't|do not) you (?:send|come|call|give|forward|check|ask|talk|take|set|try|bring|email|e-mail|drop|put|get|run|review)\b/i,
];
const YOU_MUST = /(?:^|[^\w'])you (?:(?:will )?need to|must|have to|are (?:required|expected|asked|requested) to|are kindly requested to)\s+([a-z]+)/i;
const ADVICE_INPUT = /(?:^|[^\w'])(?:do|does|would) (?:you|anyone|anybody)(?: all)? have (?:any )?(?:suggestions?|advice|ideas?|feedback|thoughts?|comments?|recommendations?|input|pointers?|hints?)\b/i;
const LET_ME_KNOW = /(?:^|[^\w'])(?:let|keep) (?:me|us) (?:know|posted|updated|informed)\b/i;
const LMK_COURTESY = /\b(?:let|keep) (?:me|us) (?:know|posted|updated|informed)\b[^.?!]{0,20}\b(?:if|should|in case|whenever|when) (?:you|there|anything|any|i|we)\b[^.?!]{0,60}\b(?:questions?|concerns?|help|need|needs|require|requires|want|assistance|issues?|problems?|anything|further|more info|more information|comments?|feedback|interested|can|could)\b|\blet (?:me|us) know (?:for|of) any\b|\blet (?:me|us) know (?:what you think|your thoughts)\b/i;
const YES_PLEASE = /^(?:(?:yes|yeah|yep|sure|ok(?:ay)?|sounds good|good idea)[,!.]?\s+)+(?:please|pls)[.!]?$/i;
const DROP_LINE = /(?:^|[^\w'])(?:drop|shoot|send|give) (?:me|us) (?:a|an) (?:line|note|call|ring|email|e-mail|shout|message)\b/i;
// Business asks only: code-review imperatives ("drop it", "use X", "add it here") read as advice
// in technical threads and are left out for precision.
const IMPERATIVE = /^(?:(?:ok(?:ay)?|and|also|then|now|yes|sure|hi|hello|meanwhile|in the meantime|additionally|finally|lastly|first|firstly|second|secondly|next|again|just|[A-Z][a-z]+)[,:]?\s+)?(?:please\s+)?(send|call|review|confirm|sign|return|provide|submit|forward|reply|respond|share|schedule|book|prepare|complete|fill (?:in|out)|approve|verify|ensure|make sure|contact|email|e-mail|ping|advise|arrange|tell (?:me|us)|inform|notify|remember to|don't forget to|do not forget to|register|sign up|attend|rsvp|give (?:me|us)|get (?:me|us)|set me up|resend|re-send|deliver|ship|pay|transfer|wire|invoice|draft|reserve|cancel|resubmit|re-submit|double-check|double check|clarify|explain|cc|copy|loop in|escalate|look (?:at|into)|take a look|bring|collect|pick up|print|fax|mail|attach|call|check (?:with|on|whether|if|that|the status)|update (?:me|us|the (?:quote|proposal|contract|schedule|forecast|order))|get back to (?:me|us))\b(?![:'-]|\s*[:：])/i;
/** Imperatives that are pleasantries or marketing rather than asks. */
/** Unsubscribe instructions ("Send address to remove", "reply STOP to unsubscribe"). */
const UNSUBSCRIBE = /\b(?:send|reply|email|e-mail|write|mail)\b[^.!?]{0,40}\b(?:to (?:be )?(?:remove|removed|unsubscribe|opt out)|unsubscribe|remove me)\b/i;
const IMPERATIVE_NOT = /^(?:[\w,]+\s+)?(?:keep in touch|say hi|say hello|enjoy|have a|take care|click|call now|act now|see (?:attached|below|above|you)|find attached|note that|try our|try it free|come visit|join us|join now|sign up now|use code|look forward)/i;

const PAST_OR_STATUS = /(?:^|[^\w'])(?:i|we)(?:'ve| have| had|'d) (?:already |just |now |also )?(?:[a-z]+ed|sent|done|made|put|set|built|written|spoken|told|given|taken|got|gotten|seen|found|run|read|been|begun)\b/i;
const CONDITIONAL = /(?:^|[^\w'])(?:if|unless|in case(?! of)|provided that|as long as|whether or not|should you|should there|if and when)\b/i;
/** "if" that means "whether": "let me know if it works", "check if". */
const IF_WHETHER = /\b(?:know|tell (?:me|us)|ask|see|check|confirm|wonder|wondering|clarify|advise|find out|verify|whether)\s+if\b/i;
const HEDGE = /(?:^|[^\w'])(?:might|may|maybe|perhaps|possibly|probably|hopefully) /i;
const OFFER = /(?:^|[^\w'])(?:i|we)(?:'d| would| will|'ll)? be (?:happy|glad|pleased|delighted|willing) to\b|(?:^|[^\w'])(?:i|we)(?:'d| would) (?:like|love|want|prefer|suggest|recommend)\b|(?:^|[^\w'])(?:i|we) (?:could|should|might|may)\b|(?:^|[^\w'])(?:i|we) hope\b|(?:^|[^\w'])feel free\b/i;
const COURTESY_PROMISE = /(?:^|[^\w'])(?:i|we)(?:'ll| will) (?:keep you posted|keep you updated|keep you informed|be in touch|talk to you|speak to you|see you|catch up|look forward|miss)\b(?![^.?!]*\b(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|by|eod|week|month)\b)/i;

function quoteInside(c: ClauseView, at: number): boolean {
  const before = c.sentence.slice(0, c.offsetInSentence + at);
  const n = (before.match(/"/g) ?? []).length;
  return n % 2 === 1;
}

function verbOk(verb: string, after: string): boolean {
  if (/^[A-Z]/.test(after)) return false; // "going to Chicago": a place, not a verb
  if (!STATE_VERBS.has(verb)) return true;
  const ok = STATE_OK_AFTER[verb];
  return ok ? ok.test(after.toLowerCase()) : false;
}

const promiseCore: Parser = (c) => {
  const m = PROMISE_CORE.exec(c.norm);
  if (!m) return null;
  const verbAt = m.index + m[0].length - m[1]!.length;
  if (!verbOk(m[1]!.toLowerCase(), c.norm.slice(verbAt))) return null;
  if (quoteInside(c, verbAt)) return null;
  return { kind: 'promise', owner: 'sender', confidence: 0.85, rule: 'en.promise.modal' };
};
const promiseProgressive: Parser = (c) => (c.hasTime && PROMISE_PROGRESSIVE.test(c.norm)
  ? { kind: 'promise', owner: 'sender', confidence: 0.6, rule: 'en.promise.progressive-with-time' } : null);
const promiseCan: Parser = (c) => {
  if (!c.hasTime) return null;
  const m = PROMISE_CAN.exec(c.norm);
  if (!m) return null;
  const verbAt = m.index + m[0].length - m[1]!.length;
  if (!verbOk(m[1]!.toLowerCase(), c.norm.slice(verbAt))) return null;
  // "we are able to offer fast delivery within 3-7 days": an offer of service, not a commitment
  if (/^offer\b/i.test(m[1]!)) return null;
  return { kind: 'promise', owner: 'sender', confidence: 0.7, rule: 'en.promise.can-with-time' };
};
const willDo: Parser = (c) => (c.index === 0 && WILL_DO.test(c.norm)
  ? { kind: 'promise', owner: 'sender', confidence: 0.8, rule: 'en.promise.will-do' } : null);
const letMe: Parser = (c) => (LET_ME.test(c.norm)
  ? { kind: 'promise', owner: 'sender', confidence: 0.75, rule: 'en.promise.let-me' } : null);
const youWillHave: Parser = (c) => (c.hasTime && YOU_WILL_HAVE.test(c.norm)
  ? { kind: 'promise', owner: 'sender', confidence: 0.7, rule: 'en.promise.you-will-have' } : null);
/**
 * "X will be ready/done" states how a thing will be; it is the sender's promise only when X is
 * the sender's (our/my …) or a time is promised ("the fix will be ready by Friday"), and not in a
 * comparison ("the module will be ready earlier than it was").
 */
const STATE_DELIVERED = /\b(?:will|'ll|shall|is going to|are going to) (?:[a-z]+ )?be (?:[a-z]+ )?(?:ready|done)\b/i;
const passiveDelivery: Parser = (c) => {
  const m = PASSIVE_DELIVERY.exec(c.norm);
  if (!m) return null;
  if (STATE_DELIVERED.test(m[0]) && !/^\W*(?:our|my)\b/i.test(m[0])
    && (!c.hasTime || /\b(?:earlier|later|sooner|faster|slower) than\b/i.test(c.norm))) return null;
  return { kind: 'promise', owner: 'sender', confidence: 0.6, rule: 'en.promise.passive' };
};
const thirdParty: Parser = (c) => {
  const m = THIRD_PARTY.exec(c.norm);
  if (m) {
    const name = m[1]!;
    const first = name.split(' ')[0]!;
    const verbAt = m.index + m[0].length - m[2]!.length;
    if (!NOT_NAMES.has(first) && verbOk(m[2]!, c.norm.slice(verbAt))) {
      return { kind: 'promise', owner: 'third-party', ownerName: name, confidence: 0.7, rule: 'en.promise.third-party' };
    }
  }
  const a = ASKED_THIRD.exec(c.norm);
  if (a && !NOT_NAMES.has(a[1]!.split(' ')[0]!)) {
    return { kind: 'promise', owner: 'third-party', ownerName: a[1]!, confidence: 0.65, rule: 'en.promise.asked-third-party' };
  }
  return null;
};

const request = (rule: string, confidence: number): Hit => ({ kind: 'request', owner: 'recipient', confidence, rule });

const yesPlease: Parser = (c) => (c.index === 0 && YES_PLEASE.test(c.sentence.trim()) ? request('en.request.yes-please', 0.7) : null);
const please: Parser = (c) => {
  const m = PLEASE.exec(c.norm);
  if (!m || PLEASE_NOT_ASK.test(c.norm)) return null;
  if (quoteInside(c, m.index + m[0].length)) return null;
  // "please" alone at the end of a statement of thanks is no ask ("Thanks, please.")
  return request('en.request.please', 0.85);
};
const youAsk: Parser = (c) => {
  const m = YOU_ASK.exec(c.norm);
  if (!m) return null;
  const verb = m[1]!.toLowerCase();
  if (YOU_ASK_SKIP.has(verb)) {
    const ok = YOU_ASK_OK_AFTER[verb];
    if (!ok || !ok.test(c.norm)) return null;
  }
  return request('en.request.could-you', 0.85);
};
/** "Any update on the PO?": a status chase. */
const ANY_UPDATE = /^(?:(?:hi|hello|so|also|and)[,!]?\s+)?any (?:updates?|news|progress|feedback|word) (?:on|about|regarding|re:?)\b/i;
const anyUpdate: Parser = (c) => (c.index === 0 && ANY_UPDATE.test(c.norm) ? request('en.request.any-update', 0.6) : null);
/** "Could we schedule a call next week?": asking the reader to meet. */
const COULD_WE = /(?:^|[^\w'])(?:could|can|shall) we (?:please )?(?:schedule|set up|arrange|book|meet|have a (?:call|meeting|chat)|hop on a call|talk|discuss|get together|find a time)\b/i;
const couldWe: Parser = (c) => (COULD_WE.test(c.norm) ? request('en.request.could-we', 0.55) : null);
/** Meeting asks with a time: "Let's talk tomorrow", "Are you available on Tuesday?", "How about 3 pm Friday?" */
const MEET_ASK = /(?:^|[^\w'])(?:let's|lets|let us) (?:(?:try to|plan to|plan on|also)\s+)?(?:meet|talk|discuss|get together|schedule|set up|catch up|have (?:a )?(?:call|meeting|lunch|dinner|chat)|chat|speak|sit down|review|go over)\b|(?:^|[^\w'])(?:are|would) you (?:be )?(?:available|free|around|in the office)\b|^(?:how|what) about (?:lunch|dinner|a call|a meeting|meeting|getting together|(?:this|next|on) )/i;
const meetAsk: Parser = (c) => (c.hasTime && MEET_ASK.test(c.norm) ? request('en.request.meeting', 0.5) : null);
const mind: Parser = (c) => (MIND.test(c.norm) ? request('en.request.mind', 0.8) : null);
const politeAsk: Parser = (c) => (POLITE_ASK.some((r) => r.test(c.norm)) ? request('en.request.polite', 0.7) : null);
// "you need to / must / have to" explains as often as it asks (support threads); with a time
// phrase it is a deadline put on the reader.
const youMust: Parser = (c) => {
  if (c.question || !c.hasTime) return null;
  const m = YOU_MUST.exec(c.norm);
  if (!m || STATE_VERBS.has(m[1]!.toLowerCase())) return null;
  return request('en.request.you-must', 0.7);
};
const adviceInput: Parser = (c) => (ADVICE_INPUT.test(c.norm) ? request('en.request.advice', 0.6) : null);
const letMeKnow: Parser = (c) => (LET_ME_KNOW.test(c.norm) && !LMK_COURTESY.test(c.norm) ? request('en.request.let-me-know', 0.75) : null);
const dropLine: Parser = (c) => (DROP_LINE.test(c.norm) ? request('en.request.drop-line', 0.7) : null);
const CODE_LIKE = /\w\(|[{}=<>\\|]|;\s*$|\w_\w|::|->|^\S+\s*\(/;
const TITLE_CASE = /^(?:[A-Z][\w'-]*\s+){2,5}[A-Z][\w'-]*[.:]?$/;
const imperative: Parser = (c) => {
  if (c.question || CODE_LIKE.test(c.norm.slice(0, 60)) || TITLE_CASE.test(c.norm.trim())) return null;
  if (PLEASE_NOT_ASK.test(c.norm)) return null;
  // a bare lower-case verb at the start of a line is a help text or a list, not an ask;
  // column layouts ("cp        - memory copy") likewise
  if (/^[a-z]/.test(c.norm) && !/\bplease\b/i.test(c.norm)) return null;
  if (/\S {3,}\S|\t/.test(c.text)) return null;
  const m = IMPERATIVE.exec(c.norm);
  if (!m || IMPERATIVE_NOT.test(c.norm) || UNSUBSCRIBE.test(c.norm)) return null;
  // a capitalised lead word must be a name being addressed ("Bob, send ..."), not a subject
  const lead = /^([A-Z][a-z]+)[,:]?\s/.exec(c.norm);
  if (lead && lead[1]!.toLowerCase() !== m[1]!.toLowerCase().split(' ')[0] && !/^[A-Z][a-z]+[,:]/.test(c.norm)) {
    const w = lead[1]!.toLowerCase();
    if (!['ok', 'okay', 'so', 'and', 'also', 'then', 'now', 'but', 'yes', 'sure', 'meanwhile', 'additionally', 'finally', 'lastly', 'first', 'firstly', 'second', 'secondly', 'next', 'again', 'just', 'please', 'hi', 'hello'].includes(w)) return null;
  }
  // the clause must start the sentence or follow a clause break
  return request('en.request.imperative', 0.6);
};

// ---- refiners ----
const notQuestionPromise: Refiner = (c, h) => (h.kind === 'promise' && c.question ? null : h);
/** Conditions that are politeness, not conditions: "if it's not too much trouble", "if you could". */
/** Politeness and epistemic hedges ("if that's right"): they qualify what the sender knows, not the ask. */
const IF_POLITE = /\bif (?:it(?:'s| is)? not too much|it (?:wouldn't|would not|isn't|is not) (?:be )?too|possible|at all possible|you (?:could|can|would|don't mind|do not mind|get a chance|have a (?:chance|moment|minute))|you have time|(?:that|this)(?:'s| is) (?:right|correct|true|the case)|i(?:'m| am) (?:right|not mistaken|reading (?:this|it|that) (?:right|correctly))|i understand (?:correctly|(?:this|it|that) (?:right|correctly))|i recall correctly|memory serves)\b/gi;
const conditional: Refiner = (c, h) => {
  // the condition may sit in this clause, in an earlier one ("If you point it out, we will…"),
  // or in a later clause that opens with it ("I'll send it, if you want")
  const upto = c.sentence.slice(0, c.offsetInSentence + c.norm.length);
  const rest = c.sentence.slice(c.offsetInSentence + c.norm.length);
  const scope = (upto + (/^\W*(?:if|unless|in case|provided)\b/i.test(rest) ? rest : '')).replace(IF_POLITE, '');
  const m = CONDITIONAL.exec(scope);
  if (!m) return h;
  if (/\bif\b/i.test(m[0]) && IF_WHETHER.test(scope) && !/(?:^|[^\w'])(?:if|unless) you (?:have|need|want|require|are|would)/i.test(scope)) return h;
  return null;
};
const past: Refiner = (c, h) => {
  if (h.kind !== 'promise' || h.owner === 'third-party') return h;
  // a past tense statement in the same clause without a future modal is not a promise
  if (PAST_OR_STATUS.test(c.norm) && !/\b(?:will|'ll|shall|going to)\b/i.test(c.norm)) return null;
  return h;
};
const hedge: Refiner = (c, h) => {
  if (h.kind !== 'promise') return h;
  if (/(?:^|[^\w'])(?:i|we|it) (?:might|may)\b/i.test(c.norm)) return null;
  if (/(?:will|'ll) (?:probably|maybe|possibly|likely)\b/i.test(c.norm)) return null;
  // habits are descriptions, not commitments ("I will generally switch to qemu")
  if (/(?:will|'ll) (?:also )?(?:generally|usually|always|typically|normally|often|sometimes|rarely|mostly)\b/i.test(c.norm)) return null;
  if (HEDGE.test(c.norm) && h.confidence < 0.8) return null;
  if (/^(?:maybe|perhaps|possibly|probably|hopefully)\b/i.test(c.norm)) return null;
  return h;
};
const offer: Refiner = (c, h) => {
  if (h.kind !== 'promise') return h;
  if (COURTESY_PROMISE.test(c.norm)) return null;
  if (OFFER.test(c.norm) && !PROMISE_CORE.test(c.norm)) return null;
  return h;
};
const negated: Refiner = (c, h) => {
  if (h.kind !== 'promise') return h;
  if (/\b(?:won't|will not|shall not|can't|cannot|can not|not going to|never)\b/i.test(c.norm)) return null;
  // a future reported as a worry or a doubt is no promise ("I don't think we're going to…")
  return /\b(?:don't|do not|didn't) (?:think|believe|expect)\b|\b(?:worried|afraid|fear|concerned|doubt|suspect|not sure)\b/i.test(c.norm) ? null : h;
};
const requestQuestionInfo: Refiner = (c, h) => {
  if (h.kind !== 'request') return h;
  // a clause in quotes reports someone else's words
  if (/^"[^"]*"$/.test(c.norm.trim())) return null;
  return h;
};

export const en: CommitmentLocale = {
  id: 'en',
  parsers: [yesPlease, youAsk, mind, please, politeAsk, youMust, adviceInput, letMeKnow, dropLine,
    thirdParty, promiseCore, willDo, letMe, promiseCan, promiseProgressive, anyUpdate, couldWe, meetAsk, youWillHave, passiveDelivery, imperative],
  refiners: [notQuestionPromise, conditional, past, hedge, offer, negated, requestQuestionInfo],
  timeHint: /\b(?:today|tonight|tomorrow|eod|eow|asap|soon|shortly|momentarily|in a (?:bit|moment|minute|few minutes)|later|this (?:morning|afternoon|evening|week|month)|next (?:week|month|monday|tuesday|wednesday|thursday|friday)|(?:by|on|before|until) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end|end|\d)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in \d+ (?:days?|weeks?)|within (?:a|\d+|one|two) (?:days?|weeks?)|end of (?:the )?(?:day|week|month|quarter|year)|q[1-4])\b/i,
  courtesy: [
    /^(?:many |a lot of |big )?thanks?(?: you)?(?: (?:so|very) much)?(?: for (?:(?!\b(?:will|'ll|please|could|can|would)\b)[^.!?])*)?[.!]*$/i,
    /^(?:best|kind|warm)? ?regards\b/i,
    /^(?:please )?(?:do not|don't) hesitate to\b/i,
    /\bfeel free to\b/i,
    /\blook(?:ing)? forward to\b/i,
    /^(?:have a (?:nice|good|great) (?:day|weekend|week|evening))\b/i,
  ],
};
