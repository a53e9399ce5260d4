/**
 * reform-rules: Vietnamese administrative-reform rules as typed, deterministic, explainable code.
 *
 * The only public entry point; every export is named here explicitly.
 * @packageDocumentation
 */

export * from './entry/core';
export * from './entry/calendar';
export * from './entry/dossier';
export * from './entry/plan';
export * from './entry/report';

// --- The national service index (QĐ 766) from dossiers, and its reconciliation with the portal (issue 13) ---
export * from './index766/index';
