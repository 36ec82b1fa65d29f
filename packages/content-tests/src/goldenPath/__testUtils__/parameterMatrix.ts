/**
 * Parameter sets the golden-path harness runs, chosen so that every form
 * option appears at least once.
 */
export interface GoldenPathCase {
  label: string;
  values: Record<string, unknown>;
}

const base = {
  description: 'Computes loyalty tiers from earn and burn history.',
  owner: 'group:default/team-loyalty',
  system: 'system:default/localplus-core',
};

export const goldenPathCases: GoldenPathCase[] = [
  {
    label: 'REST + gRPC, PostgreSQL, Valkey, outbox producer, public, P0',
    values: {
      ...base,
      name: 'svc-loyalty-tiers',
      criticality: 'P0',
      apiStyle: 'rest-grpc',
      database: 'postgresql',
      cache: 'valkey',
      kafka: 'producer',
      exposure: 'public',
      publicPath: '/loyalty-tiers',
      availabilityTarget: 99.95,
      latencyP99Ms: 150,
      secrets: [
        {
          name: 'partner-api',
          vaultPath: 'localplus/svc-loyalty-tiers/partner-api',
        },
      ],
    },
  },
  {
    label: 'REST only, no dependencies, internal, P2',
    values: {
      ...base,
      name: 'svc-referral',
      owner: 'team-merchant',
      criticality: 'P2',
      apiStyle: 'rest',
      database: 'none',
      cache: 'none',
      kafka: 'none',
      exposure: 'internal',
      availabilityTarget: 99.5,
      // A whole number of seconds: the bucket label is printed "1.0".
      latencyP99Ms: 1000,
      secrets: [],
    },
  },
  {
    label: 'REST, PostgreSQL, Kafka consumer, internal, P1',
    values: {
      ...base,
      name: 'svc-points-expiry',
      criticality: 'P1',
      apiStyle: 'rest',
      database: 'postgresql',
      cache: 'none',
      kafka: 'consumer',
      exposure: 'internal',
      availabilityTarget: 99.9,
      latencyP99Ms: 200,
      secrets: [
        {
          name: 'signing-key',
          vaultPath: 'localplus/svc-points-expiry/signing-key',
        },
        {
          name: 'partner-api',
          vaultPath: 'localplus/svc-points-expiry/partner-api',
        },
      ],
    },
  },
  {
    label: 'REST + gRPC, Valkey only, public, P1',
    values: {
      ...base,
      name: 'svc-offers',
      criticality: 'P1',
      apiStyle: 'rest-grpc',
      database: 'none',
      cache: 'valkey',
      kafka: 'none',
      exposure: 'public',
      publicPath: '/offers/v1',
      availabilityTarget: 99.9,
      latencyP99Ms: 250,
    },
  },
];
