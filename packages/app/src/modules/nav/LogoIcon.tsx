import { makeStyles } from '@material-ui/core';
import { LOCALPLUS_BRAND } from '../theme/brand';

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
      <rect
        x="2"
        y="8"
        width="48"
        height="48"
        rx="12"
        fill={LOCALPLUS_BRAND.accent}
      />
      <path
        d="M20 20v24h16"
        stroke="#fff"
        strokeWidth="6"
        fill="none"
        strokeLinecap="round"
      />
      <path
        d="M34 18v12M28 24h12"
        stroke="#fff"
        strokeWidth="5"
        strokeLinecap="round"
      />
    </svg>
  );
};
