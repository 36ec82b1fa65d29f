import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WebStorage } from '@backstage/core-app-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { attachComponentData, storageApiRef } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { HomePageWidgetData } from '@backstage/plugin-home-react/alpha';
import { PersonaHomeLayout } from './PersonaHomeLayout';

function widget(name: string, text: string): HomePageWidgetData {
  const Widget = () => <div>{text}</div>;
  attachComponentData(Widget, 'core.extensionName', name);
  attachComponentData(Widget, 'title', text);
  return { name, title: text, component: <Widget />, node: {} as any };
}

const widgets = [
  widget('OnCallWidget', 'Burning budgets here'),
  widget('DevWidget', 'Your services here'),
];

const layout = (component: string) => [
  { component, column: 0, row: 0, width: 12, height: 3 },
];

const config = {
  localplus: {
    home: {
      personas: [
        {
          id: 'on-call',
          title: 'On-call engineer',
          groups: ['localplus-oncall'],
          layout: layout('OnCallWidget'),
        },
        {
          id: 'developer',
          title: 'Developer',
          groups: ['platform-team'],
          layout: layout('DevWidget'),
        },
      ],
    },
  },
};

const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'alice', namespace: 'default' },
    spec: {
      profile: { displayName: 'Alice Martin' },
      memberOf: ['platform-team', 'localplus-oncall'],
    },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'platform-team', namespace: 'default' },
    spec: {},
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'localplus-oncall', namespace: 'default' },
    spec: {},
  },
];

// The real web storage: its buckets nest by full path, as the app's do.
function webStorage() {
  return WebStorage.create({ errorApi: mockApis.error() });
}

function renderLayout(storage = webStorage()) {
  return renderInTestApp(<PersonaHomeLayout widgets={widgets} />, {
    config,
    apis: [
      [catalogApiRef, catalogApiMock({ entities })],
      mockApis.identity({
        userEntityRef: 'user:default/alice',
        ownershipEntityRefs: ['user:default/alice'],
      }),
      [storageApiRef, storage],
    ],
  });
}

describe('PersonaHomeLayout', () => {
  afterEach(() => window.localStorage.clear());
  // The grid draws its widgets only once it has measured a width; jsdom
  // lays nothing out, so give every element one.
  const offsetWidth = Object.getOwnPropertyDescriptor(
    HTMLElement.prototype,
    'offsetWidth',
  );
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'offsetWidth', {
      configurable: true,
      get: () => 1200,
    });
  });
  afterAll(() => {
    if (offsetWidth) {
      Object.defineProperty(HTMLElement.prototype, 'offsetWidth', offsetWidth);
    }
  });

  it('greets the person and starts on their highest-priority persona', async () => {
    await renderLayout();
    expect(
      await screen.findByText('Welcome, Alice Martin'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Your home as On-call engineer/),
    ).toBeInTheDocument();
    expect(await screen.findByText('Burning budgets here')).toBeInTheDocument();
    expect(screen.queryByText('Your services here')).not.toBeInTheDocument();
  });

  it('switches persona, remembers the choice and shows that layout', async () => {
    const storage = webStorage();
    await renderLayout(storage);
    await userEvent.click(
      await screen.findByRole('tab', { name: 'Developer' }),
    );
    expect(await screen.findByText('Your services here')).toBeInTheDocument();
    expect(screen.getByText(/Your home as Developer/)).toBeInTheDocument();
    expect(storage.forBucket('home.persona').snapshot('selected').value).toBe(
      'developer',
    );
  });

  it('keeps each persona layout in its own storage bucket', async () => {
    const storage = webStorage();
    const onCall = storage
      .forBucket('persona.on-call')
      .forBucket('home.customHomepage');
    await act(async () => {
      await onCall.set(
        'home',
        JSON.stringify({ version: 1, pages: { default: [] } }),
      );
    });
    await renderLayout(storage);
    // The on-call grid was emptied by the person; the developer one was not.
    await waitFor(() =>
      expect(
        screen.queryByText('Burning budgets here'),
      ).not.toBeInTheDocument(),
    );
    await userEvent.click(
      await screen.findByRole('tab', { name: 'Developer' }),
    );
    expect(await screen.findByText('Your services here')).toBeInTheDocument();
  });
});
