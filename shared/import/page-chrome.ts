/**
 * The lines a government website prints around a report (the article's metadata, its font-size and print
 * buttons, the breadcrumb, the site's footer) and that come along when a clerk saves the page or copies
 * its text. They are not the report: left in, they would become its opening paragraph or its last one.
 * Only whole lines are dropped, and only lines that are nothing but such words.
 */

/** Metadata a CMS prints as 「名称：值」 above or below an article. */
const META_KEYS = [
  '发布时间', '发布日期', '发文日期', '成文日期', '生成日期', '公开日期', '更新时间', '时间', '日期',
  '来源', '信息来源', '文章来源', '稿件来源', '作者', '编辑', '责任编辑', '审核', '审核人', '供稿',
  '浏览次数', '浏览量', '阅读次数', '阅读量', '点击数', '点击量', '点击率', '访问量', '访问次数',
  '索引号', '发布机构', '发文机关', '发文机构', '主题分类', '体裁分类', '组配分类', '信息分类', '服务对象分类',
  '公开方式', '公开范围', '公开时限', '公开形式', '公开属性', '所属机构', '所属主题', '文号', '发文字号',
  '有效性', '主题词', '关键词', '字号', '字体', '分享到', '分享', '当前位置', '您的位置', '您现在的位置',
  '您当前的位置', '所在位置', '上一篇', '下一篇', '上一条', '下一条',
];
const META = new RegExp(`^(?:${META_KEYS.join('|')})\\s*[：:]`);

/** Buttons and links printed as words. */
const TOOL_WORDS = new Set([
  '大', '中', '小', '字号', '字体', '默认', '打印', '打印本页', '打印此页', '打印文章', '关闭', '关闭窗口', '关闭本页',
  '收藏', '加入收藏', '分享', '分享到', '保存', '纠错', '我要纠错', '返回', '返回顶部', '返回首页', '顶部', '扫一扫',
  '扫一扫在手机打开当前页', '在手机打开当前页', '手机打开', '微信', '微博', 'QQ空间', '上一篇', '下一篇', '相关链接',
  '相关文章', '相关文件', '相关解读', '网站地图', '联系我们', '无障碍', '长者模式', '关怀版', '繁体', '简体', '繁體',
  '放大', '缩小', '朗读', '视力保护色', '复制链接', '下载', '附件', '附件下载', 'TOP',
]);

/** A site footer's words, wherever they stand in a short line. */
const FOOTER = /版权所有|网站标识码|ICP备|公网安备|技术支持[：:]|主办单位[：:]|承办单位[：:]|维护单位[：:]|Copyright|©|建议使用.{0,20}分辨率|浏览器.{0,10}浏览/i;
/**
 * A page number as 公文 print it (「— 5 —」, GB/T 9704) or a viewer adds it (「第 5 页 共 6 页」): an office
 * suite's HTML or a copied print keeps the footer as a line of its own. A bare 「5」 is not one: in text
 * with a table cell on each line it is a number of the table.
 */
const PAGE_NUMBER = /^(?:[-—－–―]\s*\d{1,3}\s*[-—－–―]|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|共\s*\d{1,3}\s*页\s*[，,]?\s*第\s*\d{1,3}\s*页)$/;
/** A breadcrumb: 「首页 > 政务公开 > 年度报告」. */
const BREADCRUMB = /^(?:首页|网站首页|主页)\s*(?:[>＞»›/]|-{1,2}>)/;

const LONGEST_TOOL_WORD = Math.max(...[...TOOL_WORDS].map((w) => w.length));

/** Whether `word` is tool words run together (a saved page loses the spaces: 「大中小」, 「上一篇下一篇」). */
function toolWords(word: string): boolean {
  const ok = [true];
  for (let end = 1; end <= word.length; end++) {
    ok[end] = false;
    for (let n = 1; n <= Math.min(end, LONGEST_TOOL_WORD) && !ok[end]; n++) ok[end] = !!ok[end - n] && TOOL_WORDS.has(word.slice(end - n, end));
  }
  return ok[word.length]!;
}

function isToolLine(line: string): boolean {
  const words = line
    .replace(/[【】[\]〔〕「」|｜·•丨:：,，]/g, ' ')
    .replace(/[（(]\d*[)）]/g, ' ')
    .split(/[\s\u3000\u00a0]+/)
    .filter((w) => w !== '');
  return words.length > 0 && words.every(toolWords);
}

/** Whether a whole line is the website's, not the report's. */
export function isPageChrome(text: string): boolean {
  const line = text.trim();
  if (!line || line.length > 160) return false;
  // A sentence of the report (「如对本报告有疑问，请与…联系（电话：…）。」) is never chrome.
  if (/[。；]/.test(line)) return false;
  if (META.test(line) || BREADCRUMB.test(line) || PAGE_NUMBER.test(line) || isToolLine(line)) return true;
  return line.length <= 100 && FOOTER.test(line);
}
