// English (and Latin-script) vocabulary for contacts, signature fields, committee roles and
// deal signals. Data only: the logic lives in addresses.ts, signature-fields.ts, roles.ts and
// signals.ts. Lower-case words unless stated; regex sources are matched case-insensitively.

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
/** Labels in front of a number that is not a phone to call. */
export const EN_FAX_LABEL = /\b(?:fax|facsimile|f)\b\.?\s*[:.]?\s*\+?[\d(]/i;

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
  'hw', 'list', 'lists', 'group', 'groups', 'users', 'announce', 'notices', 'customernotices',
  'tenders', 'tender', 'bids', 'bid', 'procurement', 'purchasing', 'purchase', 'orders', 'order',
  'customerservice', 'cs', 'ops', 'operations', 'it', 'noc', 'soc', 'mbx', 'stable', 'patches',
  'x86', 'arm', 'review', 'reviews', 'commits', 'builds', 'ci', 'build',
] as const;

/** Hosts whose addresses are mailing lists. */
export const LIST_HOST = /^(?:lists?|listserv|mailman|groups?|ml|mail-?list|discuss)\.|(?:^|\.)(?:vger\.kernel\.org|googlegroups\.com|groups\.io|yahoogroups\.com|freelists\.org|lists\.sourceforge\.net|driverdev\.osuosl\.org)$/i;
