import type { OnCallPerson } from '@localplus/plugin-oncall-common';

function person(
  name: string,
  displayName: string,
  phone: string,
): OnCallPerson {
  const handle = displayName.toLocaleLowerCase('en-US').replace(' ', '.');
  return {
    ref: `user:default/${name}`,
    displayName,
    email: `${handle}@localplus.example`,
    phone,
    slackHandle: `@${handle}`,
  };
}

/** The five responders of the seeds' rotation and the two escalation leads (demo names). */
export const people: Record<string, OnCallPerson> = Object.fromEntries(
  [
    person('alice', 'Alice Martin', '+33 6 99 00 00 01'),
    person('bob', 'Bob Dupont', '+33 6 99 00 00 02'),
    person('charlie', 'Charlie Nguyen', '+33 6 99 00 00 03'),
    person('diana', 'Diana Rossi', '+33 6 99 00 00 04'),
    person('eve', 'Eve Laurent', '+33 6 99 00 00 05'),
    person('marc-lefevre', 'Marc Lefevre', '+33 6 99 00 00 10'),
    person('sofia-benali', 'Sofia Benali', '+33 6 99 00 00 11'),
  ].map(p => [p.ref, p]),
);
