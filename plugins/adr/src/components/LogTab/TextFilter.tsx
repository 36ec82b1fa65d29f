import TextField from '@material-ui/core/TextField';
import { useEffect, useRef, useState } from 'react';
import { MAX_TEXT_LENGTH } from './logFilters';

/** How long typing must pause before the log is asked again. */
export const TEXT_DEBOUNCE_MS = 400;

/**
 * The full-text box. The log follows the typing once it pauses, so each
 * word does not become a request and a history entry; a change of the URL
 * (the back button) puts its text back in the box.
 */
export function TextFilter(props: {
  value?: string;
  onChange: (value: string | undefined) => void;
}) {
  const [text, setText] = useState(props.value ?? '');
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  const committed = props.value ?? '';

  useEffect(() => setText(committed), [committed]);

  useEffect(() => {
    if (text.trim() === committed) {
      return undefined;
    }
    const timer = setTimeout(
      () => onChange.current(text.trim() || undefined),
      TEXT_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [text, committed]);

  return (
    <TextField
      id="adr-filter-text"
      label="Search titles and text"
      type="search"
      value={text}
      onChange={event => setText(event.target.value)}
      inputProps={{ maxLength: MAX_TEXT_LENGTH }}
      variant="outlined"
      size="small"
      fullWidth
    />
  );
}
