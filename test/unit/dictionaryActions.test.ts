/** Which selections are offered as user-dictionary entries ("always tag as …"). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../../server/src/core/corpus';
import { dictionaryActions } from '../../server/src/features/dictionaryActions';
import { tagger } from '../support/tagger';

const TEXT = '某县开展防汛演练\n\n6月9日，县应急管理局组织开展防汛演练，落实“三防”要求。演练取得实效。\n';
const doc = TextDocument.create('file:///a.txt', 'bulletin', 1, TEXT);
const model = new Corpus(tagger).set('a.txt', TEXT);
const target = { uri: 'file:///d.txt', text: undefined, version: null };

function offered(selected: string): string[] {
  const start = TEXT.indexOf(selected);
  const range = { start: doc.positionAt(start), end: doc.positionAt(start + selected.length) };
  return dictionaryActions(doc, model, { range }, target, 'zh').map((a) => a.title);
}

test('a short selection of Chinese is offered as a person, a unit or a slogan', () => {
  assert.deepEqual(offered('防汛演练'), ['总是标注为人物：防汛演练', '总是标注为单位：防汛演练', '总是标注为提法：防汛演练']);
  assert.equal(offered('组织开展防汛演练，落实').length, 3, 'a comma may be part of a slogan');
});

test('a selection holding a whole sentence is not offered', () => {
  assert.deepEqual(offered('组织开展防汛演练，落实“三防”要求。'), []);
  assert.deepEqual(offered('要求。演练'), []);
});
