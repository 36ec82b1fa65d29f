import { LOCALPLUS_BRAND } from '../theme/brand';

/** The LOCAL-PLUS mark (an L with a plus), drawn in a 52x64 box at the origin. */
export const LocalplusMark = () => (
  <>
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
  </>
);
