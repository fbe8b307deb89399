export * from './queues';
export * from './roles';
export * from './taxonomies';
export * from './live-events';
