import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// A lazy chunk imported under coverage on a loaded 2-core machine can take
// longer than testing-library's 1 s default to appear (CI on f6ce5eb, load
// 14: "Unable to find role=combobox" for the option editor's lazy field).
// A find that succeeds returns as soon as it does; only a failure waits.
configure({ asyncUtilTimeout: 5_000 });
