import type { DecisionProblem } from '@localplus/plugin-adr-common';

export const ledgerProblems: DecisionProblem[] = [
  {
    entityRef: 'component:default/svc-ledger',
    location: 'docs/adr/0004-broken.md',
    fileName: '0004-broken.md',
    message: 'front matter: date "last week" is not YYYY-MM-DD',
  },
];

export const allProblems: DecisionProblem[] = [
  ...ledgerProblems,
  {
    entityRef: 'component:default/svc-wallet',
    location:
      'https://github.com/localplus/svc-wallet/tree/main/docs/decisions',
    message: 'the folder does not exist',
  },
];
