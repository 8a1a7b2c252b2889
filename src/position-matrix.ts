/** Registers <position-matrix>. */
import { defineElement } from './shared/define.js';
import { PositionMatrix } from './position-matrix/position-matrix.js';

defineElement('position-matrix', PositionMatrix);

export { PositionMatrix };
export type { NwErrorDetail } from './shared/story-element.js';
export type { Story } from './data/story.js';
export type { NwSelectDetail } from './position-matrix/position-matrix.js';
