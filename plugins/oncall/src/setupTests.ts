import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { Settings } from 'luxon';
import { NOW } from './__fixtures__/rotation';

// Tabs and cards load lazily: a cold jest worker on a busy machine can take
// seconds for the first render.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

// Every test runs at the same instant, seen from Paris (a test that needs
// another viewer sets its own zone): schedules, "now" and relative times
// then read the same on any machine.
Settings.now = () => Date.parse(NOW);
Settings.defaultZone = 'Europe/Paris';
