import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildOutline } from '../../server/src/core/outline';
import { splitParagraphs } from '../../server/src/core/text';
import type { OutlineNode } from '../../server/src/core/model';

function outline(text: string): OutlineNode[] {
  return buildOutline(splitParagraphs(text));
}

const LEAD = '本报讯 3月5日上午，某区召开春季植树工作推进会，会议总结了去年工作，部署了今年的重点任务，要求各单位抓好落实。';

test('a short line followed by a 本报讯 lead is an article headline', () => {
  const text = `某区召开春季植树工作推进会\n\n${LEAD}\n`;
  const [article] = outline(text);
  assert.equal(article.kind, 'article');
  assert.equal(article.title, '某区召开春季植树工作推进会');
  assert.equal(text.slice(article.titleStart, article.titleEnd), article.title);
  assert.equal(article.end, text.indexOf('落实。') + 3);
});

test('a # headline loses its mark; CRLF and 𠮷 keep offsets right', () => {
  const text = `# 𠮷祥村召开村民代表大会\r\n\r\n${LEAD}\r\n`;
  const [article] = outline(text);
  assert.equal(article.title, '𠮷祥村召开村民代表大会');
  assert.equal(text.slice(article.titleStart, article.titleEnd), article.title);
});

test('a headline followed by two spaces and its body on the same line', () => {
  const text = '\u3000\u3000某街道开展环境整治行动  3月2日，某街道组织干部群众开展环境卫生整治，清理垃圾杂物二十余吨，群众拍手称赞。（某街道）\n';
  const [article] = outline(text);
  assert.equal(article.title, '某街道开展环境整治行动');
  assert.equal(text.slice(article.titleStart, article.titleEnd), article.title);
});

test('a 简讯 section marker opens a section', () => {
  const text = `■ 简讯\n\n● 3月1日，某区举办职工技能培训班，全区七十名职工参加培训，培训内容为理论知识和实际操作。\n`;
  const [section] = outline(text);
  assert.equal(section.kind, 'section');
  assert.equal(section.title, '简讯');
  assert.equal(text.slice(section.titleStart, section.titleEnd), '简讯');
});

test('a masthead of publisher, date and issue lines comes first', () => {
  const text = `某县融媒体中心编印\n2024年3月\n星期五\n第9期(总第300期)\n内部资料 免费交流\n\n某区召开春季植树工作推进会\n\n${LEAD}\n`;
  const nodes = outline(text);
  assert.deepEqual(nodes.map((n) => n.kind), ['masthead', 'article']);
});
