/** Hover counts mentions across the workspace, and says so while those counts are partial. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../../server/src/core/corpus';
import { mentionsInModels } from '../../server/src/core/mentions';
import { hover } from '../../server/src/features/hover';
import { tagger } from '../support/tagger';

const A = '某县召开防汛工作会议\n\n6月8日，县长蒋立群带队检查防汛工作。蒋立群强调，要压实责任。\n';
const B = '某县开展防汛演练\n\n6月9日，县长蒋立群观摩演练。\n';

function hoverText(lang: 'zh' | 'en', progress?: { done: number; total: number }): string {
  const corpus = new Corpus(tagger);
  const model = corpus.set('a.txt', A);
  corpus.set('b.txt', B);
  const mentions = { ...mentionsInModels(corpus.entries()), ...(progress ? { progress } : {}) };
  const doc = TextDocument.create('file:///a.txt', 'bulletin', 1, A);
  const result = hover(doc, model, A.indexOf('蒋立群') + 1, { uri: 'a.txt', lang, mentions, displayName: (d) => d });
  return (result!.contents as { value: string }).value;
}

test('hover counts the mentions in this file and across the workspace', () => {
  const value = hoverText('zh');
  assert.match(value, /本文出现 2 次；工作区共 3 次，见于 2 个文件/);
  assert.doesNotMatch(value, /尚未完成/);
});

test('while the workspace is still being read, hover says its counts are partial, and how far the reading is', () => {
  assert.match(hoverText('zh', { done: 3, total: 10 }), /工作区统计尚未完成：已识别 3\/10 个文件/);
  assert.match(hoverText('en', { done: 3, total: 10 }), /Workspace counts are partial: 3 of 10 files read so far/);
});
