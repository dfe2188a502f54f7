/** The real nodejieba tagger for tests (loaded once per process). */
import { getJieba } from '../../server/src/core/jieba';
import type { RawTagger } from '../../server/src/core/segmenter';

export const tagger: RawTagger = getJieba();
