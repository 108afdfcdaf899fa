// Line patterns for the zone splitter (zones.ts). PURE.
// Every pattern runs on one line at most MAX_LINE characters long (callers cut longer lines),
// and none nests unbounded quantifiers, so a pathological line cannot make it backtrack.

export const MAX_LINE = 1000;

/** Verbs that end an attribution line ("On ... wrote:") in the languages seen in mail. */
const WROTE = [
  'wrote', 'writes', 'has written', 'schrieb', 'schreef', 'a écrit', 'a ecrit', 'écrit', 'escribió', 'escribio',
  'escreveu', 'ha scritto', 'scrisse', 'napisał\\(a\\)', 'napisał', 'napisała', 'napisal', 'napisala', 'skrev', 'skriver',
  'kirjoitti', 'írta', 'irta', 'yazdı', 'написал', 'написала', 'написав', 'написала', 'пише', 'писал',
  'έγραψε', 'napsal', 'napísal', 'rašė', 'rakstīja', 'kirjutas', 'je napisal', 'je napisao', 'a scris',
  'schreibt', 'escribe', 'scrive',
].map((w) => w.replace(/ /g, '\\s+')).join('|');

const CJK_WROTE = '写道|寫道|写到|寫到|寫了|写了|提到|のメッセージ|書きました|작성|님이 작성';

/** A wrote-verb as a word anywhere in the line. */
export const WROTE_WORD_RE = new RegExp(`(?:^|\\s)(?:${WROTE})(?:\\s|$)`, 'iu');
/** A complete attribution line: "On Mon, 4 Jan 2021, Ann <a@b.c> wrote:", "Ann wrote:", "在 ... 写道：". */
export const ATTRIBUTION_RE = new RegExp(
  `(?:^|[\\s,"'>)\\]])(?:${WROTE})(?:\\s+on\\s[^:]{0,80})?\\s*[:：]?$|(?:${CJK_WROTE})\\s*[:：]?$`,
  'iu',
);
/** Attribution that ends with the address: "Am 4. Jan. 2021 um 09:00 schrieb Ann <a@b.c>:". */
export const ATTRIBUTION_VERB_INSIDE_RE = new RegExp(`(?:^|\\s)(?:${WROTE})\\s.{0,200}[:：]\\s*$`, 'iu');
/** Japanese/other Gmail forms with no verb: "2021年3月24日(水) 10:02 Ann <a@b.c>:". */
export const ATTRIBUTION_DATE_ADDR_RE = /\d.{0,120}<[^<>\s@]{1,80}@[^<>\s]{1,120}>\s*[:：]\s*$/u;
/** Gmail's numeric attribution: "2016-10-24 15:36 GMT+02:00 Ann <a@b.c>:" (also with no address). */
export const ATTRIBUTION_GMT_RE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?\s+\S/u;
/** A date then an address, no verb: "2013/7/20 sam via Discourse <info@x.org>" (an attribution when a quote follows). */
export const ATTRIBUTION_WEAK_RE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|on\s.{0,60}\d).{0,160}<[^<>\s@]{1,80}@[^<>\s]{1,120}>\s*[:：]?$/iu;
/** Intro words that start an attribution wrapped over lines. */
export const ATTRIBUTION_START_RE = /^(?:on|am|le|el|il|op|em|w dniu|den|dne|på|в|у|dnia|el día|o|kello|\d{1,4}[./年-])\s/iu;

/** Separator lines that open quoted or forwarded history. */
export const HISTORY_SEPARATOR_RE = new RegExp(
  '^\\s*[-_=*~#<>\\s]{0,40}\\s*(?:' + [
    'original message', 'original e-?mail', 'forwarded message', 'forwarded e-?mail', 'forward message',
    'begin forwarded message', 'message transféré', 'message d\'origine', 'message original',
    'ursprüngliche nachricht', 'original-nachricht', 'weitergeleitete nachricht', 'doorgestuurd bericht',
    'oorspronkelijk bericht', 'mensaje original', 'mensaje reenviado', 'messaggio originale',
    'messaggio inoltrato', 'mensagem original', 'mensagem encaminhada', 'wiadomość oryginalna',
    'originalmeddelande', 'opprinnelig melding', 'oprindelig meddelelse', 'oprindelig besked', 'videresendt meddelelse', 'videresendt besked',
    'videresendt melding', 'vidarebefordrat meddelande', 'välitetty viesti', 'alkuperäinen viesti', 'исходное сообщение',
    'пересылаемое сообщение', 'пересланное сообщение', 'původní zpráva',
    '原始邮件', '原始郵件', '原邮件', '邮件原件', '郵件原件', '转发邮件', '轉寄郵件', '转发的邮件', '邮件原文', '原始信件',
    '転送されたメッセージ', '元のメッセージ', '원본 메시지', '전달된 메시지',
  ].join('|') + ')\\s*[:：]?\\s*[-_=*~#<>\\s]{0,40}$',
  'iu',
);

/** "Begin forwarded message:" and similar lone forward markers. */
export const FORWARD_MARKER_RE = /^\s*(?:begin forwarded message|forwarded message|下面是转发邮件|以下为转发邮件)\s*[:：]\s*$/iu;

/** BBS quote headers: 【 在 xxx 的大作中提到: 】, ※ 引述《xxx》之銘言：, 【 以下文字转载自 ... 】. */
export const BBS_ATTRIBUTION_RE = /^\s*(?:【\s*在\s*.{1,80}的(?:大作|来信|來信|文章)中提到\s*[:：]?\s*】|.{0,80}的(?:大作|来信|來信)中提到\s*[:：]\s*】?|※\s*引述.{1,80}之銘言\s*[:：]?)\s*$/u;
export const BBS_REPOST_RE = /^\s*【\s*以下文字(?:转载|轉載)自.{0,80}】\s*$/u;
export const BBS_HEADER_RE = /^\s*(?:发信人|發信人|寄信人|标\s*题|標\s*題|发信站|發信站|转信站|轉信站|信\s*区|看\s*板)\s*[:：]/u;

/** Header field names of an embedded (Outlook/Gmail/Apple) header block. */
const FROM_NAMES = 'from|von|de|van|da|från|fra|od|от|lähettäjä|feladó|kimden|afzender|remitente|mittente|发件人|寄件者|寄件人|發件人|发信人|差出人|보낸 사람|보낸사람';
const OTHER_NAMES = [
  'sent', 'date', 'to', 'subject', 'cc', 'bcc', 'reply-to', 'envoyé', 'envoye', 'gesendet', 'datum', 'an',
  'betreff', 'kopie', 'enviado', 'fecha', 'para', 'asunto', 'inviato', 'data', 'oggetto', 'a', 'à', 'objet',
  'onderwerp', 'verzonden', 'aan', 'skickat', 'till', 'ämne', 'sendt', 'til', 'emne', 'wysłano', 'do',
  'temat', 'отправлено', 'дата', 'кому', 'тема', 'lähetetty', 'vastaanottaja', 'aihe', 'tárgy', 'címzett',
  'elküldve', 'gönderildi', 'kime', 'konu', 'assunto', 'enviada em', 'odesláno', 'komu', 'předmět',
  '发送时间', '发送日期', '时间', '日期', '收件人', '主题', '抄送', '寄件日期', '傳送時間', '发送', '收件者', '主旨',
  '副本', '送信日時', '宛先', '件名', '날짜', '받는 사람', '제목', '참조', '标题', '標題',
].join('|');
export const HEADER_FROM_RE = new RegExp(`^\\s*[*_]{0,2}(?:${FROM_NAMES})\\s*[*_]{0,2}\\s*[:：]`, 'iu');
export const HEADER_OTHER_RE = new RegExp(`^\\s*[*_]{0,2}(?:${OTHER_NAMES})\\s*[*_]{0,2}\\s*[:：]`, 'iu');

/** A line of punctuation only (rules, "-- ", "___", "***"). */
export const RULE_RE = /^\s*[-_=*~#+.·•─━—–ᐧ<>]{2,}\s*$/u;
export const SIG_DASHES_RE = /^\s*(?:--|—|–|-- )\s*$/u;

/** Device and mail-app lines: "Sent from my iPhone", "发自我的iPhone", "從我的 iPhone 傳送". */
export const DEVICE_RE = new RegExp(
  '^\\s*[(<\\[]{0,2}\\s*(?:' + [
    'sent (?:from|via|with|using|by|on) (?:my |the |a |an )?',
    'sent from (?:mail|outlook|yahoo|mailbox|windows|gmail|samsung|huawei|xiaomi|\\[)',
    'from my (?:iphone|ipad|android|mobile|phone|blackberry|samsung|galaxy)',
    'get (?:outlook|\\[outlook)', 'download outlook', 'envoyé (?:de|depuis|avec) (?:mon|ma|l)',
    'envoyé à partir de', 'enviado a partir de', 'outlook (?:for|pour|für|para|per) (?:ios|android)',
    'envoyé de mon', 'enviado (?:desde|de|do) (?:mi|meu|o|el)', 'inviato da', 'verzonden (?:met|vanaf|van)',
    'verstuurd (?:vanaf|met|van)', 'von meinem', 'gesendet (?:von|mit) ', 'diese nachricht wurde von meinem',
    'skickat från', 'sendt fra', 'lähetetty', 'wysłane z', 'отправлено с', 'отправлено из',
    'sent by galaxy', 'sent from a phone', 'sent from mobile', 'sent from the road', 'typed on',
    'iphoneから送信', 'ipadから送信', 'android から送信',
    '发自我的', '发自', '來自我的', '来自我的', '從我的', '从我的', '(?:从|從)\\s?(?:windows|outlook|iphone|ipad|android|华为|小米|三星|荣耀)', '寄自我的', '由我的', '通过.{0,20}(?:发送|發送)',
    '使用.{0,20}(?:发送|發送)', '[\\u4e00-\\u9fff]{0,6}(?:手机|手機)(?:发送|發送|邮箱|郵箱|版)',
  ].join('|') + ')',
  'iu',
);
/** Device lines that need their end checked ("从我的 iPad 发送", "iPhone에서 보냄"). */
export const DEVICE_END_RE = /(?:(?:iphone|ipad|android|手机|手機|mobile|phone)\s*(?:发送|發送|傳送|传送|版|上发送)|에서 보냄)\s*[)>\]]{0,2}\s*$/iu;

/** Legal disclaimer cues. */
/** Legal disclaimer cues that are enough on their own. */
export const DISCLAIMER_RE = new RegExp(
  [
    'confidential(?:ity)? (?:notice|note|statement|warning)',
    'this (?:e-?mail|message|communication|transmission)(?: and any (?:files|attachments)[^.]{0,40})?(?: and its attachments)? (?:is|are|may be|contains?|and|may contain|including)[^.]{0,60}(?:confidential|privileged|intended)',
    'intended (?:solely |only )?for the (?:use|person|individual|addressee|named)',
    'the intended recipient', 'received this (?:e-?mail|message|communication|transmission)? ?in error',
    'e-?mail disclaimer', '^disclaimer\\b', 'legally privileged',
    '本邮件(?:及其附件)?(?:含有|包含|可能包含).{0,20}(?:保密|机密|秘密)', '此邮件(?:含有|包含).{0,20}(?:保密|机密)',
    '本電子郵件.{0,40}(?:機密|保密)', '(?:保密|機密|机密)(?:声明|聲明)', '免责声明', '免責聲明',
    '如果您(?:不是|并非|非)(?:本邮件)?(?:的)?(?:指定|预期)?收件人', '若您(?:並非|不是|非)(?:指定|預期)?收件(?:人|者)',
    '禁止任何其他人',
  ].join('|'),
  'iu',
);
/** Weaker cues: a disclaimer paragraph needs two of them ("do not forward" alone is an ordinary ask). */
export const DISCLAIMER_WEAK_RE = new RegExp(
  [
    'confidential', 'privileged', 'unauthori[sz]ed', 'please notify (?:the sender|us)', 'do not (?:copy|forward|disclose|distribute)',
    'strictly prohibited', 'delete (?:it|this|the) (?:e-?mail|message)', 'virus', '保密', '机密', '機密', '未经(?:授权|许可)', '請勿(?:轉寄|複製|散佈)', '删除',
  ].join('|'),
  'giu',
);

/** Closings: "Thanks,", "Best regards", "谢谢", "此致". */
export const CLOSING_RE = new RegExp(
  '^\\s*(?:' + [
    'thanks(?: again| a lot| so much| very much| in advance| and regards| & regards)?',
    'thank you(?: very much| so much| in advance)?', 'many thanks', 'thx', 'tia', 'ty', 'cheers',
    '(?:best|kind|warm|warmest|warm|many|with|sincere|my) ?regards', 'regards', 'rgds', 'br', 'brgds',
    'best(?: wishes)?', 'all the best', 'sincerely(?: yours)?', 'yours(?: sincerely| truly| faithfully)?',
    'very truly yours', 'respectfully(?: yours)?', 'take care', 'love', 'your pal', 'hugs', 'ciao', 'cordially',
    'talk (?:to you )?soon', 'later', 'peace', 'have a (?:good|great|nice) (?:day|weekend|one)',
    'mit (?:freundlichen|besten|lieben) grüßen', 'viele grüße', 'liebe grüße', 'gruß', 'grüße', 'lg', 'mfg',
    'cordialement', 'bien à vous', 'salutations', 'saludos(?: cordiales)?', 'atentamente', 'un saludo',
    'cordiali saluti', 'saluti', 'met vriendelijke groet(?:en)?', 'groeten', 'atenciosamente', 'abraços',
    'obrigad[oa]', 'pozdrawiam', 'z poważaniem', 'z powazaniem', 'с уважением', 'med venlig hilsen', 'venlig hilsen',
    'hilsen', 'kh', 'med vennlig hilsen', 'vennlig hilsen', 'ystävällisin terveisin', 'terveisin', 'med vänlig hälsning', 'hälsningar', 'mvh', 'vh',
    '谢谢', '謝謝', '多谢', '多謝', '感谢', '感謝', '此致', '敬礼', '敬禮', '祝好', '顺祝', '順祝', '商祺', '祝商祺',
    '顺颂', '順頌', '祝工作顺利', '祝工作順利', '致礼', '致禮', '祝安', '谢了', 'よろしくお願いします', 'よろしくお願いいたします',
  ].join('|') + ')\\s*[,，.。!！:：~-]{0,3}\\s*',
  'iu',
);

/** Job-title words. */
export const TITLE_RE = /\b(?:manager|director|president|vice president|vp|svp|evp|engineer|analyst|counsel|attorney|specialist|coordinator|assistant|consultant|officer|ceo|cto|cfo|coo|cio|head of|lead|leader|recruiter|executive|associate|partner|supervisor|administrator|architect|developer|scientist|professor|lecturer|representative|rep|sales|marketing|trader|scheduler|chairman|founder|owner|principal|accountant|secretary|intern|advisor|adviser|strategist|planner|designer|editor|maintainer)\b|经理|經理|总监|總監|工程师|工程師|主管|总经理|總經理|董事|部长|部長|主任|总裁|總裁|专员|專員|助理|顾问|顧問|销售|銷售|业务|業務|架构师|研究员|教授|博士/iu;
/** Company / organisation words. */
export const COMPANY_RE = /\b(?:inc|llc|ltd|l\.l\.c|corp|corporation|company|co|group|gmbh|ag|s\.a|plc|limited|pty|bv|llp|lp|services|solutions|technologies|technology|systems|networks|desk|department|dept|division|team|university|institute|labs?|foundation|association|bank|holdings|partners|international|enterprises)\b\.?|有限公司|公司|集团|集團|股份|科技|大学|大學|研究所|研究院|事业部|事業部|部门|部門/iu;
/** Phone-like runs: "713.853.1861", "(503) 464-7404", "+86 10 1234 5678", "x3-6259", "ext. 123". */
export const PHONE_RUN_RE = /\+?\(?\d[\d ().\-/\t]{5,30}\d/gu;
export const PHONE_SHORT_RE = /\b(?:x|ext\.?|extn\.?)\s?-?\d[\d-]{2,}|(?:^|\s)[#*]\s?\d{3,}|\b\d-\d{4}\b/iu;
export const CONTACT_LABEL_RE = /^\s*(?:(?:tel|telephone|phone|ph|mobile|mob|cell|cellular|fax|office|direct|work|home|e-?mail|email|mail|web|website|url|address|addr|skype|wechat|qq)\b\s*[.:：#]?|(?:电话|電話|手机|手機|传真|傳真|邮箱|郵箱|邮件|地址|网址|網址|微信|座机|分机|分機)\s*[.:：#]?|[tmfpoce]\s*[.:：]\s*[+(\d])/iu;
export const EMAIL_RE = /[^\s@<>()]{1,64}@[^\s@<>()]{1,255}\.[a-z]{2,}/iu;
export const URL_RE = /\b(?:https?:\/\/|www\.)\S+/iu;
export const ADDRESS_RE = /\b(?:street|st\.|avenue|ave\.?|road|rd\.|suite|ste\.?|floor|fl\.|blvd|boulevard|drive|dr\.|lane|ln\.|way|plaza|tower|building|bldg|p\.?o\.? box)\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|(?:省|市|区|區|縣|县).{0,20}(?:路|街|道).{0,10}(?:号|號)/u;

/**
 * Common English given names and their usual short forms, to recognise a bare first-name
 * sign-off. A generic list (the most frequent given names of recent decades, written from
 * general knowledge, not from any corpus): rarer names are recognised structurally instead
 * (a name under a closing, the sender's own name, local part or initials).
 */
export const FIRST_NAMES = new Set((
  'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald ' +
  'steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas ' +
  'eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis ' +
  'jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger ' +
  'terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan albert ' +
  'willie alan eugene russell vincent philip bobby johnny bradley roy ralph louis randy wayne howard victor martin craig ' +
  'phillip todd shawn chad neil ian colin simon graham stuart oliver harry luke lucas max leo owen liam mary patricia ' +
  'jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley kimberly emily ' +
  'donna michelle carol amanda melissa deborah stephanie dorothy rebecca sharon laura cynthia amy kathleen angela ' +
  'shirley brenda emma anna pamela nicole samantha katherine christine helen debra rachel carolyn janet maria catherine ' +
  'heather diane olivia julie joyce victoria ruth virginia lauren kelly christina joan evelyn judith andrea hannah megan ' +
  'cheryl jacqueline martha madison teresa gloria sara janice ann kathryn abigail sophia frances jean alice judy ' +
  'isabella julia grace amber denise danielle marilyn beverly charlotte natalie theresa diana brittany doris kayla ' +
  'alexis lori marie jane claire sophie lucy ellen wendy tina holly bob bill mike jim tom dave dan chris steve matt nick ' +
  'tony rick rich ben sam alex pete jeff greg ken ron don tim andy josh jon doug fred ed ted phil ray gene al hank ' +
  'charlie jake will nate kate katie kathy beth liz sue jen jenny jess meg debbie pam cathy cindy vicky patty annie'
).split(' '));

/** Common Chinese surnames (simplified and traditional), to recognise a Chinese name line. */
export const CN_SURNAMES = new Set(Array.from(
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛阎閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓盘盤满滿闻聞位厉厲伊仝区區郜海阚闞花权權强強帅帥屠豆朴朴盖蓋练練廉禹井祖漆巴丰支卿国國狄平计計索宣晋晉相初门門云雲容敬来來扈晁芮都普阙闕浦戈伏鹿薄邸雍辜羊阿乌烏母裘亓修邰赫杭况況那宿鲜鮮印逯隆茹诸諸战戰慕危玉银銀亢嵇公哈湛宾賓戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴陰昝智幸奉植衡富尧堯闭閉由'
));
