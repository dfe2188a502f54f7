/**
 * Persons of kinds the unseen text holds more often than the sets:
 * rare surnames, given names that are words, dotted transliterated names,
 * anonymised names, padded compound surnames, 𠮷. All names and places here
 * are invented for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entities, texts } from '../support/entities';

test('rare surnames after a title, the names after them in the list kept', () => {
  assert.deepEqual(texts('县领导揭晓东、占红梅、郄志强参加活动。', 'person'), ['揭晓东', '占红梅', '郄志强']);
  assert.deepEqual(texts('副镇长续文斌主持会议，要求各村抓好落实。', 'person'), ['续文斌']);
  assert.deepEqual(texts('县委常委宓海燕、眭建明，副县长郜立新、仝国栋出席。', 'person'), ['宓海燕', '眭建明', '郜立新', '仝国栋']);
  assert.deepEqual(texts('县领导厍丽萍、墨云飞、禚振华、亢晓军、邴德胜参加调研。', 'person'), ['厍丽萍', '墨云飞', '禚振华', '亢晓军', '邴德胜']);
});

test('surnames that are also words (要, 员, 计, 占) in a list or before what people do', () => {
  assert.deepEqual(texts('县领导员建军、要红霞、计文涛参加活动。', 'person'), ['员建军', '要红霞', '计文涛']);
  assert.deepEqual(texts('教师王丽娟、要文博、闫海涛获评优秀教师。', 'person'), ['王丽娟', '要文博', '闫海涛']);
  assert.deepEqual(texts('会上，玄德明、疏晓燕、计春生等5名同志受到表彰。', 'person'), ['玄德明', '疏晓燕', '计春生']);
  assert.deepEqual(texts('员立新指出，要加强管理。暴永生同志任镇党委委员。', 'person'), ['员立新', '暴永生']);
});

test('the same characters as words are not names', () => {
  const text = '要立即指出问题并督促整改。员工要守规矩。暴雨过后开展排查。计划占比达到三成。续签合同。疏通河道。同意续签合同，批准占用耕地。';
  assert.deepEqual(texts(text, 'person'), []);
  assert.deepEqual(texts('书记尤其强调，县长同时指出，主任常常说，局长经常深入一线。', 'person'), []);
});

test('given names that are ordinary words, after a title, in a byline, in a list', () => {
  assert.deepEqual(texts('副县长江山主持会议，江山指出，要守护好绿水青山。', 'person'), ['江山', '江山']);
  assert.deepEqual(texts('本报讯（记者 洪亮 通讯员 尚可）近日，全县召开会议。', 'person'), ['洪亮', '尚可']);
  assert.deepEqual(texts('会议由副县长程序东主持。程序东强调，要完善办事程序。', 'person'), ['程序东', '程序东']);
  assert.deepEqual(texts('县领导江山、洪亮、甘露参加调研。', 'person'), ['江山', '洪亮', '甘露']);
  assert.deepEqual(texts('理事长庞大海表示，合作社今年分红20万元。', 'person'), ['庞大海']);
  assert.deepEqual(texts('镇党委书记江水清同志作典型发言。', 'person'), ['江水清']);
});

test('dotted transliterated names are one person, and the first part alone is the same person later', () => {
  const text = '护边员达吾列提·加肯带队巡边，达吾列提说，边境无小事。';
  assert.deepEqual(entities(text, 'person').map((p) => p.text), ['达吾列提·加肯', '达吾列提']);
  assert.deepEqual(texts('村医阿依努尔·托乎提每天走村入户。', 'person'), ['阿依努尔·托乎提']);
  assert.deepEqual(texts('牧民努尔别克•沙力家里养了200只羊。', 'person'), ['努尔别克•沙力']);
  assert.deepEqual(texts('古再努尔‧买买提江和帕尔哈提・吐尔地参加了培训。', 'person'), ['古再努尔‧买买提江', '帕尔哈提・吐尔地']);
  assert.deepEqual(texts('教师迪力夏提．艾买尔江表示，要把课上好。', 'person'), ['迪力夏提．艾买尔江']);
  assert.deepEqual(texts('热合曼·司马义今年56岁。参加阿依古丽·吐尔逊多次获奖的表彰会。', 'person'), ['热合曼·司马义', '阿依古丽·吐尔逊']);
});

test('a dot between words that are not a name is not one: titles, decimals, numbering', () => {
  assert.deepEqual(texts('开展“春风化雨·润物无声”主题活动。增长3．5个百分点。平安·和谐社区建设。', 'person'), []);
});

test('anonymised names (surname and 某 or 某某) are persons', () => {
  assert.deepEqual(texts('经查，犯罪嫌疑人王某、李某某于3月5日在小区盗窃电动车。', 'person'), ['王某', '李某某']);
  assert.deepEqual(texts('法院依法判处被告人陈某某有期徒刑三年。民警将韩某带回派出所调查。', 'person'), ['陈某某', '韩某']);
  assert.deepEqual(texts('村民欧阳某某报警后，祝某于当晚投案。', 'person'), ['欧阳某某', '祝某']);
});

test('a text opening with 某 still has its later anonymised names read (a line is read from a window that may start there)', () => {
  assert.deepEqual(texts('某某）章源党建\n（县农业局　王某某）', 'person'), ['王某某']);
  assert.deepEqual(entities('某些问题已整改。经查，犯罪嫌疑人李某某于3月5日盗窃电动车。', 'person').map((p) => `${p.text}:${p.rule}`), ['李某某:anonymised']);
  assert.deepEqual(entities('某地村民王某报警。', 'person').map((p) => `${p.text}:${p.rule}`), ['王某:anonymised']);
});

test('某 as "some" or a placeholder of a place or unit is not a name', () => {
  const text = '某某公司、某某单位要落实责任。某地某村发生火情，某些问题仍然存在。位于某某镇。担任某某职务。由某某负责。向某单位反映。';
  assert.deepEqual(texts(text, 'person'), []);
});

test('a compound surname padded to the width of three is one name; the bare surname is none', () => {
  assert.deepEqual(texts('责任编辑：欧阳  岚　　校对：司马  青', 'person'), ['欧阳  岚', '司马  青']);
  assert.deepEqual(texts('（记者 欧阳  岚 通讯员 上官  雪）', 'person'), ['欧阳  岚', '上官  雪']);
  assert.deepEqual(texts('编辑：诸葛\n', 'person'), []);
});

test('𠮷, a variant of 吉, is a surname like 吉, with UTF-16 offsets', () => {
  const text = '护士长𠮷凤英说，科室今年没有差错。副院长𠮷海涛主持会议，𠮷海涛强调，要抓好安全。\n记者 𠮷晓东 报道';
  const persons = entities(text, 'person');
  assert.deepEqual(persons.map((p) => p.text), ['𠮷凤英', '𠮷海涛', '𠮷海涛', '𠮷晓东']);
  assert.equal(persons[0].start, text.indexOf('𠮷凤英'));
  assert.equal(persons[0].end - persons[0].start, 4);
});

test('false alarms: 包联, 谢谢, 师生, a title fragment, a given name without its surname', () => {
  assert.deepEqual(texts('县领导包联乡镇，深入一线督导。落实县级领导包联制度。', 'person'), []);
  assert.deepEqual(texts('群众代表谢谢大家的支持。学校党员师生参加升旗仪式。', 'person'), []);
  assert.deepEqual(texts('领导小组组长由副县长担任。会议由副县长主持。', 'person'), []);
  assert.deepEqual(texts('副县长郄玉华参加。', 'person'), ['郄玉华']);
});
