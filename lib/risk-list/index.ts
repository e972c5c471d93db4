// The community risk list: file format, signature check, compiled lookup, Dexie store and signals.
export * from './format';
export * from './signature';
export * from './lookup';
export * from './signals';
