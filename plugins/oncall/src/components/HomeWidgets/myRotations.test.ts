import { overview } from '../../__fixtures__/overview';
import { myRotations } from './myRotations';

const weekly = overview.rotations[0];
const loyalty = {
  ...weekly,
  summary: {
    ...weekly.summary,
    name: 'loyalty',
    owner: 'group:default/team-loyalty',
    covers: ['group:default/team-loyalty'],
  },
  services: ['component:default/svc-loyalty'],
};
const both = { ...overview, rotations: [weekly, loyalty] };

describe('myRotations', () => {
  it("keeps the rotations answering for one's services, most first", () => {
    const result = myRotations(
      both,
      new Set([
        'component:default/svc-loyalty',
        'component:default/svc-ledger',
      ]),
      new Set(['user:default/ines', 'group:default/team-x']),
    );
    expect(result.map(r => [r.summary.name, r.myServices])).toEqual([
      ['localplus-weekly', ['component:default/svc-ledger']],
      ['loyalty', ['component:default/svc-loyalty']],
    ]);
  });

  it("keeps the rotation one's group owns or is covered by, with no service of theirs", () => {
    expect(
      myRotations(
        both,
        new Set(),
        new Set(['group:default/localplus-oncall']),
      ).map(r => r.summary.name),
    ).toEqual(['localplus-weekly']);
    expect(
      myRotations(both, new Set(), new Set(['group:default/team-loyalty'])).map(
        r => r.summary.name,
      ),
    ).toEqual(['loyalty']);
  });

  it('leaves out everything else', () => {
    expect(myRotations(both, new Set(), new Set(['user:default/x']))).toEqual(
      [],
    );
  });
});
