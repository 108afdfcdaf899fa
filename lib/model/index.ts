export * from './email';
export * from './extraction';
