import { makeStyles } from '@material-ui/core';
import { LOCALPLUS_BRAND } from '../theme/brand';
import { LocalplusMark } from './LocalplusMark';

const useStyles = makeStyles({
  svg: { width: 'auto', height: 34 },
});

/** The LOCAL-PLUS mark and word mark, shown in the open sidebar. */
export const LogoFull = () => {
  const classes = useStyles();
  return (
    <svg
      className={classes.svg}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 300 64"
      role="img"
      aria-label="LOCAL-PLUS Developer Portal"
    >
      <LocalplusMark />
      <text
        x="62"
        y="34"
        fill="#fff"
        fontFamily="Helvetica, Arial, sans-serif"
        fontSize="24"
        fontWeight="700"
        letterSpacing="1"
      >
        LOCAL-PLUS
      </text>
      <text
        x="63"
        y="54"
        fill={LOCALPLUS_BRAND.accentLight}
        fontFamily="Helvetica, Arial, sans-serif"
        fontSize="13"
        letterSpacing="2"
      >
        DEVELOPER PORTAL
      </text>
    </svg>
  );
};
