// The briefing-text CRDT these tests run against. Until shared/sharing/briefing-state.ts is merged in,
// the clearly named fake; once it is, this line becomes `import * as briefingState from
// '../../../../shared/sharing/briefing-state'` and `export const briefingTextUnderTest = briefingState`.

import { fakeBriefingText } from './fake-briefing-text';

export const briefingTextUnderTest = fakeBriefingText;
