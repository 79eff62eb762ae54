export { BULLET_REFERENCE, bulletNumbering, LIST_STEP, renderList } from './list';
