import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The tab and cards load lazily: a cold jest worker on a busy machine can
// take seconds for the first render.
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);
