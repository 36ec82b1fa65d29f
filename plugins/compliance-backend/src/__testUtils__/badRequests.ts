import { ALICE, LEDGER_SERVICE } from './startComplianceBackend';

// The bad requests the backend must refuse with 400, naming what is at
// fault and writing nothing (plugin.hostile.test.ts sends each of them).

/** GET requests that must answer 400 with a message naming the parameter at fault. */
export const BAD_QUERIES: Array<[label: string, url: string, named: RegExp]> = [
  [
    'a period of ten years',
    '/status?from=2016-12-01&to=2026-12-01',
    /from: the period must be at most 366 days long, it is 3653/,
  ],
  [
    'a period running backwards',
    '/status?from=2026-11-30&to=2026-11-01',
    /to: must be after from/,
  ],
  [
    'a period ending in the future',
    '/status?to=2027-03-01',
    /to: must not be later than the end of today/,
  ],
  [
    'a word for a date',
    '/status?from=yesterday',
    /from: must be a date like 2026-03-01/,
  ],
  [
    'a date that does not exist',
    '/status?from=2026-02-30',
    /from: must be a date/,
  ],
  [
    'an instant without its offset',
    '/status?to=2026-11-30T10:00:00',
    /to: must be a date/,
  ],
  [
    'a date in another shape',
    '/status?from=01/11/2026',
    /from: must be a date/,
  ],
  ['an over-long date', `/status?from=${'9'.repeat(100)}`, /from/],
  ['a date given twice', '/status?from=2026-11-01&from=2026-11-02', /from/],
  ['a date as an object', '/status?from[$gt]=2026-11-01', /from/],
  [
    'an unknown framework',
    '/status?framework=hipaa',
    /framework: is not a known framework/,
  ],
  ['an unknown parameter', '/status?sort=title', /unknown parameter sort/],
  [
    'a limit of a million',
    '/observations?limit=1000000',
    /limit: must be at most 500/,
  ],
  ['a limit of 0', '/observations?limit=0', /limit: must be at least 1/],
  ['a fractional limit', '/observations?limit=1.5', /limit/],
  ['a limit in exponent form', '/observations?limit=1e2', /limit/],
  ['a huge offset', '/observations?offset=99999999999', /offset/],
  ['a negative offset', '/observations?offset=-1', /offset/],
  [
    'an unknown control',
    '/observations?control=no-such-control',
    /control: is not a known control/,
  ],
  [
    'a check that is no check id',
    "/observations?check=catalog.owner'%20OR%201=1",
    /check: must be <collector>.<check>/,
  ],
  [
    'an entity path',
    '/observations?entity=../../etc/passwd',
    /entity: must be an entity ref/,
  ],
  [
    'an unknown result',
    '/observations?result=maybe',
    /result: must be pass, fail, not-applicable or error/,
  ],
  [
    'an over-long subject',
    `/observations?subject=${'a'.repeat(501)}`,
    /subject: must be at most 500 characters/,
  ],
  [
    'a control character in a subject',
    '/observations?subject=a%00b',
    /subject: must not contain control characters/,
  ],
  [
    'a runs limit of a hundred thousand',
    '/runs?limit=100000',
    /limit: must be at most 200/,
  ],
  [
    'an unknown exemption status',
    '/exemptions?status=pending',
    /status: must be requested, approved or rejected/,
  ],
  [
    'exemptions of an unknown control',
    '/exemptions?control=no-such-control',
    /control: is not a known control/,
  ],
  [
    'a control id of another shape',
    '/controls/Service_Ownership',
    /id: must be a control id/,
  ],
  [
    'a control path with dot-dots',
    '/controls/..%2F..%2Fetc',
    /id: must be a control id/,
  ],
  [
    'a garbage period on a control',
    '/controls/service-ownership?from=garbage',
    /from/,
  ],
  [
    'an entity name with a space',
    '/entity/component/default/svc%20ledger',
    /name: must be an entity name/,
  ],
  [
    'an entity kind with a colon',
    '/entity/com%3Aponent/default/svc-ledger',
    /kind: must be an entity kind/,
  ],
  [
    'an export of 25 years',
    '/export?from=2001-01-01&to=2026-01-01',
    /at most 366 days/,
  ],
  [
    'an export of a future period',
    '/export?from=2027-01-01&to=2027-02-01',
    /to: must not be later/,
  ],
  [
    'a parameter on the frameworks',
    '/frameworks?all=1',
    /unknown parameter all/,
  ],
  [
    'a parameter on the verification',
    '/ledger/verify?full=true',
    /unknown parameter full/,
  ],
  [
    'a parameter on my controls',
    `/me/failing?user=${ALICE}`,
    /unknown parameter user/,
  ],
  ['a parameter on the collectors', '/collectors?x=1', /unknown parameter x/],
];

export const exemption = {
  controlId: 'service-tier',
  subject: LEDGER_SERVICE,
  justification: 'Decommissioned before the end of the quarter.',
  expiresAt: '2027-01-31T00:00:00Z',
};
const without = (key: keyof typeof exemption) => {
  const { [key]: _dropped, ...rest } = exemption;
  return rest;
};

/** POST bodies that must answer 400, naming the field, and change nothing. */
export const BAD_BODIES: Array<
  [label: string, url: string, body: unknown, named: RegExp]
> = [
  ['an empty exemption', '/exemptions', {}, /controlId/],
  [
    'an exemption without justification',
    '/exemptions',
    without('justification'),
    /justification/,
  ],
  [
    'an exemption without expiry',
    '/exemptions',
    without('expiresAt'),
    /expiresAt/,
  ],
  [
    'an exemption of an unknown control',
    '/exemptions',
    { ...exemption, controlId: 'no-such-control' },
    /controlId: is not a known control/,
  ],
  [
    'an exemption with an over-long subject',
    '/exemptions',
    { ...exemption, subject: 'a'.repeat(501) },
    /subject: must be at most 500 characters/,
  ],
  [
    'an exemption with a blank subject',
    '/exemptions',
    { ...exemption, subject: '   ' },
    /subject: must not be empty/,
  ],
  [
    'a justification of 19 characters',
    '/exemptions',
    { ...exemption, justification: 'a'.repeat(19) },
    /justification: must be at least 20 characters/,
  ],
  [
    'a justification padded with spaces',
    '/exemptions',
    { ...exemption, justification: `${' '.repeat(30)}short${' '.repeat(30)}` },
    /justification: must be at least 20/,
  ],
  [
    'a justification of 4001 characters',
    '/exemptions',
    { ...exemption, justification: 'a'.repeat(4001) },
    /justification: must be at most 4000 characters/,
  ],
  [
    'an expiry in the past',
    '/exemptions',
    { ...exemption, expiresAt: '2026-11-01T00:00:00Z' },
    /expiresAt: must be in the future/,
  ],
  [
    'an expiry beyond the longest allowed',
    '/exemptions',
    { ...exemption, expiresAt: '2028-12-01T00:00:00Z' },
    /expiresAt: must be at most 365 days from now/,
  ],
  [
    'an expiry that is no date',
    '/exemptions',
    { ...exemption, expiresAt: 'next year' },
    /expiresAt/,
  ],
  [
    'an expiry as a number',
    '/exemptions',
    { ...exemption, expiresAt: 1800000000000 },
    /expiresAt/,
  ],
  [
    'a control id as a number',
    '/exemptions',
    { ...exemption, controlId: 42 },
    /controlId/,
  ],
  [
    'a subject as a list',
    '/exemptions',
    { ...exemption, subject: [LEDGER_SERVICE] },
    /subject/,
  ],
  [
    'a justification as an object',
    '/exemptions',
    { ...exemption, justification: { text: 'x'.repeat(30) } },
    /justification/,
  ],
  [
    'an exemption that approves itself',
    '/exemptions',
    { ...exemption, status: 'approved' },
    /unknown parameter status/,
  ],
  [
    'an exemption naming its requester',
    '/exemptions',
    { ...exemption, requestedBy: 'user:default/ceo' },
    /unknown parameter requestedBy/,
  ],
  [
    'an exemption as a list',
    '/exemptions',
    [exemption],
    /exemption: must be an object/,
  ],
  [
    'a run with options',
    '/runs',
    { collectors: ['catalog'] },
    /unknown parameter collectors/,
  ],
];
