export * from './data-source-options';
export * from './entities';
export * from './run-migrations';
export * from './snake-naming.strategy';
export * from './search-document';
export * from './text-search';
