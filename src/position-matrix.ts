/** Registers <position-matrix>. */
import { defineElement } from './shared/define.js';
import { PositionMatrix } from './position-matrix/position-matrix.js';

defineElement('position-matrix', PositionMatrix);

export { PositionMatrix };
