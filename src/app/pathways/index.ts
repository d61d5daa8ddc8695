// What other features may use of the pathways feature (docs/architecture.md, "Layers").
export { PersonPathways } from './person/PersonPathways';
