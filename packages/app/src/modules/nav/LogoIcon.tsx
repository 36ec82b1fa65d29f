import { makeStyles } from '@material-ui/core';
import { LocalplusMark } from './LocalplusMark';

const useStyles = makeStyles({
  svg: { width: 'auto', height: 28 },
});

/** The LOCAL-PLUS mark alone, shown in the collapsed sidebar. */
export const LogoIcon = () => {
  const classes = useStyles();
  return (
    <svg
      className={classes.svg}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 52 64"
      role="img"
      aria-label="LOCAL-PLUS"
    >
      <LocalplusMark />
    </svg>
  );
};
