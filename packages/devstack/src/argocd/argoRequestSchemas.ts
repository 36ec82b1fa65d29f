import { z } from 'zod';
import { MAX_SELECTOR_LENGTH } from '../kubernetes/labelSelector';

/** Kubernetes object names: what an Argo CD application or project may be called. */
const objectName = z
  .string()
  .max(253)
  .regex(
    /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/,
    'must be a lowercase RFC 1123 subdomain',
  );

export const applicationNameSchema = objectName;

/** A git sha (full or abbreviated) or a ref name such as `main` or `HEAD`. */
export const revisionSchema = z
  .string()
  .max(255)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a commit sha or a ref name');

export const listQuerySchema = z.object({
  selector: z.string().max(MAX_SELECTOR_LENGTH).optional(),
  name: objectName.optional(),
  projects: z.array(objectName).max(50),
  repo: z.string().max(2048).optional(),
  appNamespace: objectName.optional(),
});

export const getQuerySchema = z.object({
  appNamespace: objectName.optional(),
  project: objectName.optional(),
});

export const sessionRequestSchema = z.object({
  username: z.string().min(1).max(256),
  password: z.string().min(1).max(1024),
});

/** The first problem of a failed parse, in one line for the error message. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue.path.join('.') || 'request'}: ${issue.message}`;
}
