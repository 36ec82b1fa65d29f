import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { Settings } from 'luxon';
import { NOW } from './__fixtures__/clock';

// Pages and widgets load lazily: a cold jest worker on a busy machine can
// take seconds for the first render.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

// Every test runs at the same instant, read by an English viewer in Paris:
// presets, expiries and shown dates then read the same on any machine.
Settings.now = () => Date.parse(NOW);
Settings.defaultZone = 'Europe/Paris';
Settings.defaultLocale = 'en-GB';
