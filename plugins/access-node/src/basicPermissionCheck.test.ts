import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import {
  assertAllowed,
  BasicPermissionGate,
  isAllowed,
} from './basicPermissionCheck';

const permission = createPermission({
  name: 'example.thing.read',
  attributes: { action: 'read' },
});
const credentials = mockCredentials.user('user:default/lucas-bernard');

describe('the basic permission check', () => {
  it('passes on an allow and asks the policy once, with the caller', async () => {
    const permissions = mockServices.permissions.mock();
    permissions.authorize.mockResolvedValue([
      { result: AuthorizeResult.ALLOW },
    ]);
    await expect(isAllowed(permissions, permission, credentials)).resolves.toBe(
      true,
    );
    await expect(
      assertAllowed(permissions, permission, credentials),
    ).resolves.toBeUndefined();
    expect(permissions.authorize).toHaveBeenCalledWith([{ permission }], {
      credentials,
    });
  });

  it('refuses a deny with a 403 naming the permission', async () => {
    const permissions = mockServices.permissions.mock();
    permissions.authorize.mockResolvedValue([{ result: AuthorizeResult.DENY }]);
    await expect(isAllowed(permissions, permission, credentials)).resolves.toBe(
      false,
    );
    const refusal = assertAllowed(permissions, permission, credentials);
    await expect(refusal).rejects.toThrow(NotAllowedError);
    await expect(
      assertAllowed(permissions, permission, credentials),
    ).rejects.toThrow(
      'The access policy does not grant you example.thing.read',
    );
  });

  it("answers the same through a plugin's gate, asking the policy each time", async () => {
    const permissions = mockServices.permissions.mock();
    permissions.authorize
      .mockResolvedValueOnce([{ result: AuthorizeResult.ALLOW }])
      .mockResolvedValueOnce([{ result: AuthorizeResult.DENY }])
      .mockResolvedValueOnce([{ result: AuthorizeResult.DENY }]);
    const gate = new BasicPermissionGate(permissions);
    await expect(gate.allows(permission, credentials)).resolves.toBe(true);
    await expect(gate.allows(permission, credentials)).resolves.toBe(false);
    await expect(gate.assert(permission, credentials)).rejects.toThrow(
      NotAllowedError,
    );
    expect(permissions.authorize).toHaveBeenCalledTimes(3);
    expect(permissions.authorize).toHaveBeenLastCalledWith([{ permission }], {
      credentials,
    });
  });
});
