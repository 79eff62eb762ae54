export { type ChangesSince, changesSince, type RevisionKind } from './changes-since';
