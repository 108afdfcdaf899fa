// Chinese (Simplified and Traditional) vocabulary for contacts, signature fields, committee
// roles and deal signals. Data only; regex sources are matched as written.

/** A line (or segment) that ends in one of these is a job title: 大客户经理, 資訊室主任, 采购专员. */
export const ZH_TITLE_END =
  /(?:总经理|總經理|副总经理|副總經理|经理|經理|总监|總監|主任|专员|專員|工程师|工程師|架构师|架構師|设计师|設計師|分析师|分析師|顾问|顧問|主管|课长|課長|科长|科長|处长|處長|部长|部長|组长|組長|股长|股長|厅长|局长|局長|院长|院長|所长|所長|校长|校長|行长|行長|店长|店長|厂长|廠長|总裁|總裁|副总裁|副總裁|董事长|董事長|董事|总工|總工|副总|副總|秘书|秘書|助理|代表|协理|協理|襄理|经办|經辦|业务|業務|采购|採購|会计|會計|律师|律師|教授|讲师|講師|研究员|研究員|负责人|負責人|合伙人|合夥人|创始人|創辦人|CEO|CTO|CIO|CFO|COO|VP)$/;

/** A line that ends in a unit name is a department, not a title: 智算产品事业部, 采购部. */
export const ZH_DEPARTMENT_END =
  /(?:事业部|事業部|事业群|事業群|部门|部門|部|处|處|科|组|組|室|中心|办公室|辦公室|小组|小組|团队|團隊|课|課|股)$/;

/** Company suffixes: 有限公司, 股份有限公司, 集团, 醫院, 设计院 ... */
export const ZH_COMPANY_END =
  /(?:股份有限公司|有限责任公司|有限責任公司|有限公司|公司|集团|集團|医院|醫院|银行|銀行|设计院|設計院|研究院|研究所|大学|大學|学院|學院|事务所|事務所|集团公司|工作室|基金会|基金會|协会|協會|学会|學會|委员会|委員會|管理局|总局|總局|局|厂|廠|商行|商社|株式会社|株式會社)$/;

/** "超云总部：地址" names the company in front of 总部 (headquarters). */
export const ZH_HQ = /^([\p{Script=Han}A-Za-z0-9]{2,12}?)(?:总部|總部|总公司|總公司)\s*[:：]/u;

/** Labels in front of a phone number (电话：, 手机：, 美国手机：, 分機 is an extension, not a label). */
export const ZH_PHONE_LABEL = /(?:电话|電話|手机|手機|座机|座機|办公|辦公|联系电话|聯絡電話|联系方式|聯絡方式|热线|熱線|移动电话|行動電話|总机|總機|直线|直線|Tel|TEL|Mob)\s*[:：]?/;
export const ZH_FAX_LABEL = /(?:传真|傳真)\s*[:：]?/;
/** Extension markers kept with the phone ("02-2718-5566 分機 312"). */
export const ZH_EXTENSION = '(?:分機|分机|转|轉|内线|內線)';

/** Closings before the sign-off: 此致敬礼, 谢谢, 祝好. */
export const ZH_CLOSINGS = /^(?:此致|敬礼|敬禮|此致敬礼|此致敬禮|谢谢|謝謝|多谢|多謝|祝好|顺祝商祺|順祝商祺|祝商祺|顺颂商祺|順頌商祺|祝工作顺利|祝工作順利|致礼|致禮|敬上|谨上|謹上|祝安|即颂时祺|Best\s+Regards)[!！。,，]?$/i;

/** Address lines: 北京市昌平区鲁疃路5号A座4层. */
export const ZH_ADDRESS_LINE = /(?:地址|住址|Add(?:ress)?\s*[:：])|[省市区區县縣路街道号號楼樓座层層室].*\d|\d.*[路街号號楼樓座层層]/;

/** Display names that are departments or role mailboxes: 中原物流采购部, 仁和醫院採購組, 客服中心. */
export const ZH_ROLE_NAME =
  /(?:部|组|組|处|處|科|室|中心|办公室|辦公室|团队|團隊|小组|小組|客服|服务台|服務台|通知|公告|系统|系統|邮件列表|郵件列表|招标|招標|采购|採購)$/;
