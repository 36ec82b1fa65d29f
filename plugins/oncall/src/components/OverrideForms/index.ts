export { OverrideForm } from './OverrideForm';
export { SwapForm } from './SwapForm';
