// Chinese (Simplified and Traditional) vocabulary and patterns for commitments.
// Principles (GUIDE.md "Commitments"):
//   promise = 我/我们/我司/本院… (or a topic-first clause with no subject) + 会/将/要/马上/time
//             + an action verb (发, 寄, 提交, 回复, 安排…), not past (已/了), not a question,
//             not conditional on the reader (如果您需要…); 可以/能 only with a time phrase;
//   request = 请/麻烦/烦请/务必/能否/可否/希望您… + verb, ask-form questions (你能…吗),
//             directives to 你/你们 (你先…测一下); not prohibitions (请勿), not courtesy
//             formulas (请查收, 如有疑问请与我联系, 期待您的回复).
// Every pattern is bounded; clauses are short.
import type { CommitmentLocale, Hit, Parser, Refiner } from '../commitments';

/** Action verbs (Simplified and Traditional) that make a to-do item. */
// Ambiguous single characters (到, 出, 加, 用, 回…) are left out: they sit inside other words (收到, 出差, 增加).
const VERB = '(?:问问|問問|问一下|問一下|合入|合并|合併|合到|集成|整合|发布|發布|释放|釋放|与您联系|向您回复|向您匯報|和您聯繫|跟你确认|和您联系|跟您联系|與您聯繫|跟您确认|過來拜訪|跟您聯繫|跟你確認|跟您確認|过来拜访|向您汇报|向您回覆|回电话|打电话|看一下|到貴司|到現場|到现场|打電話|約時間|回電話|约时间|過一下|过一下|到贵司|安裝|討論|回电|跟进|汇报|上线|改好|備貨|上传|勘查|寄出|答复|部署|修復|調整|培训|回復|訂好|审核|参加|复核|審核|嘗試|遞交|調研|給予|介紹|签收|簽回|反馈|报名|簽收|批复|打给|檢查|發出|尝试|转给|交付|测试|报告|提交|聯調|回复|完成|发回|确认|回信|传给|傳給|发给|给到|安排|發給|評審|準備|验收|填好|處理|签署|解釋|发送|联系|提出|修正|分享|過去|送達|上傳|報告|拜訪|汇总|申请|写好|轉給|送达|预约|通知|邮寄|跟進|处理|寄回|反饋|上線|补齐|答覆|辦理|搞定|订好|发出|參加|溝通|沟通|發送|登记|准备|介绍|批覆|办理|回電|协调|申請|登記|联调|修复|解決|對接|聯繫|報名|推進|收到|落實|调研|实施|拜访|協調|对接|评审|解释|聯絡|检查|實施|驗收|联络|开通|匯報|优化|支付|送交|培訓|付款|優化|打給|出席|告诉|補齊|回覆|落实|整理|更新|測試|閱讀|郵寄|寄給|寄给|修改|開通|安装|说明|確認|發到|发至|演示|提供|查看|審批|解决|看看|备货|複核|排查|寫好|告訴|發至|审批|核對|给予|列出|發回|推进|进行|签回|說明|核对|过去|阅读|進行|預約|挑選|调整|給到|看下|递交|簽署|挑选|讨论|研究|彙總|发到|测|給|帮|签|试|弄|寄|測|送|簽|交|派|补|發|给|做|補|发|幫|試)';
/** The sender's side as a subject. */
const SENDER = '(?:我们|我們|咱们|咱們|我司|我方|敝司|敝公司|本公司|本院|本行|本校|本所|本中心|本部门|本部門|本人|我(?![国國省市县縣]))';
/** Modals and adverbs that put the action in the future. */
const FUTURE = '(?:将会|將會|会|會|将(?!来|來|近)|將(?!来|來|近)|要|准备|準備|打算|计划|計劃|争取|爭取|保证|保證|一定会|一定會|一定|马上|馬上|立即|立刻|随即|隨即|这就|這就|稍后|稍後|尽快|儘快|尽早|儘早|第一时间|第一時間|回头|回頭|晚点|晚點|晚些|过会|過會|再|先|来|來|去)';
const TIME = '(?:今天|今日|今晚|明天|明日|明早|后天|後天|大后天|大後天|本周|本週|这周|這週|這周|下周|下週|下礼拜|下禮拜|下星期|周[一二三四五六日天末]|週[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|禮拜[一二三四五六日天]|月底|月初|月中|下个月|下個月|本月|这个月|這個月|[0-9一二两兩三四五六七八九十]+(?:个|個)?(?:天|日|周|週|星期|工作日|小时|小時|月)[内內後后]|[0-9]{1,2}月[0-9]{1,2}[日号號]|第[一二三四]季|Q[1-4]|年底|年前|节后|節後|稍后|稍後|尽快|儘快|第一时间|第一時間|近期|近日|随后|隨後|之后|之後|上午|下午|晚上|这两天|這兩天|这几天|這幾天|过两天|過兩天|回头|回頭|晚点|晚點|下(?:个|個|一)(?:版本|版|迭代))';

const rx = (s: string): RegExp => new RegExp(s, 'u');
// compiled once: the parsers run per clause
const SENDER_RE = rx(SENDER);
const VERB_RE = rx(VERB);
const TIME_RE = rx(TIME);

// ---- requests ----
// 请 as "please"; not 申请 (apply), 邀请 (invite), 请假 (leave), 请问 (may I ask), 请她/他 (treat someone).
const QING = /(?<![申邀聘宴恭延回提敬已])[请請](?![勿假客柬求问問示教她他])/u;
const QING_NOT = /[请請](?:不要|勿|别|別|见|見|查收|查閱|查阅|参阅|參閱|参考|參考|参见|參見|注意|留意|知悉|悉知|放心|多指教|多多指教|多关照|多關照|多包涵|原谅|原諒|谅解|諒解|稍候|稍等|见谅|見諒|随时|隨時|自便|慢用|忽略|无视|無視|保持|注明|註明|写明|寫明|标明|標明|访问|訪問|点击|點擊|登录|登錄|登陆|登陸|以电子邮件通知|以電子郵件通知|立即删除|立即刪除)/u;
const COURTESY_CONTACT = /[请請](?:您|你)?(?:随时|隨時|速|尽快|儘快)?(?:与|與|和|跟)?我(?:们|們|公司|司)?(?:联系|聯繫|聯絡|联络)/u;
/**
 * 请 as "invite / treat" or told as past: 我请了三天假, 上周请他吃饭, 把亲戚请来吃饭, 请客, 请过同事.
 * Not 请来电 (please call), 请过目 (please look over), 请了解.
 */
const QING_INVITE = /[请請](?:了(?!解)|过(?!目)|過(?!目))|[请請][^，。！？,!?]{0,8}?(?:吃饭|吃飯|吃|喝|饭|飯|做客|玩)|[请請](?:来|來)(?!电|電)/u;
/** A past or narrative time before 请: "前几天请牛师傅帮着搬家", "本来应该请…". */
const QING_PAST = /(?:昨天|昨晚|前天|前几天|前幾天|上周|上週|上个月|上個月|上次|那天|那次|当时|當時|去年|以前|本来|本來|那时|那時)[^，。！？,!?]{0,12}?[请請]|(?:我|我们|我們)(?:一个人|都|也|就)?[单單]?[请請](?!您|你|教)/u;
/**
 * Advertising contact lines: "详情请电…", "请来电咨询", "请电话查询": the reader is told where to
 * ask, not asked to do something (like "如有疑问请与我联系").
 */
const CONTACT_VALUE = /\d[\d\s()\-]{6,40}\d|[\w.+-]+@[\w-]+\.[\w.]+|QQ\s*[:：]?\s*\d/iu;
const QING_CONTACT_AD = /(?:详情|詳情|详细|詳細|详询|詳詢)[^，。！？]{0,4}?[请請]|[请請](?:速)?(?:来电|來電|致电|致電|电话|電話|电|電)(?![脑腦子视視])|[请請](?:保留|记下|記下)[^，。！？]{0,8}?(?:电话|電話|号码|號碼|联系方式|聯繫方式)|[请請](?:随手|隨手)?(?:删除|刪除|销毁|銷毀)|[请請][^，。！？]{0,6}?(?:放心)/u;
/** 敬请原谅, 恳请谅解: apologies and courtesy formulas. */
const POLITE_COURTESY = /(?:敬请|敬請|恳请|懇請|还请|還請)(?:原谅|原諒|谅解|諒解|见谅|見諒|期待|关注|關注|留意|光临|光臨|垂询|垂詢|指正|批评指正|批評指正|海涵|包涵|放心)/u;
const POLITE_NOT = /(?:[很太有点點比较較挺不真]|的)(?:麻烦|麻煩)|(?:麻烦|麻煩)(?:你|您)?了|(?:添|找)(?:麻烦|麻煩)/u;
const ASK_VERB = '(?:帮|幫|给|給|告诉|告訴|发|發|寄|提供|解释|解釋|说明|說明|看看|看一下|看下|确认|確認|安排|分享|介绍|介紹|推荐|推薦|回复|回覆|补充|補充|贴|貼|上传|上傳|试|試|测|測|检查|檢查|处理|處理|更新|修改|再|把|将|將|指点|指點|指导|指導)';
const POLITE = rx(`(?:^(?:帮忙|幫忙|帮我|幫我)|辛苦(?!了|啦|你了|您了)(?:您|你|你们|你們)?(?:帮忙|幫忙|帮|幫|再)|(?:^|[^这這那多很太好挺是真])(?:麻烦|麻煩)(?:(?:您|你|你们|你們|各位|大家|贵司|貴司|贵方|貴方)[^，。！？,!?]{0,10}?)?(?:帮|幫|把|再|给|給|尽快|儘快|${VERB})|烦请|煩請|劳烦|勞煩|拜托|拜託|务必|務必|恳请|懇請|还请|還請|敬请|敬請|有劳|有勞|(?:望|盼|希望)(?:您|你|你们|你們|贵|貴|各位|大家)[^，。！？,!?]{0,8}?(?:${ASK_VERB}|${VERB})|(?:(?:你|您|你们|你們|贵司|貴司|贵方|貴方)[^，。！？]{0,4}?)?(?:能否|可否|能不能|可不可以|是否可以|是否能)(?=请|請|帮|幫|给|給|麻烦|麻煩|您|你|贵|貴|把|将|將|提供|发|發|寄|安排|告诉|告訴|确认|確認|再|尽快|儘快|说明|說明|介绍|介紹|分享|回复|回覆)|可以请|可以請|想请您|想請您|想请你|想請你|想请教|想請教|(?<![我们們])(?:请教|請教))`);
const ASK_QUESTION = rx(`(?:你|您|你们|你們)?(?:能|可以|可否|能否|能不能|可不可以|方便)(?:帮忙|幫忙)?${ASK_VERB}[^，。！？,!?]{0,24}?(?:(?:吗|嗎|么|麼|不)?[？?]|(?:吗|嗎)[。！!]?$)`);
const DIRECTIVE = rx(`(?:^|[^我])(?:你们|你們|您|你|贵司|貴司|贵方|貴方|各位|大家)(?:这边|這邊)?(?:可以|先|再|就|还是|還是|要|需要|务必|務必|尽快|儘快|最好|得|赶紧|趕緊|马上|馬上)+(?:先|再)?(?:用|拿|加|测|測|试|試|检查|檢查|排查|看|发|發|寄|提供|确认|確認|准备|準備|安排|回复|回覆|联系|聯繫|更新|修改|提交|补|補|填|签|簽)`);
const BA_REQUEST = /^(?:那|那么|那麼)?(?:你|您|你们|你們)?(?:再|先|赶紧|趕緊|马上|馬上)[^，。！？]{1,12}吧[。！!]?$/u;
const WANT_KNOW = /(?:想|希望)(?:了解|请教|請教|咨询|諮詢|知道|问|問)(?:一下|下)/u;
const INTERESTED = /(?:有意者|有意的|有意向|感兴趣的|感興趣的|有兴趣的|有興趣的)[^，。！？]{0,6}?(?:请|請|可|速|直接|欢迎|歡迎)/u;
const ADVICE = /(?:建议|建議|推荐|推薦)/u;
const PROHIBIT = /(?:不要|勿|别|別|禁止|切勿|不得)/u;

// ---- promises ----
const PROMISE_SENDER = rx(`${SENDER}(?:这边|這邊|那边|那邊|的[^，。！？,]{0,8}?(?:团队|團隊|同事|部门|部門|工程师|工程師|法务|法務|人员|人員))?(?:[^，。！？,!?你您]{0,12}?)(?:${FUTURE}|${TIME})+(?:在|于|於|把|将|將|给|給|和|跟|与|與|向|到|对|對|为|為|[^，。！？,!?]{0,10}?)?${VERB}`);
const PROMISE_TRY = rx(`${SENDER}[^，。！？,!?你您]{0,8}?(?:再|先|来|來|去|会|會)?(?:仔细|仔細|好好|认真|認真)?(?:${VERB}|看|查|试|試|尝试|嘗試|检查|檢查)(?:一下|下)`);
/** "我看完后回复你": the sender acts toward the reader, present form with future sense. */
const PROMISE_TO_YOU = rx(`^(?:[^，。！？,!?]{0,10}?)${SENDER}(?!们|們)[^，。！？,!?你您他她]{0,12}?${VERB}(?:给|給)?(?:你|您|你们|你們|贵司|貴司)`);
const PROMISE_CAN = rx(`${SENDER}[^，。！？,!?]{0,16}?(?:可以|能|能够|能夠|可)[^，。！？,!?]{0,12}?${VERB}`);
const SUBJECTLESS_MODAL = rx(`^(?:[^，。！？,!?我你您]{0,16}?)(?:将会|將會|会|會|将|將)(?=在|于|於|尽快|儘快|马上|馬上|立即|第一时间|第一時間|及时|及時|一并|一併|直接|另外|单独|單獨|先|再|把|${VERB})[^，。！？,!?你您]{0,24}?${VERB}`);
const SUBJECTLESS_TIME = rx(`^(?:[^，。！？,!?我你您]{0,16}?)${TIME}(?:前|之前|以前|内|內)?[^，。！？,!?你您]{0,6}?${VERB}`);
const THIRD = rx(`(?:^|[的、，,\\s]|[^\\u4e00-\\u9fff])([\\u4e00-\\u9fff]{1,2}(?:工|小姐|先生|女士|经理|經理|总|總|主任|老师|老師|博士|教授|主管|总监|總監|工程师|工程師|律师|律師|助理|秘书|秘書))(?:[^，。！？,!?]{0,6}?)(?:${FUTURE}|${TIME})`);
const MEETING_HUI = /(?:[会會][议議上场場谈談期长長员員计計])|(?:[开開例周週晨年大小茶酒晚宴机機社学學协協]|说明|說明|发布|發布|验收|驗收|评审|評審|研讨|研討|交流|协调|協調|展)[会會]/u;
const PAST = /(?:已经|已經|已|刚刚|剛剛|刚|剛|曾经|曾經|之前已|昨天|昨晚|上周|上週|上个月|上個月)|了(?!解|不起|结|結|却|卻)|过了|過了/u;
const PROGRESSIVE = /(?:正在|在进行|在進行)|中$/u;
/** "我这周在东京出差": where the sender is, not what they will do. */
const LOCATION_STATUS = rx(`${SENDER}(?:${TIME}|这几天|這幾天|目前|现在|現在)?(?:都|也|还|還)?在(?![^，。！？]{0,12}?(?:前|之前|以前|后|後|之后|之後|内|內))`);
/** Purpose clauses: "方便我们准备…" (so that we can prepare). */
const PURPOSE = /^(?:方便|以便|便于|便於|好让|好讓|为了|為了|以)/u;
const QUESTION_END = /[？?]|[吗嗎呢][。！!]?$/u;
const CONDITION = /(?:如(?=贵|貴|您|你|各位|有意)|(?:^|[^\u4e00-\u9fff])(?:有)?需要(?=[请請])|如果|如有|如需|如遇|如若|若有|若是|若|假如|假使|万一|萬一|要是|倘若|一旦|如對|如对|有任何|有急事|有问题|有問題|有疑问|有疑問|需要的话|需要的話)/u;
const CONDITION_READER = /(?:您|你|贵|貴|需要|需|有意|感兴趣|感興趣|问题|問題|疑问|疑問|急事|院方|贵方|貴方)/u;
const OPINION = /(?:我|我们|我們)(?:觉得|覺得|认为|認為|想|希望|建议|建議|相信|估计|估計|猜|感觉|感覺|期待|期望|说|說)|应该|應該|应当|應當/u;

const hit = (kind: 'promise' | 'request', owner: Hit['owner'], confidence: number, rule: string, weak = false): Hit =>
  ({ kind, owner, confidence, rule, weak });

const qing: Parser = (c) => {
  if (!QING.test(c.norm) || QING_NOT.test(c.norm) || COURTESY_CONTACT.test(c.norm)) return null;
  if (QING_INVITE.test(c.norm) || QING_PAST.test(c.norm) || QING_CONTACT_AD.test(c.norm)) return null;
  // how to use a contact channel printed beside it: "(不在线时请留言)", "需要请联系,电话:…"
  if (CONTACT_VALUE.test(c.norm) && /[请請](?:速|直接)?(?:联系|聯繫|聯絡|联络|留言|发短信|發短信|致电|致電|来电|來電)/u.test(c.norm)) return null;
  return hit('request', 'recipient', 0.85, 'zh.request.qing');
};
const polite: Parser = (c) => {
  if (!POLITE.test(c.norm) || POLITE_NOT.test(c.norm) || POLITE_COURTESY.test(c.norm)) return null;
  // "他是否能给你…": asked about a third person, not of the reader
  if (/(?:他|她|它)(?:们|們)?[^，。！？]{0,2}?(?:能否|可否|能不能|可不可以|是否可以|是否能)/u.test(c.norm)) return null;
  return hit('request', 'recipient', 0.8, 'zh.request.polite');
};
const askQuestion: Parser = (c) => {
  if (!ASK_QUESTION.test(c.norm)) return null;
  if (/^(?:我|我们|我們)(?:能|可以)/u.test(c.norm)) return null; // "may I …?" asks permission
  return hit('request', 'recipient', 0.7, 'zh.request.ask-question');
};
const directive: Parser = (c) => (DIRECTIVE.test(c.norm) && !ADVICE.test(c.norm) ? hit('request', 'recipient', 0.65, 'zh.request.directive') : null);
const baRequest: Parser = (c) => (BA_REQUEST.test(c.norm) && !/^(?:我|我们|我們|好|那好|算了|是|对|對)/u.test(c.norm) ? hit('request', 'recipient', 0.6, 'zh.request.ba') : null);
/** "确认后告诉我一声": the reader is asked to report back to the sender. */
const TELL_ME = /(?:告诉|告訴|通知|回复|回覆|答复|答覆|发给|發給|寄给|寄給|反馈|反饋|知会|知會)(?:我|我们|我們)(?:一声|一聲|一下)?[。！!]?$/u;
const tellMe: Parser = (c) => {
  const lead = c.norm.replace(TELL_ME, '');
  if (!TELL_ME.test(c.norm) || lead.length > 14 || /(?:^|[^你您])(?:我|他|她)(?!们|們)|已|了/u.test(lead)) return null;
  return hit('request', 'recipient', 0.6, 'zh.request.tell-me');
};
/** "您明天下午有空吗？": asking for the reader's time, with a time phrase. */
const AVAILABLE = /(?:你|您|你们|你們|贵司|貴司)[^，。！？]{0,10}?(?:有空|有时间|有時間|方便)(?:吗|嗎|么|麼|不|否)?[？?]?$/u;
const available: Parser = (c) => (c.hasTime && AVAILABLE.test(c.norm) ? hit('request', 'recipient', 0.5, 'zh.request.available') : null);
const wantKnow: Parser = (c) => (WANT_KNOW.test(c.norm) ? hit('request', 'recipient', 0.6, 'zh.request.want-to-know') : null);
const interested: Parser = (c) => (INTERESTED.test(c.norm) ? hit('request', 'recipient', 0.75, 'zh.request.interested') : null);

function senderOrThird(c: { norm: string }): Hit['owner'] {
  return THIRD.test(c.norm) && !SENDER_RE.test(c.norm.slice(0, c.norm.search(THIRD))) ? 'third-party' : 'sender';
}

const promiseSender: Parser = (c) => {
  const m = PROMISE_SENDER.exec(c.norm);
  if (!m) return null;
  if (MEETING_HUI.test(m[0]) && !/(?:将|將|要|马上|馬上)/u.test(m[0]) && !TIME_RE.test(m[0])) return null;
  return hit('promise', 'sender', 0.85, 'zh.promise.sender');
};
const promiseTry: Parser = (c) => (PROMISE_TRY.test(c.norm) ? hit('promise', 'sender', 0.7, 'zh.promise.try') : null);
const promiseToYou: Parser = (c) => (PROMISE_TO_YOU.test(c.norm) && !c.question ? hit('promise', 'sender', 0.6, 'zh.promise.to-you') : null);
const promiseCan: Parser = (c) => (c.hasTime && PROMISE_CAN.test(c.norm) ? hit('promise', 'sender', 0.7, 'zh.promise.can-with-time') : null);
const thirdParty: Parser = (c) => {
  const m = THIRD.exec(c.norm);
  if (!m) return null;
  // "我们的张工明天会…" names a colleague: still a third party (GUIDE: "even a colleague")
  const before = c.norm.slice(0, m.index + m[0].indexOf(m[1]!));
  if (SENDER_RE.test(before) && !/的$/u.test(before)) return null;
  if (!VERB_RE.test(c.norm.slice(m.index + m[0].length))) return null;
  return { kind: 'promise', owner: 'third-party', ownerName: m[1]!, confidence: 0.7, rule: 'zh.promise.third-party' };
};
const subjectless: Parser = (c) => {
  const modal = SUBJECTLESS_MODAL.exec(c.norm);
  const m = modal ?? SUBJECTLESS_TIME.exec(c.norm);
  if (!m) return null;
  if (MEETING_HUI.test(m[0]) && !TIME_RE.test(m[0])) return null;
  // estimates ("预计下周三到达") are information, not commitments
  if (/(?:预计|預計|估计|估計|预估|預估|大概|可能)/u.test(c.norm)) return null;
  // ability ("能保证…") states a requirement, not a commitment
  if (/(?:能|可以|能够|能夠)/u.test(m[0])) return null;
  // the reader or a third party as subject is not the sender's promise
  if (/^(?:[^，。！？]{0,6})(?:贵司|貴司|贵方|貴方|贵院|貴院|贵行|貴行|他|她|他们|他們)/u.test(c.norm)) return null;
  // with a modal of its own the clause stands alone; a bare time + verb continues an earlier ask
  return hit('promise', senderOrThird(c), 0.6, 'zh.promise.subjectless', !modal);
};

// ---- refiners ----
const prohibition: Refiner = (c, h) => (h.kind === 'request' && PROHIBIT.test(c.norm) && !/不要做任何|不需要/u.test(c.norm) ? null : h);
/** Conditions that are politeness only: "如果方便的话" (if convenient). */
const POLITE_CONDITION = /(?:如果|若|要是)?(?:方便|可以|可能|允许|允許)的?话|如(?:果)?(?:方便|可能)/gu;
const conditional: Refiner = (c, h) => {
  const before = c.sentence.slice(0, c.offsetInSentence + Math.max(0, c.norm.length)).replace(POLITE_CONDITION, '');
  const m = CONDITION.exec(before);
  if (!m) return h;
  if (h.kind === 'request') return null;
  const cond = before.slice(m.index, m.index + 16);
  return CONDITION_READER.test(cond) ? null : h;
};
const past: Refiner = (c, h) => {
  if (h.kind !== 'promise') return /(?:已经|已經|已)(?:请|請)/u.test(c.norm) ? null : h;
  if (PAST.test(c.norm) && !/(?:会|會|将|將|要)/u.test(c.norm)) return null;
  if (/(?:已经|已經|已)/u.test(c.norm)) return null;
  if (/(?:正在|在进行|在進行)/u.test(c.norm) && !/(?:正在|在进行|在進行)[^，。！？]*(?:会|會|将|將)/u.test(c.norm)) return null;
  if (PROGRESSIVE.test(c.norm) && !TIME_RE.test(c.norm)) return null;
  if (!/(?:会|會|将|將|要)/u.test(c.norm) && LOCATION_STATUS.test(c.norm)) return null;
  if (PURPOSE.test(c.norm)) return null;
  return h;
};
/**
 * Offers and service boilerplate describe availability, not a commitment: "可上网查证或我司…核对",
 * "可为您定制", "欢迎来电"; an organisation's pledge to the public ("公司将给大家提供…平台",
 * "本公司向所有公司承诺…") commits to no specific action for this reader.
 */
const OFFER = /^(?:[^，。！？,!?]{0,4}?)(?:也|还|還|均|都|亦)?可(?!能|以在|以于|以於)|(?:可|可以)(?:为|為)(?:您|你|贵|貴|客户|客戶)|(?:欢迎|歡迎)(?:来电|來電|垂询|垂詢|光临|光臨|咨询|諮詢|订购|訂購|选购|選購|登录|登錄|惠顾|惠顧)/u;
const PUBLIC_PLEDGE = /(?:公司|我司|本司|本店|本站|本网|本網|本中心)[^，。！？,!?]{0,12}?(?:大家|所有|广大|廣大|各界|新老|全国|全國)|(?:承诺|承諾)[^，。！？,!?]{0,6}?(?:先|绝对|絕對)/u;
/** Not the sender's action: passive (被老板派去), negated (我不会先发), habitual (很少会打电话), for oneself (给自己买). */
const NOT_ACTION = /(?:给|給|为|為)自己|(?:我|我们|我們)是[^，。！？,!?]{0,10}?(?:日|号|號|时候|時候|那天)|一直(?:都)?是|最好|被|(?:不会|不會|没有|沒有|没|沒|不要|不用|不必|不能|不想|不打算)(?!问题|問題)|(?:很少|经常|經常|常常|总是|總是|通常|往往|一向|从来|從來)|(?:当时|當時|那时候|那時候|当年|當年)/u;
/** A thing, not a person, as the topic: "本调查将进行至10月", a duration or a schedule. */
const THING_TOPIC = /^(?:[^，。！？,!?]{0,4}?)本(?!公司|院|行|校|所|中心|部门|部門|人|司)[\u4e00-\u9fff]{1,4}(?:将|將|会|會)|(?:进行|進行|持续|持續|延续|延續)(?:至|到)/u;
const offer: Refiner = (c, h) => (h.kind === 'promise' && (OFFER.test(c.norm) || PUBLIC_PLEDGE.test(c.norm) || NOT_ACTION.test(c.norm) || THING_TOPIC.test(c.norm)) ? null : h);
const question: Refiner = (c, h) => (h.kind === 'promise' && (QUESTION_END.test(c.norm) || c.question) ? null : h);
const opinion: Refiner = (c, h) => (h.kind === 'promise' && OPINION.test(c.norm) && !/(?:会|會|将|將)/u.test(c.norm.slice(c.norm.search(OPINION) + 2)) ? null : h);

export const zh: CommitmentLocale = {
  id: 'zh',
  parsers: [qing, polite, interested, askQuestion, wantKnow, directive, baRequest,
    available, thirdParty, promiseSender, promiseTry, promiseCan, promiseToYou, subjectless, tellMe],
  refiners: [prohibition, conditional, past, question, opinion, offer],
  timeHint: TIME_RE,
  leadIn: /(?:将|將|会|會|要)[^，。！？]{0,16}(?:后|後|前|时|時|之际|之際)$/u,
  courtesy: [
    /^(?:谢谢|謝謝|感谢|感謝|多谢|多謝|辛苦了)/u,
    /(?:期待|静候|靜候|恭候)(?:您|你)?(?:的)?(?:回复|回覆|回音|佳音|答复|答覆)/u,
    /(?:祝|顺祝|順祝)(?:好|商祺|安好|工作顺利|工作順利)/u,
    /(?:随时|隨時)(?:与|與|和|跟)?(?:我|我们|我們)?(?:联系|聯繫|聯絡|沟通|溝通)/u,
  ],
};
