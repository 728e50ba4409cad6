export * from './roles.ts';
export * from './transitions.ts';
export * from './decide.ts';
export * from './visibility.ts';
export * from './inbox.ts';
export * from './recorded.ts';
export * from './permissions.ts';
