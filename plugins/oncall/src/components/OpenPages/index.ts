export { AcknowledgeButton } from './AcknowledgeButton';
export { OpenPagesList } from './OpenPagesList';
export { describeAcknowledgement } from './pageStatus';
