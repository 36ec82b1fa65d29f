import { useState } from 'react';

/**
 * One form's round trip to the backend: busy while it runs, the backend's
 * refusal in its own words ("start is in the past"), or a confirmation.
 */
export function useSubmission() {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const [confirmation, setConfirmation] = useState<string>();

  const submit = async (send: () => Promise<string>): Promise<boolean> => {
    setBusy(true);
    setRefusal(undefined);
    setConfirmation(undefined);
    try {
      setConfirmation(await send());
      return true;
    } catch (e) {
      setRefusal(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { busy, refusal, confirmation, submit };
}
