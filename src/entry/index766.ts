/**
 * `reform-rules/index766`: the national service index (Quyết định 766/QĐ-TTg) computed from dossiers,
 * its indicator scoring and the reconciliation with the portal's reporting responses. A subpath of
 * its own (not in the root), so apps that only count and report do not carry it.
 * @module
 */
export * from './core';
export * from './calendar';
export * from '../index766/index';
