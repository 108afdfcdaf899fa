export * from './email';
export * from './extraction';
export * from './records';
