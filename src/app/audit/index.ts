// What other features may use of the audit feature (docs/architecture.md, "Layers").
export { AccessLog } from './AccessLog';
export { useRecordView } from './useRecordView';
