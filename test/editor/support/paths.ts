/** Where the editor tests read and write: the repository, its package, and git-ignored test-output/editor/. */
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const SEEDS = path.join(ROOT, 'seeds');
export const VSIX = path.join(ROOT, 'bulletin-lens.vsix');
export const OUTPUT = path.join(ROOT, 'test-output', 'editor');
export const EXTENSION_ID = 'bulletin-lens.bulletin-lens';
