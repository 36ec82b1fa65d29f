import type {
  CreateOverrideRequest,
  CreateSwapRequest,
  OnCallRole,
} from '@localplus/plugin-oncall-common';
import { zonedInputToIso } from './zonedInput';

/** Longest reason accepted: it goes into the change log and the audit trail. */
export const MAX_REASON_LENGTH = 500;

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

function reasonError(reason: string): string | undefined {
  if (!reason.trim()) {
    return 'Give a reason: it is recorded in the change log';
  }
  return reason.length > MAX_REASON_LENGTH
    ? `Keep the reason under ${MAX_REASON_LENGTH} characters`
    : undefined;
}

export interface OverrideFields {
  role: OnCallRole;
  from: string;
  to: string;
  user: string;
  reason: string;
}

/** Checks an override before it is sent; the backend checks it again. */
export function validateOverride(
  fields: OverrideFields,
  timeZone: string,
):
  | { errors: FieldErrors<keyof OverrideFields> }
  | { request: CreateOverrideRequest } {
  const errors: FieldErrors<keyof OverrideFields> = {};
  const start = zonedInputToIso(fields.from, timeZone);
  const end = zonedInputToIso(fields.to, timeZone);
  if (!start) {
    errors.from = 'Enter when the override starts';
  }
  if (!end) {
    errors.to = 'Enter when the override ends';
  } else if (start && end <= start) {
    errors.to = 'The end must be after the start';
  }
  if (!fields.user) {
    errors.user = 'Choose who takes over';
  }
  const reason = reasonError(fields.reason);
  if (reason) {
    errors.reason = reason;
  }
  if (Object.keys(errors).length > 0 || !start || !end) {
    return { errors };
  }
  return {
    request: {
      role: fields.role,
      start,
      end,
      user: fields.user,
      reason: fields.reason.trim(),
    },
  };
}

export interface SwapFields {
  role: OnCallRole;
  first: string;
  second: string;
  reason: string;
}

/** Checks a swap of two shifts before it is sent. */
export function validateSwap(
  fields: SwapFields,
): { errors: FieldErrors<keyof SwapFields> } | { request: CreateSwapRequest } {
  const errors: FieldErrors<keyof SwapFields> = {};
  if (!fields.first) {
    errors.first = 'Pick the first shift';
  }
  if (!fields.second) {
    errors.second = 'Pick the second shift';
  } else if (fields.second === fields.first) {
    errors.second = 'Pick two different shifts';
  }
  const reason = reasonError(fields.reason);
  if (reason) {
    errors.reason = reason;
  }
  if (Object.keys(errors).length > 0) {
    return { errors };
  }
  return {
    request: {
      role: fields.role,
      firstShiftStart: fields.first,
      secondShiftStart: fields.second,
      reason: fields.reason.trim(),
    },
  };
}
