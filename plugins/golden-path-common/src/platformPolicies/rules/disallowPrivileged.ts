import { asObject, clip, textList } from '../fieldReaders';
import type { PolicyRule } from '../policyTypes';

const HOST_NAMESPACES = ['hostNetwork', 'hostPID', 'hostIPC'];

/** Sharing the node's network, process or IPC namespace reaches past the pod's isolation. */
export const disallowHostNamespaces: PolicyRule = {
  policy: 'disallow-privileged',
  enforcedAtAdmission: false,
  check(object, report) {
    if (!object.template) return;
    for (const host of HOST_NAMESPACES) {
      if (object.template.spec[host] === true) {
        report(`${host} must not be used`);
      }
    }
  },
};

/** The two settings that hand a container the node's powers; admission refuses both. */
export const disallowPrivilegedContainers: PolicyRule = {
  policy: 'disallow-privileged',
  enforcedAtAdmission: true,
  check(object, report) {
    for (const container of object.template?.containers ?? []) {
      const context = asObject(container.spec.securityContext) ?? {};
      if (context.privileged === true) {
        report('privileged must not be true', container);
      }
      if (context.allowPrivilegeEscalation !== false) {
        report('allowPrivilegeEscalation must be false', container);
      }
    }
  },
};

/** Least privilege inside the container: every Linux capability dropped, none added back. */
export const requireDroppedCapabilities: PolicyRule = {
  policy: 'disallow-privileged',
  enforcedAtAdmission: false,
  check(object, report) {
    for (const container of object.template?.containers ?? []) {
      const capabilities = asObject(
        asObject(container.spec.securityContext)?.capabilities,
      );
      if (!textList(capabilities?.drop).includes('ALL')) {
        report('capabilities must drop ALL', container);
      }
      const added = textList(capabilities?.add);
      if (added.length > 0) {
        report(
          `capabilities must not add ${clip(added.join(', '))}`,
          container,
        );
      }
    }
  },
};
