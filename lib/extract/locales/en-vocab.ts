// English (and Latin-script) vocabulary for contacts, signature fields, committee roles and
// deal signals. Data only: the logic lives in addresses.ts, signature-fields.ts, roles.ts and
// signals.ts. Lower-case words unless stated; regex sources are matched case-insensitively.
import type { SignalKind } from '../../model/extraction';

/** Words that make a signature line a job title (matched as whole words). */
export const EN_TITLE_WORDS = [
  'manager', 'director', 'engineer', 'executive', 'officer', 'recruiter', 'architect', 'president',
  'vice president', 'vp', 'svp', 'evp', 'avp', 'head', 'lead', 'specialist', 'analyst', 'consultant',
  'coordinator', 'administrator', 'representative', 'developer', 'programmer', 'scientist',
  'designer', 'buyer', 'planner', 'supervisor', 'superintendent', 'chairman', 'chairwoman', 'chair',
  'founder', 'co-founder', 'partner', 'principal', 'associate', 'assistant', 'secretary', 'counsel',
  'attorney', 'accountant', 'controller', 'treasurer', 'trader', 'advisor', 'adviser', 'agent',
  'technician', 'operator', 'strategist', 'owner', 'intern', 'fellow', 'professor', 'lecturer',
  'researcher', 'maintainer', 'ceo', 'cto', 'cio', 'cfo', 'coo', 'cmo', 'ciso', 'cpo', 'gm',
] as const;

/** Legal-form suffixes: a line ending in one of these is a company name. */
export const EN_COMPANY_SUFFIX =
  /(?:^|[\s,])(?:inc\.?|incorporated|ltd\.?|limited|llc|l\.l\.c\.|llp|corp\.?|corporation|co\.|company|gmbh|ag|plc|s\.a\.|sa|s\.r\.l\.|srl|b\.v\.|bv|n\.v\.|nv|pte\.?(?:\s+ltd\.?)?|pty\.?(?:\s+ltd\.?)?|k\.k\.|oy|ab|as|a\/s|spa|s\.p\.a\.|kg|lp|l\.p\.)\s*$/i;

/**
 * Words that name an organisation when a line has no legal suffix ("Northwind Logistics",
 * "Pinecrest Health System"). Only used for lines that are not titles.
 */
export const EN_ORG_WORDS = [
  'software', 'systems', 'system', 'technologies', 'technology', 'tech', 'solutions', 'networks',
  'network', 'logistics', 'group', 'holdings', 'partners', 'consulting', 'labs', 'laboratories',
  'industries', 'industrial', 'supply', 'foods', 'bank', 'capital', 'financial', 'insurance',
  'health', 'healthcare', 'hospital', 'clinic', 'clinical', 'medical', 'pharma', 'pharmaceuticals',
  'energy', 'power', 'electric', 'motors', 'automotive', 'robotics', 'electronics', 'semiconductor',
  'communications', 'telecom', 'media', 'university', 'college', 'institute', 'district',
  'authority', 'council', 'ministry', 'agency', 'foundation', 'association', 'manufacturing',
  'precision', 'engineering', 'services', 'enterprises', 'international', 'global', 'cloud',
  'data', 'digital', 'airlines', 'shipping', 'trading', 'ventures', 'studios', 'cooperative',
  'corporate', 'staffing',
] as const;

/** A line that is a department, not a title ("Operations Planning" is kept out by position). */
export const EN_DEPARTMENT_WORDS = /\b(?:department|dept\.?|division|team|office of|desk)\b/i;

/** Labels in front of a phone number. */
export const EN_PHONE_LABEL =
  /\b(?:tel|telephone|phone|ph|mobile|mob|cell|cellular|office|direct|dir|work|main|desk|hotline|switchboard|[tmpdoc])\b\.?\s*[:.]?/i;

/** Closings that introduce a sign-off ("Best regards," "Thanks,"). */
export const EN_CLOSINGS =
  /^(?:best(?:\s+regards|\s+wishes)?|kind(?:est)?\s+regards|warm(?:est)?\s+regards|regards|many\s+thanks|thanks(?:\s+(?:again|and\s+regards|&\s+regards))?|thank\s+you|cheers|sincerely(?:\s+yours)?|yours(?:\s+(?:sincerely|truly|faithfully))?|respectfully|br|b\.r\.?|all\s+the\s+best|with\s+thanks|take\s+care)\s*[,.!]?\s*$/i;

/** Address lines (street, suite, postcode) are not titles or companies. */
export const EN_ADDRESS_LINE =
  /\b(?:street|st\.|avenue|ave\.?|road|rd\.|boulevard|blvd\.?|suite|ste\.?|floor|fl\.|building|bldg\.?|drive|dr\.|lane|ln\.|parkway|pkwy|way|p\.?o\.?\s+box|plaza|square|court|ct\.)(?:\s|$|,)|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b\d{5}(?:-\d{4})?\s*$/;

/** Display-name words that mark a role mailbox or a list, not a person. */
export const EN_ROLE_NAME_WORDS =
  /\b(?:announcements?|notices?|notifications?|newsletters?|tenders?|procurement|purchasing|support|helpdesk|help\s+desk|service\s+desk|customer\s+service|sales|billing|accounts|team|department|dept|office|maillist|mailing\s+list|list|no-?reply|do\s+not\s+reply|donotreply|mailer|daemon|postmaster|webmaster|admin|administrator|info|enquiries|inquiries|hr|recruiting|careers|marketing|bot|robot|automated?|system|alerts?)\b/i;

/**
 * Local parts of role and robot mailboxes (compared after splitting on . _ - +).
 * `robot` ones are never people, even with a personal display name.
 */
export const ROBOT_LOCAL_TOKENS = [
  'noreply', 'no-reply', 'donotreply', 'do-not-reply', 'notifications', 'notification', 'notify',
  'mailer-daemon', 'mailerdaemon', 'postmaster', 'bounce', 'bounces', 'daemon', 'alerts',
  'autoreply', 'automated', 'robot', 'bot', 'newsletter', 'digest', 'updates',
  'owner', 'request', 'majordomo', 'listserv', 'mailman', 'announce', 'announcements',
] as const;
export const ROLE_LOCAL_TOKENS = [
  'support', 'info', 'sales', 'contact', 'contacts', 'help', 'helpdesk', 'service', 'services',
  'admin', 'administrator', 'webmaster', 'hostmaster', 'abuse', 'security', 'billing', 'accounts',
  'accounting', 'finance', 'invoice', 'invoices', 'ap', 'ar', 'hr', 'jobs', 'careers', 'recruiting',
  'marketing', 'press', 'media', 'pr', 'legal', 'compliance', 'office', 'reception', 'enquiries',
  'inquiries', 'feedback', 'team', 'staff', 'all', 'everyone', 'dev', 'devel', 'developers', 'sw',
  'hw', 'list', 'lists', 'group', 'groups', 'users', 'announce', 'notices',
  'tenders', 'tender', 'bids', 'bid', 'procurement', 'purchasing', 'purchase', 'orders', 'order',
  'customerservice', 'cs', 'ops', 'operations', 'it', 'noc', 'soc', 'stable', 'patches',
  'x86', 'arm', 'review', 'reviews', 'commits', 'builds', 'ci', 'build', 'discuss', 'bugs', 'maintainers',
] as const;

/** Hosts whose addresses are mailing lists. */
export const LIST_HOST = /^(?:lists?|listserv|mailman|groups?|ml|mail-?list|discuss)\.|(?:^|[.-])mailman[.-]|(?:^|\.)(?:vger\.kernel\.org|googlegroups\.com|groups\.io|yahoogroups\.com|freelists\.org|lists\.sourceforge\.net|driverdev\.osuosl\.org)$/i;

// ---------------------------------------------------------------------------------------------
// Deal signals (signals.ts). Each pattern must show the commercial sense on its own: bare
// "test", "upgrade", "implementation", "requirements", "budget" or "call" are engineering
// words on a mailing list, so they only count inside a deal phrase.

export interface SignalPattern {
  kind: SignalKind;
  re: RegExp;
  confidence: number;
}

export const EN_SIGNALS: SignalPattern[] = [
  { kind: 'tender', re: /\b(?:tenders?|tendering|RFPs?|RFQs?|RFIs?|ITBs?|request for (?:proposals?|quotations?|quotes?|information|tenders?)|invitation (?:to|for) (?:bid|tender)|bid(?:s|ding)? (?:opening|bond|documents?|deadline|submission|package)|bidders?'?\s+conference|pre-?bid|sealed bids?|submit (?:our |a |the |sealed )?bids?|addendum \d+ to)\b/i, confidence: 0.9 },
  { kind: 'quote', re: /\b(?:quotations?|(?:price|pricing|formal|revised|updated|final|budgetary|official|commercial) quotes?|(?:price|pricing|commercial|budgetary|formal) (?:proposals?|offers?)|(?:send|sent|submit|submitted|prepare|provide|attach(?:ed)?|received?) (?:you |over )?(?:our|the|a|an|my|your)? ?(?:revised |updated |formal |final |new )?quotes?\b(?! from)|pricing (?:options?|proposals?|sheets?|schedules?|tables?)|price (?:list|sheet|schedule|breakdown)s?)\b/i, confidence: 0.85 },
  { kind: 'pilot', re: /\b(?:pilots?|piloting|pilot (?:project|program(?:me)?|phase|site|ward|group)|POCs?|proof[- ]of[- ]concept|(?:free |product |software |\d+-day )?trials? (?:licen[cs]es?|period|account|version|run|deployment)|(?:free|product|software|\d+-day) trial|evaluation licen[cs]es?|test(?:ing)? environment|staging environment|demo environment|sandbox (?:environment|account|tenant))\b/i, confidence: 0.85 },
  { kind: 'contract', re: /\b(?:contracts?|contractual|MSA|master (?:services? |purchase )?agreement|(?:service|services|license|licence|framework|supply|purchase) agreement|statement of work|SOW|order form|change order|sign(?:ed|ing)? (?:the |our |your )?(?:agreement|order form|contract|change order|deal)|redlines?|terms and conditions)\b/i, confidence: 0.85 },
  { kind: 'purchase-order', re: /\b(?:purchase orders?|PO\s*(?:#|no\.?|number)?\s*\d{3,}|POs? (?:number|is attached|has been|was issued)|(?:place|placed|placing) (?:an |the |our )?order|issue (?:a |the )?PO|order confirmation)\b/i, confidence: 0.9 },
  { kind: 'invoice', re: /\b(?:invoices?|invoicing|billing (?:cycle|address|contact|schedule)|payment terms?|net \d{2}|proforma|pro-forma)\b/i, confidence: 0.85 },
  { kind: 'acceptance', re: /\b(?:acceptance (?:test(?:s|ing)?|criteria|report|certificate|sign-?off|review|meeting)|final acceptance|user acceptance|UAT|(?:customer|client) sign-?off|accept(?:ed)? the (?:delivery|deliverables?|system|installation))\b/i, confidence: 0.85 },
  { kind: 'renewal', re: /\b(?:renewals?|renew(?:ed|ing)? (?:the |our |your )?(?:contract|subscription|licen[cs]es?|agreement|support|maintenance|term|order|deal)|(?:contract|subscription|licen[cs]e|support) (?:renewal|expires?|expiry|expiring|end date))\b/i, confidence: 0.85 },
  { kind: 'maintenance', re: /\b(?:maintenance (?:contract|agreement|plan|renewal|fees?|support|services?|coverage)|support (?:contract|agreement|plan|renewal|coverage|tier)|annual support|SLA|service level agreement|after-?sales|(?:extended )?warranty|spare parts?)\b/i, confidence: 0.8 },
  { kind: 'upgrade', re: /\b(?:upgrade (?:to|the|our|your) (?:\w+ )?(?:edition|tier|plan|licen[cs]es?|subscription|package)|(?:additional|extra|more) (?:seats|licen[cs]es|users|modules|nodes)|(?:expand|expanding|expansion|increase|increasing|updated?) (?:the |our )?(?:renewal |order |contract |deployment )?to \d[\d,]* (?:seats|licen[cs]es|users|sites|nodes|beds|stores)|(?:capacity|licen[cs]e) expansion|add-?on modules?|upsell)\b/i, confidence: 0.8 },
  { kind: 'competitor', re: /\b(?:competitors?|competing (?:vendors?|offers?|bids?|proposals?|products?|solutions?)|another (?:vendor|supplier)|other (?:vendors?|suppliers|bidders|offers|quotes)|(?:an )?alternative (?:vendors?|suppliers?)|incumbent(?: vendor| supplier)?)\b/i, confidence: 0.8 },
  // "Quantiva has offered a comparable scope at $338,000": a named party's offer of the same
  // thing (a price, scope or terms), not "X has offered to help" (a promise)
  { kind: 'competitor', re: /\b(?!(?:We|I|You|They|He|She|It|Our|Your|Their|This|That|Everyone|Nobody)\b)[A-Z][\w&.-]+(?: [A-Z][\w&.-]+)? (?:has|have|had) (?:offered|quoted|proposed|bid)(?: us)? (?:an? |the )?(?:comparable|similar|equivalent|same|lower|cheaper|better|competitive|matching) (?:scope|price|pricing|rate|deal|offer|quote|package|terms|solution|product)\b|\b(?!(?:We|I|You|They|He|She|It|Our|Your|Their|This|That|Everyone|Nobody)\b)[A-Z][\w&.-]+(?: [A-Z][\w&.-]+)? (?:has|have|had) (?:offered|quoted|bid)(?: us)? [^.!?\n]{0,40}\b(?:at|for) [$€£¥]\s?\d/, confidence: 0.7 },
  { kind: 'competitor', re: /\b(?:[Aa]lso|[Cc]urrently) (?:talking to|speaking with|speaking to|considering|evaluating) (?:[A-Z][\w&.-]+)|\b(?:[Qq]uote|[Oo]ffer|[Pp]roposal|[Bb]id) from (?:[A-Z][\w&.-]+)/, confidence: 0.75 },
  { kind: 'price-pressure', re: /\b(?:discounts?|too expensive|(?:over|above|exceeds?|beyond) (?:our |the )?budget|(?:budget|funding) (?:is|was|has been) (?:cut|limited|tight|frozen|approved|reduced)|(?:our|the|their|annual|project|approved) budget|budgetary|cheaper|lower (?:the |your )?price|price reduction|reduce (?:the |your )?price|better (?:price|pricing|rate|terms)|best (?:price|offer)|(?:price|pricing|cost) (?:is|was|seems|looks) (?:too |quite |very )?high|(?:price|cost) concerns?|come down on (?:price|pricing)|price match|sharpen (?:your|the) pencil)\b/i, confidence: 0.85 },
  { kind: 'qualification', re: /\b(?:(?:supplier|vendor) (?:qualification|assessment|evaluation|registration|onboarding|due diligence|questionnaire|audit|approval|form)|pre-?qualification|(?:company|supplier|vendor|corporate|business) credentials|security questionnaire|due diligence|(?:qualification|compliance|registration) documents?|ISO ?(?:9001|27001|14001|13485)|certificate of (?:insurance|incorporation)|approved (?:supplier|vendor) list)\b/i, confidence: 0.85 },
  { kind: 'executive', re: /\b(?:(?:our|their|the|your|my) (?:CEO|CIO|CTO|CFO|COO|CISO|VP|SVP|EVP|vice president|president|chairman|chair|managing director|general manager|board|executive sponsor|executive team|leadership team)\b[^.;!?\n]{0,60}?\b(?:join|joins|joining|attend|attends|attending|will be|wants?|asked|approve|approves|approved|sign|signs|review|reviews|meet|decide|decides|present|involved|requested|needs?)|(?:CEO|CIO|CTO|CFO|COO|board of directors|executive sponsor) (?:will|would|wants|has asked|asked|is joining|joins|to join|needs|approved|must approve|sign-?off))/i, confidence: 0.85 },
  { kind: 'delivery', re: /\b(?:deliver(?:y|ies)? (?:date|schedule|time|plan|timeline|window|of the)|lead times?|go-?live|cut-?over (?:window|date|plan|weekend)|migration (?:plan|window|date|schedule)|went live|roll-?out|on-?site installation|installation (?:date|schedule|team)|commissioning|implementation (?:plan|schedule|phase|project|kick-?off|timeline|team|partner|services?)|project kick-?off|will (?:be )?deliver(?:ed)?|deliver (?:the|our|all|remaining|\d)|shipments?|ship(?:ping)? (?:date|schedule)|ship (?:by|on) )/i, confidence: 0.8 },
  { kind: 'requirements', re: /\b(?:(?:our|your|their|customer|business|functional|technical|project|security|compliance) (?:\w+ )?requirements|requirements? (?:document|list|gathering|workshop|spec(?:ification)?s?)|scope of work|(?:technical |functional )?specifications? (?:document|sheet)|spec sheet|use cases? (?:workshop|list)|pain points?)\b/i, confidence: 0.75 },
  { kind: 'meeting', re: /\b(?:meetings?|demos?|demonstrations?|workshops?|(?:site|on-?site|customer|office) visits?|presentations?|conference calls?|video calls?|(?<!(?:make|made|making|give (?:me|us)|gives? (?:me|us)) )(?:a|our|quick|short|follow-?up|kick-?off|discovery|intro(?:ductory)?|sales) call(?! (?:to|trace|site|stack|chain|graph|path|of|back))|(?:schedule|set up|arrange|book) (?:a |the )?(?:call|meeting|demo|visit)|bidders'? conference|briefing)\b/i, confidence: 0.7 },
];
