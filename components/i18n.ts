// UI strings in English and Chinese. Views take a `locale` prop; the entrypoint picks it
// from the browser's language. Every key exists in both languages (checked by a test).
import type { CommitteeRole } from '../lib/model/extraction';
import type { ProjectOrigin, ProjectStage, RelationshipStage } from '../lib/model/records';

export type Locale = 'en' | 'zh';

export function pickLocale(languages: readonly string[]): Locale {
  for (const l of languages) {
    const tag = l.toLowerCase();
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

const en = {
  appName: 'Accord',
  loading: 'Loading…',
  errorTitle: 'Accord could not load this account',
  retry: 'Try again',
  emptyTitle: 'Open an email to see its account',
  emptyBody:
    'Accord reads the email you open in Gmail, Outlook on the web or your enabled webmail, and shows the customer account here: the people, what was promised, and what to do next.',
  emptyNoAccount: 'This email has no customer organisation',
  emptyNoAccountBody: 'Only our own team or personal addresses are on it. People with personal addresses can be filed under an account from their card.',
  privacy: 'Everything stays in this browser.',
  mailbox: 'Mailbox',
  lowConfidence: 'Read with the generic reader: check the details.',
  healthWarning: 'This webmail page changed; Accord fell back to the generic reader ({failed}).',
  relationship: 'Relationship',
  project: 'Project stage',
  origin: 'Origin',
  inferred: 'inferred',
  setByYou: 'set by you',
  evidence: 'Evidence',
  override: 'Change',
  committee: 'Buying committee',
  noOneYet: 'no contact yet',
  gaps: 'Gaps',
  commitments: 'Commitments',
  ours: 'We owe',
  theirs: 'They owe',
  noCommitments: 'No open commitments on this account.',
  overdue: 'overdue',
  overdueCount: 'Overdue',
  dueToday: 'due today',
  dueOn: 'due {date}',
  noDue: 'no date',
  done: 'Done',
  dismiss: 'Dismiss',
  snooze: 'Snooze a week',
  edit: 'Edit',
  save: 'Save',
  cancel: 'Cancel',
  reopen: 'Reopen',
  closed: 'Closed',
  lapsed: 'Long past when Accord first read it',
  deliveredHint: 'A later message seems to deliver this:',
  confirmDelivered: 'Confirm delivered',
  nextMoves: 'Next moves',
  noNextMoves: 'Nothing pressing. Keep the conversation going.',
  why: 'Why',
  contacts: 'People',
  captured: 'Captured',
  capture: 'Capture',
  suggested: 'Suggested',
  role: 'Role',
  noRole: 'no role',
  timeline: 'Timeline',
  inbound: 'from them',
  outbound: 'from us',
  internal: 'internal',
  search: 'Search accounts',
  searchPlaceholder: 'Search by company, domain or person',
  noResults: 'No account matches.',
  overdueAll: 'Overdue across all accounts',
  nothingOverdue: 'Nothing overdue. Well kept.',
  openPanel: 'Open side panel',
  topMove: 'Top next move',
  openCommitments: 'Open commitments',
  nextDue: 'Next due',
  coverage: 'Committee coverage',
  rolesCovered: '{n} of 6 roles',
  title: 'Title',
  phones: 'Phones',
  company: 'Company',
  lastSeen: 'Last contact',
  messages: 'Messages',
  options: 'Settings',
  editAccount: 'Edit account',
  accountName: 'Account name',
  rename: 'Rename',
  mergeInto: 'Merge into',
  merge: 'Merge',
  mergeHelp: 'Same customer under two names? Merge this account into the other one.',
  splitOff: 'Split off {domain}',
  fileUnder: 'File under account',
  file: 'File',
  chooseAccount: 'Choose an account',
  editContact: 'Edit contact',
  name: 'Name',
  phonesHelp: 'Phones, separated by commas',
  reciprocity: '{in} from them · {out} from us',
  changes: 'Stage and role changes',
  owedBy: 'Who owes it',
} as const;

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  appName: 'Accord',
  loading: '加载中…',
  errorTitle: 'Accord 无法加载此客户',
  retry: '重试',
  emptyTitle: '打开一封邮件即可查看对应客户',
  emptyBody: 'Accord 读取您在 Gmail、Outlook 网页版或已启用的网页邮箱中打开的邮件，并在这里显示客户：相关人员、双方的承诺以及下一步行动。',
  emptyNoAccount: '这封邮件没有客户组织',
  emptyNoAccountBody: '邮件中只有我方团队或个人邮箱。个人邮箱的联系人可以在其名片中归入某个客户。',
  privacy: '所有数据都留在本浏览器中。',
  mailbox: '邮箱',
  lowConfidence: '由通用读取器读取：请核对细节。',
  healthWarning: '该网页邮箱的页面结构已变化，Accord 已改用通用读取器（{failed}）。',
  relationship: '客户关系',
  project: '项目阶段',
  origin: '项目来源',
  inferred: '推断',
  setByYou: '您设定',
  evidence: '依据',
  override: '修改',
  committee: '采购决策小组',
  noOneYet: '尚无联系人',
  gaps: '缺口',
  commitments: '承诺事项',
  ours: '我方待办',
  theirs: '对方待办',
  noCommitments: '此客户没有未完成的承诺事项。',
  overdue: '已逾期',
  overdueCount: '已逾期',
  dueToday: '今天到期',
  dueOn: '{date} 到期',
  noDue: '无日期',
  done: '完成',
  dismiss: '忽略',
  snooze: '推迟一周',
  edit: '编辑',
  save: '保存',
  cancel: '取消',
  reopen: '重新打开',
  closed: '已关闭',
  lapsed: 'Accord 读到时早已过期',
  deliveredHint: '之后的一封邮件似乎已兑现此事项：',
  confirmDelivered: '确认已兑现',
  nextMoves: '下一步行动',
  noNextMoves: '暂无紧急事项，保持沟通即可。',
  why: '原因',
  contacts: '联系人',
  captured: '已保存',
  capture: '保存联系人',
  suggested: '建议',
  role: '角色',
  noRole: '未定角色',
  timeline: '往来记录',
  inbound: '客户来信',
  outbound: '我方发出',
  internal: '内部',
  search: '搜索客户',
  searchPlaceholder: '按公司、域名或联系人搜索',
  noResults: '没有匹配的客户。',
  overdueAll: '所有客户的逾期事项',
  nothingOverdue: '没有逾期事项，保持得很好。',
  openPanel: '打开侧边栏',
  topMove: '首要行动',
  openCommitments: '未完成承诺',
  nextDue: '最近到期',
  coverage: '决策小组覆盖',
  rolesCovered: '已覆盖 {n}/6 个角色',
  title: '职位',
  phones: '电话',
  company: '公司',
  lastSeen: '最近联系',
  messages: '邮件数',
  options: '设置',
  editAccount: '编辑客户',
  accountName: '客户名称',
  rename: '重命名',
  mergeInto: '合并到',
  merge: '合并',
  mergeHelp: '同一客户出现了两个名称？把此客户合并到另一个。',
  splitOff: '拆分出 {domain}',
  fileUnder: '归入客户',
  file: '归入',
  chooseAccount: '选择客户',
  editContact: '编辑联系人',
  name: '姓名',
  phonesHelp: '电话，用逗号分隔',
  reciprocity: '客户来信 {in} 封 · 我方发出 {out} 封',
  changes: '阶段与角色变更',
  owedBy: '由谁负责',
};

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { en, zh };

export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

export const ROLE_LABELS: Record<Locale, Record<CommitteeRole, string>> = {
  en: { user: 'User', technical: 'Technical', purchaser: 'Purchaser', 'decision-maker': 'Decision-maker', evaluator: 'Evaluator', coach: 'Coach' },
  zh: { user: '使用者', technical: '技术评估', purchaser: '采购', 'decision-maker': '决策者', evaluator: '评审', coach: '内部支持者' },
};

export const RELATIONSHIP_LABELS: Record<Locale, Record<RelationshipStage, string>> = {
  en: { prospect: 'Prospect', vendor: 'Vendor', 'preferred-supplier': 'Preferred supplier', partner: 'Partner', 'strategic-alliance': 'Strategic alliance' },
  zh: { prospect: '潜在客户', vendor: '供应商', 'preferred-supplier': '首选供应商', partner: '合作伙伴', 'strategic-alliance': '战略联盟' },
};

export const PROJECT_LABELS: Record<Locale, Record<ProjectStage, string>> = {
  en: { need: 'Need', initiation: 'Initiation', evaluation: 'Evaluation', proposal: 'Proposal', negotiation: 'Negotiation', contract: 'Contract', delivery: 'Delivery', expansion: 'Expansion' },
  zh: { need: '需求', initiation: '立项', evaluation: '评估测试', proposal: '方案报价', negotiation: '商务谈判', contract: '签约', delivery: '交付验收', expansion: '扩展销售' },
};

export const ORIGIN_LABELS: Record<Locale, Record<ProjectOrigin, string>> = {
  en: { proactive: 'Proactive', tender: 'Tender / RFP', unknown: 'Not known yet' },
  zh: { proactive: '主动引导', tender: '招标 / 应标', unknown: '尚不确定' },
};

export function formatDate(locale: Locale, iso: string | null): string {
  if (!iso) return '';
  const d = iso.length === 10 ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    day: 'numeric', month: 'short', ...(iso.length === 10 ? { timeZone: 'UTC' } : {}),
  }).format(d);
}
