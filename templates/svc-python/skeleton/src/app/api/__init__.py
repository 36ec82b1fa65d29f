"""HTTP{% if values.apiStyle == 'rest-grpc' %} and gRPC{% endif %} entry points: routes and their dependencies."""
