/* eslint-disable no-script-url -- script URLs are the hostile input under test */
import type { ComplianceFramework } from '@localplus/plugin-compliance-common';

export const gdpr: ComplianceFramework = {
  id: 'gdpr',
  title: 'GDPR',
  version: 'Regulation (EU) 2016/679',
  documentation: 'https://docs.localplus.io/compliance/gdpr',
  requirements: [
    { id: 'Art.17', title: 'Right to erasure' },
    { id: 'Art.44', title: 'Transfers to third countries' },
  ],
};

export const pciDss: ComplianceFramework = {
  id: 'pci-dss',
  title: 'PCI DSS',
  version: 'v4.0.1',
  requirements: [
    { id: '4.2.1', title: 'Strong cryptography in transit' },
    { id: '7.2.1', title: 'Access control model' },
  ],
};

export const soc2: ComplianceFramework = {
  id: 'soc2',
  title: 'SOC 2',
  version: '2017 TSC',
  // A hostile documentation link: it must stay text.
  documentation: 'javascript:alert(document.cookie)',
  requirements: [
    { id: 'CC6.1', title: 'Logical access security' },
    { id: 'CC7.2', title: 'System monitoring' },
    { id: 'CC8.1', title: 'Change management' },
  ],
};

export const allFrameworks = [gdpr, pciDss, soc2];
