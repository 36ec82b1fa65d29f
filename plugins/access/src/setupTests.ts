import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Tabs load lazily and material-table is heavy: a cold jest worker on a busy
// machine can take seconds for the first render.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
